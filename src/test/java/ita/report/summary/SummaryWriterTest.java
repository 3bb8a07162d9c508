package ita.report.summary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.opencsv.CSVReader;
import ita.analysis.AgencyAnalysis;
import ita.analysis.AgencyAnalyzer;
import ita.analysis.AgencyHistory;
import ita.analysis.AnalysisSettings;
import ita.model.Agency;
import ita.model.AgencyType;
import ita.model.AgencyYear;
import ita.model.OitItemScore;
import ita.model.SourceRef;
import ita.model.Tool;
import ita.model.YearSource;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryWriterTest {

    private static final int[] SEED_000_ITEMS = {100, 100, 100, 0, 100, 100, 100, 0, 100, 100, 100, 0, 100, 50, 0,
            50, 50, 100, 0, 0, 100, 100, 100, 100, 100, 100, 100, 0, 100, 100, 100, 100, 100, 0, 100};

    @TempDir
    Path dir;

    private static Agency sao(String core, String district, String province) {
        return new Agency("SAO|" + core, AgencyType.SAO.prefix() + core, core, AgencyType.SAO, district, province, "");
    }

    private static AgencyYear.Builder year(Agency a, int y, String total, String level, String... indicators) {
        AgencyYear.Builder b = AgencyYear.builder().agency(a).fiscalYear(y, YearSource.TITLE)
                .source(SourceRef.file("in.xlsx")).level(level);
        if (total != null) {
            b.total(new BigDecimal(total));
        }
        for (int i = 0; i < indicators.length; i++) {
            b.indicator(i + 1, new BigDecimal(indicators[i]));
        }
        return b;
    }

    /** Seed 003 with a made-up 2564 of 76.55 (so a change of −3.20), seed 000 with items, and awkward names. */
    private static List<AgencyAnalysis> analyses() {
        Agency thapKhlo = sao("ทับคล้อ", "ทับคล้อ", "พิจิตร");
        AgencyYear t64 = year(thapKhlo, 2564, "76.55", "B").build();
        AgencyYear t65 = year(thapKhlo, 2565, "73.35", "C", "100.00", "99.50", "100.00", "99.45", "100.00", "88.21",
                "66.15", "81.35", "74.21", "25.00").tool(Tool.IIT, new BigDecimal("99.80"))
                .tool(Tool.EIT, new BigDecimal("78.57")).tool(Tool.OIT, new BigDecimal("49.60")).build();
        Agency naSai = sao("นาทราย", "พิบูลย์รักษ์", "อุดรธานี");
        AgencyYear.Builder n67 = year(naSai, 2567, "81.52", "ต้องปรับปรุง", "81.67", "83.13", "89.17", "72.71",
                "81.25", "84.20", "80.62", "71.41", "68.45", "76.67");
        for (int i = 0; i < SEED_000_ITEMS.length; i++) {
            n67.oitItem(new OitItemScore("o" + (i + 1), "", BigDecimal.valueOf(SEED_000_ITEMS[i]), ""));
        }
        Agency formula = new Agency("X1", "=HYPERLINK(\"http://x\",\"y\")", "x", AgencyType.OTHER, "-เมือง",
                "อุดรธานี", "");
        Agency comma = new Agency("X2", "อบต.ก \"ข\", ค", "ก", AgencyType.SUBDISTRICT_MUNICIPALITY, "@อำเภอ",
                "อุดรธานี", "");
        List<AgencyHistory> histories = List.of(AgencyHistory.of(List.of(t64, t65)),
                AgencyHistory.of(List.of(n67.build())),
                AgencyHistory.of(List.of(year(formula, 2567, "90.00", null).build())),
                AgencyHistory.of(List.of(year(comma, 2567, null, "+ผ่าน").build())));
        return AgencyAnalyzer.analyzeAll(histories, AnalysisSettings.defaults());
    }

    private List<String[]> readCsv() throws Exception {
        byte[] bytes = Files.readAllBytes(dir.resolve("summary.csv"));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "BOM");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        try (CSVReader r = new CSVReader(new StringReader(text))) {
            return r.readAll();
        }
    }

    private static Map<String, String> row(List<String[]> csv, String id, String year) {
        String[] header = csv.get(0);
        for (String[] r : csv.subList(1, csv.size())) {
            if (r[0].equals(id) && r[5].equals(year)) {
                Map<String, String> m = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    m.put(header[i], r[i]);
                }
                return m;
            }
        }
        throw new AssertionError("no row " + id + " " + year);
    }

    @Test
    void csvHasTheColumnsInOrderOneRowPerAgencyYear() throws Exception {
        new SummaryWriter().write(analyses(), dir);
        List<String[]> csv = readCsv();
        assertEquals(SummaryWriter.COLUMNS, List.of(csv.get(0)));
        assertEquals(32, csv.get(0).length);
        assertEquals(1 + 5, csv.size());
        String raw = Files.readString(dir.resolve("summary.csv"), StandardCharsets.UTF_8);
        assertTrue(raw.contains("\r\n") && !raw.replace("\r\n", "").contains("\n"), "CRLF line ends");
    }

    @Test
    void seed003RowByHand() throws Exception {
        new SummaryWriter().write(analyses(), dir);
        Map<String, String> r = row(readCsv(), "SAO|ทับคล้อ", "2565");
        assertEquals("องค์การบริหารส่วนตำบลทับคล้อ", r.get("agency_name"));
        assertEquals("อบต.", r.get("agency_type"));
        assertEquals("73.35", r.get("total_reported"));
        assertEquals("73.35", r.get("total_computed"));
        assertEquals("ok", r.get("total_check"));
        assertEquals("C", r.get("level"));
        assertEquals("99.80", r.get("iit"));
        assertEquals("100.00", r.get("ind1"));
        assertEquals("25.00", r.get("ind10"));
        assertEquals("2564", r.get("previous_year"));
        assertEquals("-3.20", r.get("total_change"), "a negative number stays a number");
        assertEquals("10", r.get("weakest_indicators"));
        assertEquals("7;8;9;10", r.get("below_threshold"));
        assertEquals("1;3;5;2;4;6", r.get("strengths"));
        assertEquals("", r.get("failed_oit_items"));
        assertEquals("11.65", r.get("points_to_85"));
        assertEquals("1", r.get("rank_in_province"));
        assertEquals("1", r.get("agencies_in_province"));
        Map<String, String> old = row(readCsv(), "SAO|ทับคล้อ", "2564");
        assertEquals("not_checkable", old.get("total_check"));
        assertEquals("", old.get("ind1"));
        assertEquals("", old.get("previous_year"));
    }

    @Test
    void seed000RowFlagsTheMismatchAndListsFailedItems() throws Exception {
        new SummaryWriter().write(analyses(), dir);
        Map<String, String> r = row(readCsv(), "SAO|นาทราย", "2567");
        assertEquals("81.52", r.get("total_reported"));
        assertEquals("77.12", r.get("total_computed"));
        assertEquals("mismatch", r.get("total_check"));
        assertEquals("ต้องปรับปรุง", r.get("level"));
        assertEquals("9", r.get("weakest_indicators"));
        assertEquals("o4;o8;o12;o14;o15;o16;o17;o19;o20;o28;o34", r.get("failed_oit_items"));
        assertEquals("3.48", r.get("points_to_85"));
        assertEquals("", r.get("iit"));
        assertEquals("2", r.get("agencies_in_province"), "the agency without a total is not ranked");
        assertEquals("2", r.get("rank_in_province"), "behind the 90.00");
    }

    /** What summary.json held when Jackson's generator wrote it, with its default pretty printer. */
    private static String byJackson(List<SummaryRow> rows) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        com.fasterxml.jackson.core.JsonFactory factory = com.fasterxml.jackson.core.JsonFactory.builder()
                .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
        try (com.fasterxml.jackson.core.JsonGenerator g = factory.createGenerator(out,
                com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            for (SummaryRow r : rows) {
                g.writeStartObject();
                List<SummaryWriter.Cell> cells = SummaryWriter.cells(r);
                for (int i = 0; i < SummaryWriter.COLUMNS.size(); i++) {
                    g.writeFieldName(SummaryWriter.COLUMNS.get(i));
                    SummaryWriter.Cell c = cells.get(i);
                    if (c instanceof SummaryWriter.Text t && t.value() != null) {
                        g.writeString(t.value());
                    } else if (c instanceof SummaryWriter.Decimal d && d.value() != null) {
                        g.writeNumber(d.value());
                    } else if (c instanceof SummaryWriter.Whole w && w.value() != null) {
                        g.writeNumber(w.value());
                    } else if (c instanceof SummaryWriter.Numbers n && n.value() != null) {
                        g.writeStartArray();
                        for (int v : n.value()) {
                            g.writeNumber(v);
                        }
                        g.writeEndArray();
                    } else if (c instanceof SummaryWriter.Codes k && k.value() != null) {
                        g.writeStartArray();
                        for (String v : k.value()) {
                            g.writeString(v);
                        }
                        g.writeEndArray();
                    } else {
                        g.writeNull();
                    }
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonIsByteForByteWhatJacksonsPrettyPrinterWrote() throws Exception {
        List<SummaryRow> rows = SummaryRow.of(analyses());
        new SummaryWriter().writeJson(rows, dir.resolve("a.json"));
        assertEquals(byJackson(rows), Files.readString(dir.resolve("a.json"), StandardCharsets.UTF_8));
        new SummaryWriter().writeJson(List.of(), dir.resolve("empty.json"));
        assertEquals(byJackson(List.of()), Files.readString(dir.resolve("empty.json"), StandardCharsets.UTF_8));
    }

    @Test
    void jsonStringsAreEscapedAsJacksonEscapesThem() throws Exception {
        StringBuilder every = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            every.append(c);
        }
        for (String s : List.of(every.toString(), "อบต.ก \"ข\" \\ ค", "\uD83D\uDE00 ปี", "ครึ่ง\uD83D", "\uDE00ท้าย",
                "\u2028\u2029\u00A0\u007F\uFEFF", "")) {
            java.io.StringWriter expected = new java.io.StringWriter();
            try (com.fasterxml.jackson.core.JsonGenerator g = new com.fasterxml.jackson.core.JsonFactory()
                    .createGenerator(new java.io.ByteArrayOutputStream() {
                        @Override
                        public void close() {
                            expected.write(toString(StandardCharsets.UTF_8));
                        }
                    }, com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
                g.writeString(s);
            }
            StringBuilder actual = new StringBuilder();
            SummaryWriter.string(s, actual);
            assertEquals(expected.toString(), actual.toString(), s);
        }
    }

    @Test
    void neutralisesFormulaTextAndQuotesCommasAndQuotes() throws Exception {
        new SummaryWriter().write(analyses(), dir);
        List<String[]> csv = readCsv();
        Map<String, String> f = row(csv, "X1", "2567");
        assertEquals("'=HYPERLINK(\"http://x\",\"y\")", f.get("agency_name"));
        assertEquals("'-เมือง", f.get("district"));
        assertEquals("", f.get("agency_type"));
        Map<String, String> c = row(csv, "X2", "2567");
        assertEquals("อบต.ก \"ข\", ค", c.get("agency_name"));
        assertEquals("'@อำเภอ", c.get("district"));
        assertEquals("'+ผ่าน", c.get("level"));
        assertEquals("ทต.", c.get("agency_type"));
        String raw = Files.readString(dir.resolve("summary.csv"), StandardCharsets.UTF_8);
        assertTrue(raw.contains(",\"อบต.ก \"\"ข\"\", ค\","), "RFC 4180 quoting");
        assertTrue(raw.contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\","), raw);
    }

    @Test
    void neutraliseLeavesOrdinaryTextAlone() {
        assertEquals("'=1+1", SummaryWriter.neutralise("=1+1"));
        assertEquals("'\tx", SummaryWriter.neutralise("\tx"));
        assertEquals("อบต.นาทราย", SummaryWriter.neutralise("อบต.นาทราย"));
        assertEquals("", SummaryWriter.neutralise(""));
        // the writer shows a figure as the row holds it: rows are rounded by their year (SummaryRow.of), not here
        assertEquals("-3.2", SummaryWriter.csv(new SummaryWriter.Decimal(new BigDecimal("-3.2"))));
    }

    @Test
    void jsonHasTheSameContentWithTypedValues() throws Exception {
        new SummaryWriter().write(analyses(), dir);
        // keep 99.80 as written: no doubles, no stripping of trailing zeros
        ObjectMapper m = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();
        JsonNode array = m.readTree(dir.resolve("summary.json").toFile());
        List<String[]> csv = readCsv();
        assertEquals(csv.size() - 1, array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode o = array.get(i);
            List<String> keys = new ArrayList<>();
            o.fieldNames().forEachRemaining(keys::add);
            assertEquals(SummaryWriter.COLUMNS, keys);
            String[] line = csv.get(i + 1);
            for (int k = 0; k < keys.size(); k++) {
                assertEquals(line[k], asCsv(o.get(keys.get(k))), "row " + i + " " + keys.get(k));
            }
        }
        JsonNode seed003 = array.get(1);
        assertTrue(seed003.get("total_reported").isBigDecimal());
        assertEquals(new BigDecimal("73.35"), seed003.get("total_reported").decimalValue());
        assertEquals(new BigDecimal("-3.20"), seed003.get("total_change").decimalValue());
        assertTrue(seed003.get("strengths").isArray());
        assertEquals(1, seed003.get("strengths").get(0).intValue());
        assertTrue(seed003.get("failed_oit_items").isNull(), "no items were read: unknown, not empty");
        assertTrue(seed003.get("fiscal_year").isInt());
        String text = Files.readString(dir.resolve("summary.json"), StandardCharsets.UTF_8);
        assertTrue(text.contains("\"ind1\" : 100.00"), "two decimals kept");
    }

    /** A JSON value rendered the way the CSV renders it, neutralising text as the CSV does. */
    private static String asCsv(JsonNode v) {
        if (v.isNull()) {
            return "";
        }
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            Iterator<JsonNode> it = v.elements();
            while (it.hasNext()) {
                parts.add(it.next().asText());
            }
            String joined = String.join(";", parts);
            return parts.isEmpty() || v.get(0).isNumber() ? joined : SummaryWriter.neutralise(joined);
        }
        if (v.isTextual()) {
            return SummaryWriter.neutralise(v.textValue());
        }
        return v.isBigDecimal() ? v.decimalValue().toPlainString() : v.asText();
    }

    @Test
    void replacesAnExistingFileAndLeavesNoTemporaryFile() throws Exception {
        Files.writeString(dir.resolve("summary.csv"), "old");
        new SummaryWriter().write(analyses(), dir);
        assertTrue(Files.readString(dir.resolve("summary.csv"), StandardCharsets.UTF_8).startsWith("\uFEFFagency_id,"));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("summary.csv", "summary.json"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
