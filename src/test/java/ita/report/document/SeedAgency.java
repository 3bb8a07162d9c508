package ita.report.document;

import ita.analysis.AgencyAnalysis;
import ita.analysis.AgencyAnalyzer;
import ita.analysis.AgencyHistory;
import ita.analysis.AnalysisSettings;
import ita.analysis.Rankings;
import ita.analysis.YearAnalysis;
import ita.batch.InputFile;
import ita.batch.ReadStage;
import ita.framework.FrameworkCatalog;
import ita.ingest.ReadLimits;
import ita.measures.MeasurePlan;
import ita.measures.MeasurePlanner;
import ita.model.AgencyYear;
import ita.model.SourceRef;
import ita.model.Tool;
import ita.model.YearSource;
import ita.report.workbook.PlanRequests;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Seed 003's agency (อบต.ทับคล้อ, result 2565) as the batch sees it: its published workbook in
 * {@code sample-workbooks/seeds/} read, analysed and planned the way {@code ita analyze} does it.
 */
final class SeedAgency {

    static final Path SEED_003 = Path.of("sample-workbooks", "seeds", "seed-003-ทับคล้อ-2565.xlsx");

    /** The analysis, its year and the plan for the next fiscal year. */
    record Agency(AgencyAnalysis analysis, YearAnalysis year, MeasurePlan plan) {
    }

    private SeedAgency() {
    }

    static List<AgencyYear> seed003Records() {
        ReadStage stage = new ReadStage(FrameworkCatalog.standard(), Optional.empty(), OptionalInt.empty(),
                ReadLimits.defaults(), Duration.ofSeconds(60));
        ReadStage.FileRead read = stage.read(new InputFile(SEED_003, SEED_003.getFileName().toString()));
        if (read.records().isEmpty()) {
            throw new IllegalStateException("seed 003 gave no records: " + read.outcome());
        }
        return read.records();
    }

    /** Seed 003 alone: one year, as published. */
    static Agency thapKhlo() {
        return of(seed003Records());
    }

    /**
     * Seed 003 with a 2564 result INVENTED FOR THE TESTS (the same as the workbook tests use: consistent figures,
     * 76.07 level B), so that the document has a previous year to compare with and a chart of the years.
     */
    static Agency thapKhloWithPreviousYear() {
        List<AgencyYear> years = new ArrayList<>(seed003Records());
        AgencyYear seed = years.get(0);
        String[] indicators = {"98.50", "97.20", "99.10", "95.00", "98.00", "85.00", "63.00", "80.00", "80.00", "40.00"};
        AgencyYear.Builder b = AgencyYear.builder().agency(seed.agency()).fiscalYear(2564, YearSource.TITLE)
                .source(SourceRef.file("invented-2564.xlsx")).level("B").total(new BigDecimal("76.07"))
                .tool(Tool.IIT, new BigDecimal("97.56")).tool(Tool.EIT, new BigDecimal("76.00"))
                .tool(Tool.OIT, new BigDecimal("60.00"));
        for (int i = 0; i < indicators.length; i++) {
            b.indicator(i + 1, new BigDecimal(indicators[i]));
        }
        years.add(0, b.build());
        return of(years);
    }

    private static Agency of(List<AgencyYear> years) {
        AgencyAnalysis a = AgencyAnalyzer.analyze(AgencyHistory.of(years), AnalysisSettings.defaults(),
                Rankings.none());
        YearAnalysis y = a.latest();
        return new Agency(a, y, MeasurePlanner.standard().plan(PlanRequests.of(a, y)));
    }
}
