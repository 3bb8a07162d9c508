package ita.report.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.measures.MeasurePlan;
import ita.measures.PlannedMeasure;
import ita.model.ProgressForm;
import ita.model.SourceRef;
import ita.report.Golden;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The documents of seed 003's agency (อบต.ทับคล้อ, result 2565, measures for 2566), read back with XWPF: their
 * canonical dumps against reviewed golden files, the sections and figures the issue asks for, and the page setup
 * of a Thai official document.
 */
class AgencyDocumentsTest {

    private static final SeedAgency.Agency SEED = SeedAgency.thapKhlo();
    private final AgencyDocuments documents = new AgencyDocuments(DocumentOptions.DEFAULT);

    private byte[] bytes(AgencyDocuments.Kind kind, SeedAgency.Agency a, List<ProgressForm> forms) throws IOException {
        return documents.toBytes(kind, a.analysis(), a.year(), a.plan(), forms);
    }

    @Test
    void measuresDocumentMatchesItsReviewedDump() throws IOException {
        String dump = DocumentDump.of(bytes(AgencyDocuments.Kind.MEASURES, SEED, List.of()));
        Golden.assertMatches("documents/thapkhlo-2565-measures-2566.txt", dump);
    }

    @Test
    void progressReportsMatchTheirReviewedDumps() throws IOException {
        List<ProgressForm> forms = List.of(ProgressForms.sixMonths(SEED.plan()));
        Golden.assertMatches("documents/thapkhlo-2566-progress-6.txt",
                DocumentDump.of(bytes(AgencyDocuments.Kind.SIX_MONTHS, SEED, forms)));
        Golden.assertMatches("documents/thapkhlo-2566-progress-12.txt",
                DocumentDump.of(bytes(AgencyDocuments.Kind.TWELVE_MONTHS, SEED, forms)));
    }

    @Test
    void measuresDocumentHasTheSectionsFiguresAndTablesOfTheSeed() throws IOException {
        String dump = DocumentDump.of(bytes(AgencyDocuments.Kind.MEASURES, SEED, List.of()));
        for (String heading : List.of("H1 | 1. ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2565",
                "H1 | 2. การวิเคราะห์ผลการประเมินจำแนกตามเครื่องมือการประเมิน",
                "H1 | 3. มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2566",
                "H1 | 4. การกำกับติดตามและการรายงานผล")) {
            assertTrue(dump.contains(heading + "\n"), "heading " + heading);
        }
        assertTrue(dump.contains("ได้คะแนนรวม 73.35 คะแนน อยู่ในระดับ C"), "total and level as reported");
        // seed 003's weighted table: each tool's score, weight and weighted score beside its indicators
        assertTrue(dump.contains("ROW | ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ | 100.00 | ^**IIT** / 99.80 | ^30 | ^29.94\n"));
        assertTrue(dump.contains("ROW | ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน | 88.21 | ^**EIT** / 78.57 | ^30 | ^23.57\n"));
        assertTrue(dump.contains("ROW | ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร | 66.15 | |^ | |^ | |^\n"));
        assertTrue(dump.contains("ROW | ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล | 74.21 | ^**OIT** / 49.60 | ^40 | ^19.84\n"));
        assertTrue(dump.contains("ROW | ตัวชี้วัดที่ 10 การป้องกันการทุจริต | 25.00 | |^ | |^ | |^\n"));
        assertTrue(dump.contains("| [span 4] **คะแนนรวม (ระดับ C)** | **73.35**\n"));
        // the analysis puts 10 and 7 among the urgent weaknesses, and the measures answer them
        assertTrue(dump.contains("**1) ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน: **ตัวชี้วัดที่ 10")
                || dump.contains("1) ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน: ตัวชี้วัดที่ 10"));
        List<String> measureRows = dump.lines().filter(l -> l.startsWith("ROW") && l.contains("เป้าหมาย: ")).toList();
        assertEquals(SEED.plan().measures().size(), measureRows.size(), "one table row per measure");
        assertTrue(measureRows.stream().anyMatch(l -> l.contains("ตัวชี้วัดที่ 10 การป้องกันการทุจริต (25.00 คะแนน)")));
        assertTrue(measureRows.stream().anyMatch(l -> l.contains("ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร (66.15 คะแนน)")));
        assertTrue(dump.contains("| ต.ค. 2565 – / เม.ย. 2566 |"), "periods of the fiscal year 2566");
        assertTrue(measureRows.get(0).contains("(ข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน)"), measureRows.get(0));
        assertEquals(3, count(dump, "ลงชื่อ "), "who prepared, checked and approved sign");
        assertTrue(dump.contains("ประกาศ ณ วันที่"));
        assertTrue(dump.contains("CHART | คะแนนรายตัวชี้วัด ปีงบประมาณ พ.ศ. 2565\n"));
    }

    @Test
    void aPreviousYearAddsItsChangeAndAChartOfTheYears() throws IOException {
        String dump = DocumentDump.of(bytes(AgencyDocuments.Kind.MEASURES, SeedAgency.thapKhloWithPreviousYear(),
                List.of()));
        assertTrue(dump.contains("HEADER-ROW | **ตัวชี้วัด** | **คะแนน** | **เทียบกับปี 2564** |"), dump);
        assertTrue(dump.contains("ROW | ตัวชี้วัดที่ 10 การป้องกันการทุจริต | 25.00 | -15.00 |"));
        assertTrue(dump.contains("ซึ่งได้ 76.07 คะแนน ระดับ B คะแนนรวมลดลง 2.72 คะแนน"));
        assertTrue(dump.contains("CHART | คะแนนรายตัวชี้วัด ปีงบประมาณ พ.ศ. 2564–2565\n"));
        assertTrue(dump.contains("SERIES ปี 2564 | 10 การป้องกันการทุจริต = 40.00;"));
    }

    @Test
    void aChangeOfThePlanShowsInTheDocuments() throws IOException {
        MeasurePlan p = SEED.plan();
        PlannedMeasure first = p.measures().get(0);
        PlannedMeasure changed = new PlannedMeasure(first.issue(), first.urgency(), first.tool(), first.catalogKey(),
                first.topic(), "จัดตั้งคณะทำงานป้องกันการทุจริตประจำตำบล", first.target(),
                List.of(new ita.measures.PlannedStep("ออกคำสั่งแต่งตั้งคณะทำงาน", 0, 0, p.fiscalYear())), "กองคลัง",
                first.monitoring(), first.reportingRound(), first.bases());
        List<PlannedMeasure> ms = new ArrayList<>(p.measures());
        ms.set(0, changed);
        MeasurePlan plan = new MeasurePlan(p.agencyName(), p.district(), p.province(), p.resultYear(), p.fiscalYear(), ms,
                p.responsibleUnits(), p.notes());
        for (AgencyDocuments.Kind kind : AgencyDocuments.Kind.values()) {
            String dump = DocumentDump.of(documents.toBytes(kind, SEED.analysis(), SEED.year(), plan, List.of()));
            assertTrue(dump.contains("จัดตั้งคณะทำงานป้องกันการทุจริตประจำตำบล"), kind + " shows the new measure");
            assertTrue(dump.contains("1. ออกคำสั่งแต่งตั้งคณะทำงาน"), kind + " shows its steps");
            assertFalse(dump.contains(first.measure()), kind + " no longer shows the old one");
        }
    }

    @Test
    void everyDocumentIsSetUpAsAThaiOfficialDocument() throws IOException {
        for (AgencyDocuments.Kind kind : AgencyDocuments.Kind.values()) {
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes(kind, SEED, List.of())))) {
                List<CTSectPr> sections = sections(doc);
                for (CTSectPr s : sections) {
                    int w = ((BigInteger) s.getPgSz().getW()).intValue();
                    int h = ((BigInteger) s.getPgSz().getH()).intValue();
                    assertEquals(List.of(11906, 16838), List.of(Math.min(w, h), Math.max(w, h)), kind + ": A4");
                    assertEquals(List.of("1701", "1134", "1417", "1134"), List.of(s.getPgMar().getLeft().toString(),
                            s.getPgMar().getRight().toString(), s.getPgMar().getTop().toString(),
                            s.getPgMar().getBottom().toString()), kind + ": margins 3, 2, 2.5, 2 cm");
                }
                assertTrue(sections.get(0).isSetTitlePg(), kind + ": the first page has no page number");
                assertTrue(sections.stream().skip(1).noneMatch(CTSectPr::isSetTitlePg), kind.name());
                assertTrue(doc.getHeaderList().stream().anyMatch(hd -> hd.getParagraphs().stream()
                        .anyMatch(p -> p.getAlignment().name().equals("CENTER") && p.getCTP().getFldSimpleList()
                                .stream().anyMatch(f -> f.getInstr().strip().equals("PAGE")))), kind + ": page number");
                CTRPr defaults = doc.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr();
                assertEquals("TH Sarabun New", defaults.getRFontsArray(0).getAscii(), kind + ": font");
                assertEquals("TH Sarabun New", defaults.getRFontsArray(0).getCs(), kind + ": font of Thai text");
                assertEquals("32", defaults.getSzArray(0).getVal().toString(), kind + ": 16 pt");
                assertEquals("32", defaults.getSzCsArray(0).getVal().toString(), kind + ": 16 pt for Thai text");
                for (XWPFTable t : tables(doc)) {
                    boolean layout = t.getCTTbl().getTblPr().getTblBorders().getTop().getVal().toString().equals("none");
                    XWPFTableRow first = t.getRow(0);
                    assertTrue(layout || first.isRepeatHeader(), kind + ": header row repeats on each page");
                    assertTrue(t.getRows().stream().skip(1).noneMatch(XWPFTableRow::isRepeatHeader), kind.name());
                }
            }
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes(AgencyDocuments.Kind.MEASURES, SEED,
                List.of())))) {
            List<String> orientations = sections(doc).stream().map(s -> s.getPgSz().getOrient() == null ? "portrait"
                    : s.getPgSz().getOrient().toString()).toList();
            assertEquals(List.of("portrait", "landscape", "portrait"), orientations,
                    "the measures table alone on landscape pages");
            // the short tables never split a row; the measures' rows split only when taller than a page
            XWPFTable weighted = tables(doc).get(0);
            assertTrue(weighted.getRows().stream().allMatch(XWPFTableRow::isCantSplitRow));
        }
    }

    @Test
    void thaiDigitsLeaveNoArabicDigitInAnyText() throws IOException {
        AgencyDocuments thai = new AgencyDocuments(new DocumentOptions(true));
        SeedAgency.Agency a = SeedAgency.thapKhloWithPreviousYear();
        Pattern arabic = Pattern.compile("[0-9]");
        for (AgencyDocuments.Kind kind : AgencyDocuments.Kind.values()) {
            byte[] docx = thai.toBytes(kind, a.analysis(), a.year(), a.plan(),
                    List.of(ProgressForms.sixMonths(a.plan())));
            String dump = DocumentDump.of(docx);
            // the printed text of each line: after the dump's own marks (H1 |, ROW |, [span 2], P center bold 18 |)
            List<String> text = dump.lines().filter(l -> l.contains(" | "))
                    .map(l -> l.substring(l.indexOf(" | ") + 3).replaceAll("\\[span \\d+\\]", ""))
                    .filter(l -> arabic.matcher(l).find()).toList();
            assertEquals(List.of(), text, kind + ": lines with Arabic digits");
            assertTrue(dump.contains("๒๕๖๖"), kind.name());
            assertTrue(dump.contains("page numbers thaiNumbers"), kind + ": page numbers in Thai digits (Word)");
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
                for (IBodyElement e : doc.getBodyElements()) {
                    if (e instanceof XWPFParagraph p) {
                        assertFalse(arabic.matcher(p.getText()).find(), kind + ": " + p.getText());
                    }
                }
            }
        }
    }

    private static List<CTSectPr> sections(XWPFDocument doc) {
        List<CTSectPr> out = new ArrayList<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            if (p.getCTP().getPPr() != null && p.getCTP().getPPr().getSectPr() != null) {
                out.add(p.getCTP().getPPr().getSectPr());
            }
        }
        out.add(doc.getDocument().getBody().getSectPr());
        return out;
    }

    private static List<XWPFTable> tables(XWPFDocument doc) {
        return doc.getTables();
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    /** Filled forms as an agency gives them back. */
    static final class ProgressForms {

        private ProgressForms() {
        }

        /**
         * The 6-month form with the first measure done (with a date and evidence), the second in progress, and the
         * rest untouched, as the sheet รายงานผล 6 เดือน would come back.
         */
        static ProgressForm sixMonths(MeasurePlan plan) {
            List<ProgressForm.Entry> entries = new ArrayList<>();
            for (int i = 0; i < plan.measures().size(); i++) {
                PlannedMeasure m = plan.measures().get(i);
                String n = String.valueOf(i + 1);
                // the cells as the sheet writes them: the issue and its ITA items, the measure and its target
                String topic = m.issue().label() + "\n" + m.itaItems();
                String measure = m.topic() + "\n" + m.statement();
                entries.add(switch (i) {
                    case 0 -> new ProgressForm.Entry(7 + i, n, topic, measure,
                            "ประเมินความเสี่ยงการทุจริตประจำปีครบทุกกอง และประกาศแผนป้องกันการทุจริตแล้ว", "ดำเนินการแล้ว",
                            "15 มีนาคม 2566", "https://tk.go.th/o36", "");
                    case 1 -> new ProgressForm.Entry(7 + i, n, topic, measure, "จัดทำร่างคำสั่งแล้ว รอผู้บริหารลงนาม",
                            "อยู่ระหว่างดำเนินการ", "", "", "คาดว่าแล้วเสร็จเดือนเมษายน");
                    default -> new ProgressForm.Entry(7 + i, n, topic, measure, "", "ยังไม่ได้ดำเนินการ", "",
                            "", "");
                });
            }
            return new ProgressForm(SourceRef.file("ทับคล้อ-2565.xlsx").inSheet("รายงานผล 6 เดือน"), plan.agencyName(),
                    "อำเภอทับคล้อ จังหวัดพิจิตร", plan.fiscalYear(), 6, entries);
        }
    }

}
