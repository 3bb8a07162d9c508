package ita.measures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.framework.FrameworkCatalog;
import ita.framework.QuestionDef;
import ita.framework.YearFramework;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasureCatalogTest {

    private static final String HEADER = "key,topic,measure,steps,responsible,start_month,end_month,monitoring\n";
    private final MeasureCatalog catalog = MeasureCatalog.loadDefault();

    @Test
    void defaultCatalogCoversEveryIssueQuestionAndItemOfEveryYear() {
        FrameworkCatalog frameworks = FrameworkCatalog.standard();
        List<String> missing = new ArrayList<>();
        for (int year : frameworks.definedYears()) {
            YearFramework f = frameworks.framework(year);
            if (!f.hasIndicators()) {
                continue;
            }
            for (int n = 1; n <= 10; n++) {
                check(missing, CatalogKey.Kind.INDICATOR, Integer.toString(n), year);
            }
            f.issues().forEach(i -> check(missing, CatalogKey.Kind.ISSUE, Integer.toString(i.number()), year));
            for (QuestionDef q : f.questions()) {
                check(missing, CatalogKey.Kind.QUESTION, q.code(), year);
            }
            // every item, through its concept (the same thing whatever the year calls it)
            for (var item : f.oitItems()) {
                if (catalog.find(CatalogKey.Kind.ITEM, item.code(), year).isEmpty()) {
                    check(missing, CatalogKey.Kind.CONCEPT, item.concept(), year);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    private void check(List<String> missing, CatalogKey.Kind kind, String code, int year) {
        if (catalog.find(kind, code, year).isEmpty()) {
            missing.add(kind.prefix() + ":" + code + " in " + year);
        }
    }

    @Test
    void questionRowsFollowTheQuestionnaireOfTheirYears() {
        // i7 asked about knowing the budget plan until 2566, and about personal errands from 2567
        assertTrue(catalog.lookup("q:i7", 2565).orElseThrow().topic().contains("แผนการใช้จ่ายงบประมาณ"));
        assertTrue(catalog.lookup("q:i7", 2567).orElseThrow().topic().contains("ธุระส่วนตัว"));
        assertEquals("issue:7@2567-2569", catalog.lookup("issue:7", 2567).orElseThrow().key().toString());
        assertTrue(catalog.lookup("issue:7", 2565).isEmpty());
        assertTrue(catalog.lookup("q:i30", 2567).isEmpty());
    }

    @Test
    void everyMeasureRowHasStepsWithTheirMonthsAndUnitsOfEveryType() {
        Pattern numbered = Pattern.compile("1\\. .+\\n2\\. .+\\n3\\. .+", Pattern.DOTALL);
        Pattern months = Pattern.compile("^\\d+\\. (ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|ม\\.ค\\.|ก\\.พ\\.|มี\\.ค\\.|เม\\.ย\\.|พ\\.ค\\.|มิ\\.ย\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.)",
                Pattern.MULTILINE);
        assertTrue(catalog.size() >= 140, "rows: " + catalog.size());
        for (CatalogEntry e : catalog.entries()) {
            if (!e.key().kind().isMeasure()) {
                continue;
            }
            assertTrue(numbered.matcher(e.steps()).find(), "steps of " + e.key());
            assertEquals(e.stepList().size(), months.matcher(e.steps()).results().count(), "months of " + e.key());
            assertTrue(e.stepList().stream().allMatch(s -> s.endMonth() - s.startMonth() <= 4),
                    "a step of " + e.key() + " that runs most of the year says nothing of when");
            for (ita.model.AgencyType t : ita.model.AgencyType.values()) {
                String unit = catalog.resolve(e.responsible(), t);
                assertFalse(unit.contains("{") || unit.isBlank(), e.key() + " for " + t + ": " + unit);
            }
            assertFalse(e.monitoring().contains("รอบ"), "the rounds follow from the steps: " + e.key());
            assertFalse(e.topic().isBlank() || e.measure().isBlank() || e.monitoring().isBlank(), e.key().toString());
        }
    }

    @Test
    void stepRowsAreOneActionWithItsMonths() {
        for (CatalogEntry e : catalog.entries()) {
            CatalogKey.Kind k = e.key().kind();
            if (k == CatalogKey.Kind.QUESTION || k == CatalogKey.Kind.CONCEPT) {
                assertFalse(e.measure().contains("\n") || e.measure().isBlank(), e.key().toString());
                assertTrue(e.endMonth() - e.startMonth() <= 5, e.key() + " runs most of the year");
                assertFalse(e.measure().contains("ผู้บริหารท้องถิ่น") || e.measure().contains("สำนักปลัด"),
                        "named for one agency type: " + e.key());
            }
        }
    }

    @Test
    void unitsAreNamedPerAgencyTypeAndAUserCatalogMayRenameThem() {
        assertEquals("สำนักปลัด (งานนโยบายและแผน)", catalog.resolve("{planning}", ita.model.AgencyType.SAO));
        assertEquals("กองยุทธศาสตร์และงบประมาณ", catalog.resolve("{planning}", ita.model.AgencyType.PAO));
        assertEquals("สำนักปลัดเทศบาล (งานนโยบายและแผน)",
                catalog.resolve("{planning}", ita.model.AgencyType.SUBDISTRICT_MUNICIPALITY));
        assertEquals("ฝ่ายนโยบายและแผน", catalog.resolve("{planning}", ita.model.AgencyType.OTHER));
        MeasureCatalog mine = parse(HEADER + "unit:planning,งานแผน,,,\"อบต.=งานแผนและงบประมาณ; อื่น=ฝ่ายแผน\",,,\n"
                + "ind:1,หัวข้อ,มาตรการ,\"ต.ค.: ก\",{planning},ต.ค.,ก.ย.,รายงาน\n");
        assertEquals("งานแผนและงบประมาณ", mine.resolve("{planning}", ita.model.AgencyType.SAO));
        assertEquals("ฝ่ายแผน", mine.resolve("{planning}", ita.model.AgencyType.TOWN_MUNICIPALITY));
        assertEquals("กองคลัง", mine.resolve("{finance}", ita.model.AgencyType.SAO), "the built-in units stay");
        assertEquals(List.of("งานแผนและงบประมาณ"), mine.responsibleUnits(ita.model.AgencyType.SAO));
    }

    @Test
    void reportsAnUnknownUnitAndABadUnitSpec() {
        assertError("catalog.csv, line 2: the unit {planing} of ind:1 is not defined. Add a row unit:planing with its "
                + "names in the responsible column, or write the unit's name itself",
                HEADER + "ind:1,หัวข้อ,มาตรการ,\"ต.ค.: ก\",{planing},ต.ค.,ก.ย.,รายงาน\n");
        assertError("catalog.csv, line 2: the unit unit:planning cannot be read: it names no unit for อบจ. and none for "
                + "อื่น (every other agency). Write the unit's names as อบต.=…; เทศบาล=…; อบจ.=…; อื่น=…, or one name "
                + "for every agency", HEADER + "unit:planning,งานแผน,,,อบต.=งานแผน,,,\n");
    }

    @Test
    void readsEachStepsMonthsAndReportsOnesThatRunBackwards() {
        MeasureCatalog c = parse(HEADER + "ind:1,หัวข้อ,มาตรการ,\"1. ต.ค.–ธ.ค.: ก\n2. มีนาคม: ข\n3. ค: ง\",สำนักปลัด,"
                + "ต.ค.,ก.ย.,รายงาน\n");
        List<CatalogStep> steps = c.entries().get(0).stepList();
        assertEquals(List.of(new CatalogStep("ก", 0, 2), new CatalogStep("ข", 5, 5), new CatalogStep("ค: ง", 0, 11)),
                steps, "a line without months takes the row's");
        assertError("catalog.csv, line 2: in the steps of ind:1, the step \"ก\" ends in ต.ค. before it starts in ธ.ค.. "
                + "Write a step's months as ต.ค.–ธ.ค. followed by a colon, the earlier month first",
                HEADER + "ind:1,หัวข้อ,มาตรการ,\"ธ.ค.–ต.ค.: ก\",สำนักปลัด,ต.ค.,ก.ย.,รายงาน\n");
    }

    @Test
    void noTwoRowsOfOneYearProposeTheSameMeasure() {
        for (int year : FrameworkCatalog.standard().definedYears()) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (CatalogEntry e : catalog.entries()) {
                if (e.key().covers(year) && e.key().kind() != CatalogKey.Kind.UNIT) {
                    assertTrue(seen.add(e.measure()), year + ": " + e.key() + " repeats a measure");
                }
            }
        }
    }

    @Test
    void theNarrowestYearsWin() {
        MeasureCatalog c = parse(HEADER
                + "q:i7@2562-2566,ทั่วไป,ม,\"1. ก\n2. ข\",กองคลัง,ต.ค.,ก.ย.,ติดตาม\n"
                + "q:i7@2565,เฉพาะปี,ม,\"1. ก\n2. ข\",กองคลัง,10,3,ติดตาม\n"
                + "ind:2,งบประมาณ,มาตรการ,\"ต.ค.: ก\",กองคลัง,ต.ค.,ก.ย.,ติดตาม\n");
        assertEquals("เฉพาะปี", c.lookup("q:i7", 2565).orElseThrow().topic());
        assertEquals("ทั่วไป", c.lookup("q:i7", 2564).orElseThrow().topic());
        assertEquals(5, c.lookup("q:i7", 2565).orElseThrow().endMonth());
    }

    @Test
    void skipsEmptyAndCommentRowsAndReadsExcelsByteOrderMark() {
        MeasureCatalog c = parse("\uFEFF" + HEADER + ",,,,,,,\n#ind:1,ปิดไว้,,,,,,\n"
                + "ind:1,หัวข้อ,มาตรการ,\"1. ก, ข\n2. ค\",สำนักปลัด,ตุลาคม,กันยายน,รายงาน\n");
        assertEquals(1, c.size());
        assertEquals("1. ก, ข\n2. ค", c.entries().get(0).steps());
        assertEquals(4, c.entries().get(0).line());
    }

    @Test
    void reportsABadMonthWithFileAndLine() {
        assertError("catalog.csv, line 3: expected a start month such as ต.ค. but found \"13\". Write a month from "
                + "ต.ค. to ก.ย., its full Thai name, or a calendar month number 1–12 (10 = ต.ค.)",
                HEADER + "ind:1,ก,ข,1. ค,สำนักปลัด,ต.ค.,ก.ย.,ง\nind:2,ก,ข,1. ค,สำนักปลัด,13,ก.ย.,ง\n");
        assertError("catalog.csv, line 2: expected an end month such as ก.ย. but found \"กย.ค.\". Write a month from "
                + "ต.ค. to ก.ย., its full Thai name, or a calendar month number 1–12 (10 = ต.ค.)",
                HEADER + "ind:1,ก,ข,1. ค,สำนักปลัด,ต.ค.,กย.ค.,ง\n");
    }

    @Test
    void reportsAPeriodThatRunsBackwards() {
        assertError("catalog.csv, line 2: the end month พ.ย. comes before the start month ธ.ค. in the fiscal year. "
                + "A period runs within one fiscal year, ต.ค. to ก.ย.; swap the months or end at ก.ย.",
                HEADER + "ind:1,ก,ข,1. ค,สำนักปลัด,ธ.ค.,พ.ย.,ง\n");
    }

    @Test
    void reportsBadKeysEmptyCellsAndShortRows() {
        assertError("catalog.csv, line 2: expected a question code such as i7 or e10 after \"q:\" but found \"x7\". "
                + "Keys are ind:N, q:CODE@YEARS, sub:N.N@YEARS, item:oN@YEARS or concept:NAME, e.g. q:i7@2562-2566",
                HEADER + "q:x7,ก,ข,1. ค,สำนักปลัด,ต.ค.,ก.ย.,ง\n");
        assertError("catalog.csv, line 2: the column steps of ind:4 is empty. Fill it in, or delete the row",
                HEADER + "ind:4,ก,ข,,สำนักปลัด,ต.ค.,ก.ย.,ง\n");
        assertError("catalog.csv, line 2: expected 8 columns but found 6. Put text that contains commas or line breaks "
                + "in double quotes, or export the catalog again with ita catalog export",
                HEADER + "ind:4,ก,ข,1. ค,สำนักปลัด,ต.ค.\n");
    }

    @Test
    void reportsRepeatedAndTangledKeys() {
        String row = ",ก,ข,1. ค,สำนักปลัด,ต.ค.,ก.ย.,ง\n";
        assertError("catalog.csv, line 3: the key q:i7@2565 is already used on line 2. Keep one of the two rows",
                HEADER + "q:i7@2565" + row + "Q:I7@2565" + row);
        assertError("catalog.csv, line 3: the years of q:i7@2564-2566 overlap those of q:i7@2562-2565 on line 2 "
                + "without containing them. Make the years separate, or nest one range inside the other so that the "
                + "narrower applies", HEADER + "q:i7@2562-2565" + row + "q:i7@2564-2566" + row);
    }

    @Test
    void reportsABadHeaderAndAnEmptyCatalog() {
        String fix = "The header must be key,topic,measure,steps,responsible,start_month,end_month,monitoring "
                + "(ita catalog export writes it)";
        assertError("catalog.csv, line 1: the header has an unknown column \"owner\". " + fix,
                "key,topic,measure,steps,owner,start_month,end_month,monitoring\n");
        assertError("catalog.csv, line 1: the header has no column monitoring. " + fix,
                "key,topic,measure,steps,responsible,start_month,end_month\n");
        assertError("catalog.csv: the catalog has a header but no measures. Start from the built-in catalog: "
                + "ita catalog export catalog.csv", HEADER);
        assertError("catalog.csv: the file is empty. Start from the built-in catalog: ita catalog export catalog.csv",
                "");
    }

    @Test
    void reportsAnUnclosedQuote() {
        assertError("catalog.csv, line 3: a quoted field that starts on this line is never closed. Check the double "
                + "quotes of this row", HEADER + "ind:1,ก,ข,1. ค,สำนักปลัด,ต.ค.,ก.ย.,ง\nind:2,ก,ข,\"1. ค,สำนักปลัด\n");
    }

    @Test
    void reportsAFileSavedInTheThaiWindowsCodePage(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("catalog.csv");
        Files.write(file, (HEADER + "ind:1,ก,ข,1. ค,สำนักปลัด,ต.ค.,ก.ย.,ง\n").getBytes(Charset.forName("x-windows-874")));
        MeasureCatalogException e = assertThrows(MeasureCatalogException.class, () -> MeasureCatalog.load(file));
        assertEquals(file + ", line 2: the file is not UTF-8 text (byte 0xA1 cannot be read). In Excel save it as "
                + "\"CSV UTF-8 (Comma delimited)\"", e.getMessage());
        assertEquals(2, e.line());
        assertEquals(file.toString(), e.source());
    }

    @Test
    void exportedCatalogReadsBackTheSame(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out/catalog.csv");
        catalog.export(file);
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        MeasureCatalog back = MeasureCatalog.load(file);
        assertEquals(catalog.size(), back.size());
        for (int i = 0; i < catalog.size(); i++) {
            CatalogEntry a = catalog.entries().get(i);
            CatalogEntry b = back.entries().get(i);
            assertEquals(a.key(), b.key());
            assertEquals(List.of(a.topic(), a.measure(), a.steps(), a.responsible(), a.monitoring()),
                    List.of(b.topic(), b.measure(), b.steps(), b.responsible(), b.monitoring()), a.key().toString());
            assertEquals(a.startMonth(), b.startMonth());
            assertEquals(a.endMonth(), b.endMonth());
        }
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void formulaLikeTextSurvivesExportAsText(@TempDir Path dir) throws IOException {
        MeasureCatalog c = parse(HEADER + "ind:1,=ก,+ข,1. ค,สำนักปลัด,ต.ค.,ก.ย.,-ง\n");
        Path file = dir.resolve("c.csv");
        c.export(file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains("ind:1,'=ก,'+ข,"), text);
        CatalogEntry back = MeasureCatalog.load(file).entries().get(0);
        assertEquals(List.of("=ก", "+ข", "-ง"), List.of(back.topic(), back.measure(), back.monitoring()));
    }

    private static MeasureCatalog parse(String csv) {
        return MeasureCatalog.parse(csv.getBytes(StandardCharsets.UTF_8), "catalog.csv");
    }

    private static void assertError(String message, String csv) {
        assertEquals(message, assertThrows(MeasureCatalogException.class, () -> parse(csv)).getMessage());
    }
}
