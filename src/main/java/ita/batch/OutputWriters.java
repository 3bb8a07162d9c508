package ita.batch;

import ita.analysis.AgencyAnalysis;
import ita.analysis.AgencyHistory;
import ita.analysis.AnalysisSettings;
import ita.analysis.Rankings;
import ita.report.SummaryRow;
import ita.report.SummaryWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The outputs of one run, per agency and for the whole run, as the settings ask. */
final class OutputWriters {

    private final BatchSettings settings;
    private final Path out;

    OutputWriters(BatchSettings settings, Path out) {
        this.settings = settings;
        this.out = out;
    }

    /** One agency's outputs. Called from worker threads. */
    List<Path> agency(AgencyAnalysis a) {
        return List.of();
    }

    List<Path> summaries(List<AgencyHistory> histories, AnalysisSettings analysisSettings, List<SummaryRow> rows)
            throws IOException {
        List<Path> written = new ArrayList<>();
        SummaryWriter w = new SummaryWriter();
        if (settings.formats().contains(BatchSettings.OutputFormat.CSV)) {
            Path p = out.resolve(SummaryWriter.CSV_FILE);
            w.writeCsv(rows, p);
            written.add(p);
        }
        if (settings.formats().contains(BatchSettings.OutputFormat.JSON)) {
            Path p = out.resolve(SummaryWriter.JSON_FILE);
            w.writeJson(rows, p);
            written.add(p);
        }
        return written;
    }

    List<Path> annotated(List<ReadStage.FileRead> reads, List<AgencyHistory> histories, AnalysisSettings s,
                         Rankings rankings) {
        return List.of();
    }

    static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException(e);
    }
}
