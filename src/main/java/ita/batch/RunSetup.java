package ita.batch;

import ita.analysis.AnalysisSettings;
import ita.framework.FrameworkCatalog;
import ita.ingest.ColumnMapping;
import ita.ingest.ProgressForms;
import ita.measures.MeasureCatalog;
import ita.measures.MeasureCatalogException;
import ita.measures.MeasurePlanner;
import ita.report.annotate.TemplateException;
import ita.report.annotate.TemplateFiller;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The settings of one run with every file they name opened and checked, before any input is read: the column
 * mapping and the measure catalog loaded, the template's placeholders checked, the output folder made and
 * writable. Whatever is wrong stops the run here with one line ({@link UsageException}), rather than after an
 * hour of reading or with some agencies written.
 *
 * @param out     the folder the outputs go to: {@code --out}, or a new run folder inside it
 * @param soffice LibreOffice, when --pdf asks for it
 * @param forms   the filled progress forms given with --progress
 */
record RunSetup(BatchSettings settings, FrameworkCatalog frameworks, Optional<ColumnMapping> mapping,
                MeasurePlanner planner, AnalysisSettings analysis, Path out, Optional<Path> soffice,
                ProgressForms forms) {

    /** The files named by options, checked in the order a user would fix them; the output folder last. */
    static RunSetup check(BatchSettings s) {
        FrameworkCatalog frameworks = FrameworkCatalog.standard();
        for (Path input : s.inputs()) {
            if (!Files.exists(input)) {
                throw new UsageException("no such file or folder: " + input, null);
            }
        }
        Optional<ColumnMapping> mapping = Mappings.load(s.mapping());
        MeasurePlanner planner = s.catalog().map(f -> new MeasurePlanner(catalog(f), frameworks))
                .orElseGet(MeasurePlanner::standard).withMaxMeasures(s.maxMeasures());
        s.template().ifPresent(RunSetup::checkTemplate);
        AnalysisSettings analysis = AnalysisSettings.defaults().withStrengthThreshold(s.threshold());
        Optional<Path> soffice = DocumentOutputs.soffice(s);
        ProgressForms forms = ProgressInputs.load(s.progress());
        OutputFolder.checkApart(s.out(), s.inputs());
        Path out = OutputFolder.choose(s.out(), s.overwrite());
        return new RunSetup(s, frameworks, mapping, planner, analysis, out, soffice, forms);
    }

    private static MeasureCatalog catalog(Path file) {
        try {
            return MeasureCatalog.load(file);
        } catch (MeasureCatalogException e) {
            throw new UsageException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UsageException(file + ": expected a measure catalog CSV but it cannot be read ("
                    + e.getMessage() + "). Check the path given with --catalog.", e);
        }
    }

    private static void checkTemplate(Path file) {
        try {
            TemplateFiller.check(file, TemplateOutput.MEASURE_KEYS);
        } catch (TemplateException e) {
            throw new UsageException(e.line(), e);
        } catch (IOException e) {
            throw new UsageException(file + ": expected a workbook template but it cannot be read ("
                    + e.getMessage() + "). Check the path given with --template.", e);
        }
    }
}
