package ita.ingest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ita.model.CellRange;
import ita.model.RawSheet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Bad content gives findings, never exceptions. */
class RobustnessTest {

    private static final List<String> WORDS = List.of("หน่วยงาน", "คะแนน", "ตัวชี้วัดที่ 1", "ข้อ", "ข้อคำถาม", "รวม",
            "อบต.นาทราย", "๘๑.๖๗", "81.52", "-5", "#DIV/0!", "i๑", "ข้อ ๐๑๕", "ผ่าน", "ระดับ", "ปีงบประมาณ", "2567",
            "รายการ", "IIT", "แบบ", "น้ำหนัก", "คะแนนถ่วงน้ำหนัก", "ตัวชี้วัด", "", "ที่", "1", "10", "หมายเหตุ: ");

    @Test
    void randomGridsNeverThrow() {
        Random random = new Random(2567);
        for (int n = 0; n < 300; n++) {
            RawSheet s = new RawSheet("S" + n);
            int rows = 1 + random.nextInt(40);
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < 8; c++) {
                    if (random.nextInt(3) > 0) {
                        s.put(Grids.cell(r, c, WORDS.get(random.nextInt(WORDS.size()))));
                    }
                }
            }
            for (int m = random.nextInt(4); m > 0; m--) {
                int r = random.nextInt(rows);
                int c = random.nextInt(8);
                s.merge(new CellRange(r, c, r + random.nextInt(3), c + random.nextInt(3)));
            }
            String file = n % 2 == 0 ? "2567/x.xlsx" : "x.xlsx";
            assertDoesNotThrow(() -> Grids.recognize(file, s), "grid " + n);
        }
    }

    @Test
    void aRowWideMergeDoesNotSlowHeaderReading() {
        RawSheet s = Grids.sheet("S", """
                รายงานผลคะแนน ปีงบประมาณ 2567
                หน่วยงาน | คะแนน
                อบต.นาทราย | 81.52""");
        s.merge(new CellRange(0, 0, 0, 16383));
        for (int r = 3; r < 3000; r++) {
            s.put(Grids.cell(r, 0, "อบต.แห่งที่ " + r));
            s.put(Grids.cell(r, 1, "80"));
        }
        assertEquals(2998, Grids.recognize("x.xlsx", s).records().size());
    }
}
