package ita.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.analysis.AgencyAnalysis;
import ita.analysis.AgencyAnalyzer;
import ita.analysis.AgencyHistory;
import ita.analysis.AnalysisSettings;
import ita.analysis.ItemChange;
import ita.analysis.SummaryText;
import ita.analysis.Rankings;
import ita.analysis.YearChange;
import ita.ingest.LayoutRecognizer;
import ita.ingest.ReadContext;
import ita.ingest.Recognition;
import ita.ingest.WorkbookReaders;
import ita.measures.MeasurePlan;
import ita.measures.MeasurePlanner;
import ita.measures.PlannedMeasure;
import ita.model.AgencyYear;
import ita.model.OitItemScore;
import ita.model.YearSource;
import ita.report.workbook.PlanRequests;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The 2569 agency-detail workbook of {@code year2569/} (O1–O26, O25 and O26 failed) with the agency's 2567
 * result: read as 2569, planned with the measures items of 2569, compared with 2567 by concept.
 */
class Year2569Test {

    static Path fixture(String name) {
        try {
            return Path.of(Year2569Test.class.getResource("/year2569/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Recognition read(String name) throws Exception {
        return new LayoutRecognizer().recognize(WorkbookReaders.read(fixture(name), name), ReadContext.of(name));
    }

    private static AgencyAnalysis analysis() throws Exception {
        List<AgencyYear> years = List.of(read(Year2569Fixtures.FILE_2567).records().get(0),
                read(Year2569Fixtures.FILE_2569).records().get(0));
        return AgencyAnalyzer.analyze(AgencyHistory.of(years), AnalysisSettings.defaults(), Rankings.none());
    }

    @Test
    void isReadAs2569WithItsOwnRulesAndNoNewerYearFinding() throws Exception {
        Recognition r = read(Year2569Fixtures.FILE_2569);
        assertEquals(List.of(), r.findings(), "no finding at all, in particular none saying 2569 uses 2568's rules");
        AgencyYear y = r.records().get(0);
        assertEquals(2569, y.fiscalYear());
        assertEquals(YearSource.TITLE, y.yearSource(), "from ประจำปีงบประมาณ พ.ศ. ๒๕๖๙");
        assertEquals(26, y.oitItems().size());
        assertEquals(List.of("o25", "o26"), y.oitItems().stream().filter(o -> !o.passed()).map(OitItemScore::code)
                .toList());
        AgencyAnalysis a = analysis();
        assertTrue(a.latest().frameworkNote().isEmpty());
        assertEquals(2569, a.latest().framework().fiscalYear());
        // 25.83 + 25.27 + 0.2 × (100 + 66.67) = 84.434: the reported 84.43 checks, and the items give indicator 10
        assertEquals(new BigDecimal("84.43"), a.latest().check().computedTotal());
        assertEquals(new BigDecimal("66.67"), a.latest().check().indicator(10).orElseThrow().computed());
    }

    private static PlannedMeasure.Basis basis(PlannedMeasure m, String key) {
        return m.bases().stream().filter(b -> b.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + " in " + m.bases()));
    }

    @Test
    void itsMeasuresPlanCitesO25AndO26AsTheMeasuresItems() throws Exception {
        AgencyAnalysis a = analysis();
        MeasurePlan plan = MeasurePlanner.standard().plan(PlanRequests.of(a, a.latest()));
        assertEquals(2570, plan.fiscalYear());
        // from 2567 the plan's issues are the cross-tool ones: O25 and O26 are in issue 7 with indicator 10
        PlannedMeasure seven = plan.measures().stream().filter(m -> m.catalogKey().equals("issue:7@2567-2569"))
                .findFirst().orElseThrow();
        PlannedMeasure.Basis measures = basis(seven, "o:o25");
        assertEquals("ข้อ O25 การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร (0 คะแนน)", measures.reference());
        assertTrue(measures.analysis().contains("ซึ่งปี 2567 ข้อเดียวกัน (ข้อ o34) ได้ 0 คะแนน จึงไม่ผ่านต่อเนื่อง"),
                measures.analysis());
        // the agency has no 2568 result: indicator 10 is compared with 2567, and said so
        assertTrue(basis(seven, "ind10").analysis().contains("เทียบกับปี 2567 ที่ได้ 83.33 คะแนน ลดลง 16.66 คะแนน"),
                basis(seven, "ind10").analysis());
        PlannedMeasure.Basis report = basis(seven, "o:o26");
        assertEquals("ข้อ O26 รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน (0 คะแนน)",
                report.reference());
        assertTrue(report.analysis().endsWith("ข้อนี้เป็นรายงานผลของปีก่อน การประเมินปี 2570 จึงต้องรายงานผลการดำเนินงาน"
                + "ของปี 2569"), report.analysis());
        assertTrue(seven.steps().contains("ข้อ O26: รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสของปี"
                + "งบประมาณ พ.ศ. 2569"), seven.steps());
        assertEquals(List.of(), plan.notes(), "no general measure, no rules of another year");
    }

    @Test
    void itsYearOverYearComparisonLinesUpO34WithO25AndO35WithO26() throws Exception {
        AgencyAnalysis a = analysis();
        YearChange c = a.latest().fromPrevious().orElseThrow();
        assertEquals(2567, c.fromYear());
        ItemChange measures = c.item("measures").orElseThrow();
        assertEquals("o34", measures.from().get(0).displayCode());
        assertEquals("O25", measures.to().get(0).displayCode());
        assertTrue(measures.failedInBoth());
        ItemChange report = c.item("measures-report").orElseThrow();
        assertEquals("o35", report.from().get(0).displayCode());
        assertEquals("O26", report.to().get(0).displayCode());
        assertEquals(new BigDecimal("-100.00"), report.score().change());
        assertTrue(SummaryText.paragraphs(a).stream().anyMatch(p -> p.contains(
                "ข้อที่ไม่ผ่านต่อเนื่องจากปี 2567 ได้แก่ O25 (ปี 2567 คือข้อ o34)")), String.join("\n", SummaryText.paragraphs(a)));
    }
}
