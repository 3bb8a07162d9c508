package ita.ingest;

import static ita.ingest.AgencyListTest.assertScore;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.model.AgencyYear;
import ita.model.Finding;
import ita.model.SourceRef;
import ita.model.Tool;
import ita.model.YearSource;
import ita.text.AgencyNames;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgencyRegistryTest {

    private static AgencyYear.Builder record(String file, String name, String district, String province, String code,
                                             int year) {
        return AgencyYear.builder().agency(AgencyNames.agency(name, null, district, province, code))
                .fiscalYear(year, YearSource.TITLE).source(new SourceRef(file, "S", "B2"));
    }

    private static List<String> lines(AgencyRegistry.Merged m) {
        return m.findings().stream().map(Finding::toLine).toList();
    }

    @Test
    void combinesATotalFromOneFileWithIndicatorsFromAnother() {
        AgencyYear report = record("a/rpt0505.xls", "อบต.นาทราย", "พิบูลย์รักษ์", "อุดรธานี", "", 2567)
                .total(new BigDecimal("81.52")).cell("total", "rpt0505!E3").build();
        AgencyYear detail = record("b/นาทราย.xlsx", "องค์การบริหารส่วนตำบล นาทราย", "อ.พิบูลย์รักษ์", "จ.อุดรธานี", "",
                2567).indicator(1, new BigDecimal("81.67")).total(new BigDecimal("81.524"))
                .tool(Tool.OIT, new BigDecimal("72.56")).build();
        AgencyRegistry.Merged m = AgencyRegistry.merge(List.of(report, detail));
        assertEquals(1, m.byAgency().size());
        AgencyYear y = m.byAgency().values().iterator().next().get(0);
        assertScore("81.52", y.total());
        assertScore("81.67", y.indicator(1));
        assertScore("72.56", y.tool(Tool.OIT));
        assertEquals("a/rpt0505.xls", y.source().file());
        assertEquals(List.of(), lines(m));
    }

    @Test
    void namesTypedWithMarksInAnotherOrderAreOneAgency() {
        // "น้ำพุ" typed as nikhahit, mai tho, sara aa in one file and with sara am in the other
        AgencyYear a = record("a.xlsx", "อบต.น\u0E4D\u0E49\u0E32พุ", "ท่\u0E35ช้าง", "นครสุวรรณ", "", 2566)
                .total(new BigDecimal("80.00")).build();
        AgencyYear b = record("b.xlsx", "องค์การบริหารส่วนตำบลน้ำพุ", "ที่ช้าง", "นครสุวรรณ", "", 2567)
                .total(new BigDecimal("82.00")).build();
        AgencyRegistry.Merged m = AgencyRegistry.merge(List.of(a, b));
        assertEquals(1, m.byAgency().size(), m.byAgency().keySet().toString());
        assertEquals(2, m.byAgency().values().iterator().next().size());
        assertEquals(List.of(), lines(m));
    }

    @Test
    void keepsTheFirstSourceWhenTwoDisagreeAndNamesBoth() {
        AgencyYear a = record("a.xlsx", "อบต.นาทราย", "พิบูลย์รักษ์", "อุดรธานี", "", 2567)
                .total(new BigDecimal("81.52")).cell("total", "สรุป!E3").build();
        AgencyYear b = record("b.xlsx", "อบต.นาทราย", "พิบูลย์รักษ์", "อุดรธานี", "", 2567)
                .total(new BigDecimal("81.25")).cell("total", "ผล!C7").build();
        AgencyRegistry.Merged m = AgencyRegistry.merge(List.of(a, b));
        assertScore("81.52", m.byAgency().values().iterator().next().get(0).total());
        assertEquals(List.of("warning: b.xlsx, sheet 'ผล', cell C7: conflicting total for องค์การบริหารส่วนตำบลนาทราย in"
                + " fiscal year 2567: 81.52 in a.xlsx, sheet 'สรุป', cell E3 but 81.25 in b.xlsx, sheet 'ผล', cell C7;"
                + " the first is kept. Correct the file that is wrong."), lines(m));
    }

    @Test
    void reportsDisagreeingLevelsAndItems() {
        AgencyYear a = record("a.xlsx", "อบต.นาทราย", "", "อุดรธานี", "", 2567).level("ผ่าน")
                .oitItem(new ita.model.OitItemScore("o15", "", new BigDecimal("100"), "")).build();
        AgencyYear b = record("b.xlsx", "อบต.นาทราย", "", "อุดรธานี", "", 2567).level("ต้องปรับปรุง")
                .oitItem(new ita.model.OitItemScore("o15", "", BigDecimal.ZERO, "")).build();
        AgencyRegistry.Merged m = AgencyRegistry.merge(List.of(a, b));
        assertEquals(List.of("conflicting-values", "conflicting-values"),
                m.findings().stream().map(Finding::kind).toList());
        assertTrue(lines(m).get(1).contains("conflicting OIT item o15"));
        assertEquals("ผ่าน", m.byAgency().values().iterator().next().get(0).level());
    }

    @Test
    void listsTheYearsOfEachAgencyOldestFirst() {
        AgencyYear y67 = record("a.xlsx", "อบต.นาทราย", "พิบูลย์รักษ์", "อุดรธานี", "", 2567).build();
        AgencyYear y65 = record("b.xlsx", "อบต.นาทราย", "พิบูลย์รักษ์", "อุดรธานี", "", 2565).build();
        AgencyYear y66 = record("c.xlsx", "อบต.นาทราย", "พิบูลย์รักษ์", "อุดรธานี", "", 2566).build();
        AgencyRegistry.Merged m = AgencyRegistry.merge(List.of(y67, y65, y66));
        assertEquals(List.of(2565, 2566, 2567),
                m.byAgency().values().iterator().next().stream().map(AgencyYear::fiscalYear).toList());
    }

    @Test
    void givesARecordWithoutCodeTheIdentityOfTheSameAgencyWithCode() {
        AgencyYear coded = record("a.xlsx", "อบต.นาทราย", "พิบูลย์รักษ์", "อุดรธานี", "6410101", 2567)
                .total(new BigDecimal("81.52")).build();
        AgencyYear plain = record("b.xlsx", "อบต.นาทราย", "พิบูลย์รักษ์", "อุดรธานี", "", 2566)
                .total(new BigDecimal("79")).build();
        AgencyRegistry.Merged m = AgencyRegistry.merge(List.of(coded, plain));
        assertEquals(List.of("code:6410101"), List.copyOf(m.byAgency().keySet()));
        assertEquals(2, m.byAgency().get("code:6410101").size());
    }

    @Test
    void reportsNamesOneLetterApartInOneDistrictAsPossibleMatches() {
        AgencyYear a = record("a.xlsx", "อบต.บาตง", "รือเสาะ", "นราธิวาส", "", 2565).build();
        AgencyYear b = record("b.xlsx", "อบต.บาดง", "รือเสาะ", "นราธิวาส", "", 2566).build();
        AgencyRegistry.Merged m = AgencyRegistry.merge(List.of(a, b));
        assertEquals(2, m.byAgency().size());
        assertEquals(List.of("info: a.xlsx: possible same agency: 'องค์การบริหารส่วนตำบลบาตง' (a.xlsx) and"
                + " 'องค์การบริหารส่วนตำบลบาดง' (b.xlsx); they are kept apart. If they are one agency, give both the same"
                + " รหัสหน่วยงาน."), lines(m));
    }

    @Test
    void reportsTheSameNameWithAnotherTypeAsAPossibleMatch() {
        AgencyYear a = record("a.xlsx", "อบต.บ้านดุง", "บ้านดุง", "อุดรธานี", "", 2566).build();
        AgencyYear b = record("b.xlsx", "เทศบาลตำบลบ้านดุง", "บ้านดุง", "อุดรธานี", "", 2567).build();
        AgencyRegistry.Merged m = AgencyRegistry.merge(List.of(a, b));
        assertEquals(2, m.byAgency().size());
        assertEquals(List.of("possible-same-agency"), m.findings().stream().map(Finding::kind).toList());
    }

    @Test
    void reportsTheSameNameAndDistrictWithoutProvinceAsAPossibleMatch() {
        AgencyYear a = record("a.xlsx", "อบต.นาทราย", "พิบูลย์รักษ์", "อุดรธานี", "", 2566).build();
        AgencyYear b = record("b.xlsx", "อบต.นาทราย", "พิบูลย์รักษ์", "", "", 2567).build();
        AgencyRegistry.Merged m = AgencyRegistry.merge(List.of(a, b));
        assertEquals(2, m.byAgency().size());
        assertEquals(List.of("possible-same-agency"), m.findings().stream().map(Finding::kind).toList());
    }

    @Test
    void leavesAgenciesWithDifferentNamesOrDistrictsAlone() {
        AgencyYear a = record("a.xlsx", "อบต.นาทราย", "พิบูลย์รักษ์", "อุดรธานี", "", 2567).build();
        AgencyYear b = record("b.xlsx", "อบต.นาดี", "พิบูลย์รักษ์", "อุดรธานี", "", 2567).build();
        AgencyYear c = record("c.xlsx", "อบต.นาทราย", "บ้านดุง", "อุดรธานี", "", 2567).build();
        AgencyRegistry.Merged m = AgencyRegistry.merge(List.of(a, b, c));
        assertEquals(3, m.byAgency().size());
        assertEquals(List.of(), m.findings());
    }
}
