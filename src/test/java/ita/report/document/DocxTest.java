package ita.report.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/**
 * Our own .docx model read back by POI and checked against the OOXML schema, on the text the documents' content
 * does not exercise: characters XML must escape or cannot hold, spaces at the ends of a run, line breaks, merged and
 * spanned cells, and sections that turn the page.
 */
class DocxTest {

    private static byte[] sample() throws Exception {
        Docx d = new Docx(false);
        d.title("ชื่อ & <เรื่อง> \u0001");
        d.paragraph("A&B <x> \"q\" 'a' _x0041_ tab\there", Docx.Align.LEFT, false, 0);
        d.paragraph(" นำหน้า และตามหลัง ", Docx.Align.CENTER, true, DocumentTypography.TITLE_HALF_POINTS);
        d.paragraph("บรรทัดแรก\nบรรทัดที่ 2", Docx.Align.RIGHT, false, 0);
        d.paragraph("ควบคุม\u0001\u001F และ\uD800ครึ่งคู่", Docx.Align.JUSTIFY, false, 0);
        d.section(Docx.Orientation.LANDSCAPE);
        DocTable t = d.table(new int[] {3000, 3000, 3000});
        t.header("ก", "ข", "ค");
        DocTable.Row r = t.row();
        r.cell(0).text("หนึ่ง").mergeStart();
        r.cell(1).text("สอง");
        r.cell(2).text("สาม");
        DocTable.Row r2 = t.spanned(new int[] {1, 2});
        r2.cell(0).mergeContinue();
        r2.cell(1).text("รวม").fill(DocTable.GROUP_FILL);
        d.section(Docx.Orientation.PORTRAIT);
        d.heading("หัวข้อ", 1);
        return d.toBytes();
    }

    @Test
    void textComesBackAsWrittenExceptWhatXmlCannotHold() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(sample()))) {
            List<String> texts = new ArrayList<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                if (!p.getText().isEmpty()) {
                    texts.add(p.getText());
                }
            }
            assertEquals(List.of("A&B <x> \"q\" 'a' _x0041_ tab\there", " นำหน้า และตามหลัง ", "บรรทัดแรก\nบรรทัดที่ 2",
                    "ควบคุม?? และ?ครึ่งคู่", "หัวข้อ"), texts);
            assertEquals("ชื่อ & <เรื่อง> ?", doc.getProperties().getCoreProperties().getTitle());
            XWPFTable t = doc.getTables().get(0);
            assertEquals("ก|ข|ค", String.join("|", t.getRow(0).getTableCells().stream().map(c -> c.getText()).toList()));
            assertTrue(t.getRow(0).isRepeatHeader());
            assertEquals("restart", t.getRow(1).getCell(0).getCTTc().getTcPr().getVMerge().getVal().toString());
            assertEquals(2, t.getRow(2).getCell(1).getCTTc().getTcPr().getGridSpan().getVal().intValue());
            assertEquals("F2F2F2", t.getRow(2).getCell(1).getColor());
        }
    }

    @Test
    void numbersAndLatinWordsGoInRunsOfTheirOwnInEnglish() throws Exception {
        Docx d = new Docx(false);
        d.paragraph("ข้อ O42, 73.35/100 คะแนน 1.-2 E-Service- ๒๕๖๖.\n\nปี 2567", Docx.Align.LEFT, false, 0);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(d.toBytes()))) {
            List<String> runs = new ArrayList<>();
            for (var r : doc.getParagraphs().get(0).getRuns()) {
                boolean english = r.getCTR().getRPr() != null && !r.getCTR().getRPr().getLangList().isEmpty();
                String t = r.text().replace("\n", "");
                runs.add((r.getCTR().getBrList().isEmpty() ? "" : "/") + (english ? "[" + t + "]" : t));
            }
            assertEquals(List.of("ข้อ ", "[O42]", ", ", "[73.35/100]", " คะแนน ", "[1]", ".-", "[2]", " ", "[E-Service]",
                    "- ", "[๒๕๖๖]", ".", "/", "/ปี ", "[2567]"), runs);
        }
    }

    @Test
    void tableTextTakesItsSizeFromItsStyleAndBodyTextInACellKeepsTheBodySize() throws Exception {
        Docx d = new Docx(false);
        DocTable t = d.table(new int[] {4000, 4000});
        t.header("ตัวชี้วัด", "คะแนน");
        DocTable.Row r = t.row();
        r.cell(0).text("ได้ 73.35 คะแนน", Docx.Align.LEFT, false).hanging("1. ข้อแรก", 300, true);
        r.cell(1).body("เนื้อความ 16 พอยต์", Docx.Align.LEFT);
        byte[] docx = d.toBytes();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable table = doc.getTables().get(0);
            List<Integer> header = sizes(doc, table.getRow(0).getCell(0).getParagraphs().get(0));
            List<Integer> text = new ArrayList<>();
            table.getRow(1).getCell(0).getParagraphs().forEach(p -> text.addAll(sizes(doc, p)));
            List<Integer> body = sizes(doc, table.getRow(1).getCell(1).getParagraphs().get(0));
            assertEquals(List.of(28), header);
            assertEquals(List.of(28, 28, 28, 28, 28), text, "Thai, the number, Thai, then the numbered line");
            assertEquals(List.of(32, 32, 32), body);
        }
        String xml = documentXml(docx);
        assertTrue(!xml.contains("<w:sz w:val=\"28\"/>"), "no run repeats the style's size: " + xml);
    }

    private static String documentXml(byte[] docx) throws java.io.IOException {
        try (var zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(docx))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }

    /** Each run's size in half-points: its own, else its paragraph style's, else the document's default. */
    private static List<Integer> sizes(XWPFDocument doc, XWPFParagraph p) {
        List<Integer> out = new ArrayList<>();
        for (var run : p.getRuns()) {
            Double own = run.getFontSizeAsDouble();
            Integer size = own == null ? null : (int) Math.round(own * 2);
            if (size == null && p.getStyleID() != null) {
                var style = doc.getStyles().getStyle(p.getStyleID()).getCTStyle();
                if (style.getRPr() != null && style.getRPr().sizeOfSzArray() > 0) {
                    size = Integer.parseInt(style.getRPr().getSzArray(0).getVal().toString());
                }
            }
            out.add(size != null ? size : (int) Math.round(doc.getStyles().getDefaultRunStyle().getFontSizeAsDouble() * 2));
        }
        return out;
    }

    @Test
    void everyPartIsValidOoxmlAndTheSectionsTurn() throws Exception {
        byte[] docx = sample();
        Set<String> validated = new TreeSet<>();
        assertEquals(List.of(), DocumentSchemaTest.errors(docx, validated));
        assertTrue(validated.contains("/word/document.xml"), validated.toString());
        assertEquals("SECTION A4 portrait, margins left 1701 right 1134 top 1417 bottom 1134, first page without header\n"
                        + "SECTION A4 landscape, margins left 1701 right 1134 top 1417 bottom 1134\n"
                        + "SECTION A4 portrait, margins left 1701 right 1134 top 1417 bottom 1134\n",
                DocumentDump.of(docx).lines().filter(l -> l.startsWith("SECTION")).map(l -> l + "\n")
                        .reduce("", String::concat));
    }
}
