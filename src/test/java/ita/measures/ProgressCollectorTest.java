package ita.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.model.Finding;
import ita.model.ProgressForm;
import ita.model.ProgressForm.Column;
import ita.model.SourceRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Progress forms gathered per agency, on forms made in memory. */
class ProgressCollectorTest {

    private static final Map<Column, Integer> COLUMNS = Map.of(Column.NUMBER, 0, Column.MEASURE, 2, Column.PERIOD, 5,
            Column.RESULT, 6, Column.STATUS, 7, Column.DATE, 8);

    private static ProgressForm.Entry entry(int n, String period, String result, String status, String date) {
        return new ProgressForm.Entry(6 + n, String.valueOf(n), "", "มาตรการ " + n, result, status, date, "", "", period);
    }

    private static ProgressForm form(String file, String agency, int months, List<ProgressForm.Entry> entries) {
        return new ProgressForm(SourceRef.file(file).inSheet("รายงานผล " + months + " เดือน"), agency,
                "อำเภอทับคล้อ จังหวัดพิจิตร", 2566, months, entries, COLUMNS);
    }

    @Test
    void aPeriodEndsInTheLastMonthItNames() {
        assertEquals(OptionalInt.of(2), FiscalMonths.periodEnd("ต.ค. 2565 – ธ.ค. 2565"));
        assertEquals(OptionalInt.of(11), FiscalMonths.periodEnd("ต.ค. 2565 – ก.ย. 2566"));
        assertEquals(OptionalInt.of(5), FiscalMonths.periodEnd("มกราคม – มีนาคม 2566"));
        assertEquals(OptionalInt.of(5), FiscalMonths.periodEnd("ตค 65 - มีค 66"));
        assertEquals(OptionalInt.of(8), FiscalMonths.periodEnd("ไตรมาสที่ ๓"));
        assertEquals(OptionalInt.of(11), FiscalMonths.periodEnd("ตลอดปีงบประมาณ"));
        // มค inside สมคบ is not January
        assertEquals(OptionalInt.empty(), FiscalMonths.periodEnd("สมคบกันดำเนินการ"));
        assertEquals(OptionalInt.empty(), FiscalMonths.periodEnd(""));
    }

    @Test
    void aStatusIsReadLooselyAndASlipIsNamedButNotGuessed() {
        assertEquals(MeasureStatus.DONE, MeasureStatus.of(entry(1, "", "", "ดําเนินการ แล้ว", "")));
        assertEquals(MeasureStatus.NOT_STARTED, MeasureStatus.of(entry(1, "", "", "", "")));
        assertEquals(MeasureStatus.UNCLEAR, MeasureStatus.of(entry(1, "", "ทำแล้ว", "", "")));
        assertEquals(MeasureStatus.UNCLEAR, MeasureStatus.of(entry(1, "", "", "ดำเนินการแล้ง", "")));
        assertEquals(Optional.of(MeasureStatus.DONE), MeasureStatus.closest("ดำเนินการแล้ง"));
        assertEquals(Optional.empty(), MeasureStatus.closest("เสร็จ"));
    }

    @Test
    void countsComeFromTheLatestFilledRoundAndLateMeansDueButNotDone() {
        ProgressForm six = form("a.xlsx", "อบต.ทับคล้อ", 6, List.of(
                entry(1, "ต.ค. 2565 – ธ.ค. 2565", "ทำแล้ว", "ดำเนินการแล้ว", "1 ธันวาคม 2565"),
                entry(2, "ต.ค. 2565 – ธ.ค. 2565", "เริ่มแล้ว", "อยู่ระหว่างดำเนินการ", ""),
                entry(3, "ต.ค. 2565 – ก.ย. 2566", "", "ยังไม่ได้ดำเนินการ", ""),
                entry(4, "เม.ย. 2566 – มิ.ย. 2566", "", "ยังไม่ได้ดำเนินการ", "")));
        ProgressCollector.Result r = ProgressCollector.collect(List.of(six));
        assertEquals(1, r.agencies().size());
        AgencyProgress a = r.agencies().get(0);
        assertEquals("องค์การบริหารส่วนตำบลทับคล้อ", a.agencyName());
        assertEquals(List.of("ทับคล้อ", "พิจิตร"), List.of(a.district(), a.province()));
        assertEquals(List.of(4, 1, 1, 2, 0), List.of(a.planned(), a.done(), a.inProgress(), a.notStarted(), a.unclear()));
        assertEquals(1, a.late(), "measure 2 was due by ธ.ค.; 3 and 4 are due later");
        assertEquals(List.of(), a.missing());
        assertEquals(List.of(), r.findings());

        ProgressForm twelve = form("b.xlsx", "องค์การบริหารส่วนตำบลทับคล้อ", 12, List.of(
                entry(1, "ต.ค. 2565 – ธ.ค. 2565", "ทำแล้ว", "ดำเนินการแล้ว", "1 ธันวาคม 2565"),
                entry(2, "ต.ค. 2565 – ธ.ค. 2565", "ทำแล้ว", "ดำเนินการแล้ว", "2 มกราคม 2566"),
                entry(3, "ต.ค. 2565 – ก.ย. 2566", "เริ่มแล้ว", "อยู่ระหว่างดำเนินการ", ""),
                entry(4, "เม.ย. 2566 – มิ.ย. 2566", "", "ยังไม่ได้ดำเนินการ", "")));
        AgencyProgress both = ProgressCollector.collect(List.of(six, twelve)).agencies().get(0);
        assertEquals(12, both.round());
        assertEquals(List.of(2, 1, 1, 2), List.of(both.done(), both.inProgress(), both.notStarted(), both.late()));
    }

    @Test
    void aRoundIsDueOnceAnyoneFilledItOrWhenTheOfficeSaysSo() {
        ProgressForm filled = form("a.xlsx", "อบต.ทับคล้อ", 12, List.of(entry(1, "", "ทำแล้ว", "ดำเนินการแล้ว", "x")));
        ProgressForm blank = form("b.xlsx", "อบต.เขาทราย", 6, List.of(entry(1, "", "", "ยังไม่ได้ดำเนินการ", "")));
        ProgressCollector.Result auto = ProgressCollector.collect(List.of(filled, blank));
        AgencyProgress khaoSai = auto.agencies().stream().filter(a -> a.agencyName().endsWith("เขาทราย"))
                .findFirst().orElseThrow();
        assertEquals(List.of(12), khaoSai.missing(), "only the 12-month round came back from anyone");
        Finding missing = auto.findings().get(0);
        assertEquals("warning: b.xlsx, sheet 'รายงานผล 6 เดือน': expected the 12-month form of"
                + " องค์การบริหารส่วนตำบลเขาทราย 2566 filled in but found none. Ask the agency for its 12-month report.",
                missing.toLine());
        AgencyProgress asked = ProgressCollector.collect(List.of(filled, blank), OptionalInt.of(6)).agencies().stream()
                .filter(a -> a.agencyName().endsWith("เขาทราย")).findFirst().orElseThrow();
        assertEquals(List.of(6), asked.missing());
    }

    @Test
    void aRoundFilledTwiceKeepsTheFirstAndSaysSo() {
        ProgressForm first = form("a.xlsx", "อบต.ทับคล้อ", 6, List.of(entry(1, "", "ทำแล้ว", "ดำเนินการแล้ว", "x")));
        ProgressForm second = form("b.xlsx", "อบต.ทับคล้อ", 6, List.of(entry(1, "", "เริ่ม", "อยู่ระหว่างดำเนินการ", "")));
        ProgressCollector.Result r = ProgressCollector.collect(List.of(first, second));
        assertEquals(1, r.agencies().get(0).done());
        assertEquals(1, r.findings().size());
        assertTrue(r.findings().get(0).toLine().startsWith("warning: b.xlsx, sheet 'รายงานผล 6 เดือน': expected one"
                + " filled 6-month form of องค์การบริหารส่วนตำบลทับคล้อ 2566 but found another in a.xlsx"),
                r.findings().get(0).toLine());
    }
}
