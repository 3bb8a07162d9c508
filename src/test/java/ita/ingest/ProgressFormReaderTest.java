package ita.ingest;

import ita.model.InputFormat;
import ita.model.RawCell;
import ita.model.RawSheet;
import ita.model.RawWorkbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.model.Agency;
import ita.model.ProgressForm;
import ita.model.AgencyNames;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Progress forms recognised by their headers, wherever their columns are, and tied to their agency. */
class ProgressFormReaderTest {

    /** The sheet as the agency workbook writes it, with a หลักฐาน column added before หมายเหตุ. */
    private static RawSheet sheet(String name, String... titles) {
        RawSheet s = new RawSheet(name);
        for (int i = 0; i < titles.length; i++) {
            s.put(i, 0, titles[i]);
        }
        String[] header = {"ที่", "ประเด็น", "มาตรการ", "ขั้นตอน/วิธีการปฏิบัติ", "ผู้รับผิดชอบ", "ระยะเวลาดำเนินการ",
            "ผลการดำเนินการ", "สถานะ", "วันที่ดำเนินการ", "หลักฐาน", "หมายเหตุ"};
        for (int c = 0; c < header.length; c++) {
            s.put(5, c, header[c]);
        }
        s.put(6, 0, "1").put(6, 1, "การป้องกันการทุจริต").put(6, 2, "จัดทำแผนป้องกันการทุจริต")
                .put(6, 6, "ประกาศแผนแล้ว").put(6, 7, "ดำเนินการแล้ว").put(6, 9, "https://tk.go.th/o36");
        s.put(new RawCell(6, 8, "45000", RawCell.Kind.NUMBER));
        s.put(7, 0, "2").put(7, 1, "ช่องทางร้องเรียน").put(7, 2, "เปิดช่องทางร้องเรียนออนไลน์")
                .put(7, 7, "ยังไม่ได้ดำเนินการ");
        return s;
    }

    private static final String[] TITLES = {
        "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๖",
        "รอบ 6 เดือน (ตุลาคม 2565 – มีนาคม 2566)", "องค์การบริหารส่วนตำบลทับคล้อ", "อำเภอทับคล้อ จังหวัดพิจิตร"};

    @Test
    void readsTheFormWithItsDatesEvidenceAndAgency() throws InputException {
        List<ProgressForm> forms = ProgressFormReader.read(new RawWorkbook("คืน.xlsx", InputFormat.XLSX,
                List.of(sheet("รายงานผล 6 เดือน", TITLES))));
        assertEquals(1, forms.size());
        ProgressForm f = forms.get(0);
        assertEquals(List.of(2566, 6, "องค์การบริหารส่วนตำบลทับคล้อ", "อำเภอทับคล้อ จังหวัดพิจิตร"),
                List.of(f.fiscalYear(), f.months(), f.agencyName(), f.place()));
        ProgressForm.Entry first = f.entries().get(0);
        assertEquals("15 มีนาคม 2566", first.date(), "a spreadsheet date becomes a Thai date");
        assertEquals("https://tk.go.th/o36", first.evidence());
        assertEquals(7, first.row());
        assertTrue(first.filled());
        assertTrue(!f.entries().get(1).filled(), "not started and nothing written is not a result");
        Agency tk = AgencyNames.agency("อบต.ทับคล้อ", null, "ทับคล้อ", "พิจิตร", "");
        Agency other = AgencyNames.agency("อบต.ทับคล้อ", null, "ตะพานหิน", "พิจิตร", "");
        ProgressForms all = new ProgressForms(forms);
        assertEquals(1, all.of(tk, 2566).size());
        assertEquals(0, all.of(tk, 2567).size(), "another fiscal year");
        assertEquals(0, all.of(other, 2566).size(), "a namesake in another district");
    }

    @Test
    void theRoundMayComeFromTheSheetName() throws InputException {
        List<ProgressForm> forms = ProgressFormReader.read(new RawWorkbook("คืน.xlsx", InputFormat.XLSX,
                List.of(sheet("รายงานผล 12 เดือน", TITLES[0], TITLES[2], TITLES[3]))));
        assertEquals(12, forms.get(0).months());
    }

    @Test
    void aFormWithoutItsYearSaysWhereAndHowToFixIt() {
        InputException e = assertThrows(InputException.class, () -> ProgressFormReader.read(new RawWorkbook(
                "คืน.xlsx", InputFormat.XLSX, List.of(sheet("รายงานผล 6 เดือน", "รอบ 6 เดือน", TITLES[2])))));
        assertEquals("error: คืน.xlsx, sheet 'รายงานผล 6 เดือน': expected the fiscal year in its title (\"ประจำปีงบประมาณ"
                + " พ.ศ. 2566\") but found none above the header row. Keep the title rows above the header as ita analyze"
                + " wrote them.", e.line());
    }
}
