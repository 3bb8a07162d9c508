package ita.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ita.model.Tool;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            I23                 | i23
            i๑๐                 | i10
            ข้อ i10             | i10
            ข้อ i๑๐ ในหน่วยงาน   | i10
            e๙ ท่านเคยใช้งาน     | e9
            E10                 | e10
            O42                 | o42
            o15                 | o15
            ข้อ ๐๑๕              | o15
            ข้อ ๐๗ แผนยุทธศาสตร์ | o7
            ๐๑ โครงสร้าง         | o1
            ข้อที่ O 4           | o4
            015                 | o15
            O๒๕ การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร | o25
            ข้อ O.26 รายงานผล     | o26
            """)
    void canonicalisesCodes(String written, String code) {
        assertEquals(code, Codes.leading(written, null).orElseThrow().code());
    }

    @Test
    void keepsTheTextAfterTheCode() {
        assertEquals("แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน",
                Codes.leading("ข้อ ๐๗ แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน", null).orElseThrow().rest());
        // the marks between the code and its text go, those inside the text stay
        assertEquals("ประกาศ (ฉบับที่ 2)", Codes.leading("o15 .:)- ประกาศ (ฉบับที่ 2)", null).orElseThrow().rest());
        assertEquals("(ก) แผน", Codes.leading("i3 (ก) แผน", null).orElseThrow().rest());
        assertEquals("", Codes.leading("i3.", null).orElseThrow().rest());
    }

    @Test
    void aBareNumberTakesItsLetterFromTheTool() {
        assertEquals("e11", Codes.leading("๑๑", Tool.EIT).orElseThrow().code());
        assertEquals("o15", Codes.leading("15", Tool.OIT).orElseThrow().code());
        assertEquals(Optional.empty(), Codes.leading("15", null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            IIT
            E-Service
            ข้อ คู่มือ
            i0
            """)
    void findsNoCodeInOtherText(String text) {
        assertEquals(Optional.empty(), Codes.leading(text, null));
    }
}
