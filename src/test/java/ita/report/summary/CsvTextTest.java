package ita.report.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+66812345678", "-5", "@SUM(A1:A2)", "\t=1", "\r=1", "\n=1",
        "=cmd|' /C calc'!A0", "=HYPERLINK(\"http://x\",\"คลิก\")", "  =1+1"})
    void neutralisesTextThatStartsLikeAFormula(String value) {
        assertEquals("'" + value, CsvText.text(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"อบต.นาทราย", "81.52", "a=b", "ตัวชี้วัดที่ 1 - การปฏิบัติหน้าที่", " ", "'=1"})
    void leavesOtherTextAsItIs(String value) {
        assertEquals(value, CsvText.text(value));
    }

    @Test
    void writesNothingForAMissingValue() {
        assertEquals("", CsvText.text(null));
        assertEquals("", CsvText.text(""));
        assertEquals("", CsvText.field(null));
    }

    @Test
    void quotesFieldsAsRfc4180Says() {
        assertEquals("plain", CsvText.field("plain"));
        assertEquals("\"a,b\"", CsvText.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvText.field("say \"hi\""));
        assertEquals("\"line1\nline2\"", CsvText.field("line1\nline2"));
        assertEquals("\"a\rb\"", CsvText.field("a\rb"));
    }

    @Test
    void joinsARowWithCommasAndEndsItWithCrlf() {
        List<String> fields = Arrays.asList(CsvText.text("=1+1"), "อบต.นาทราย, อ.พิบูลย์รักษ์", null, "81.52");
        assertEquals("'=1+1,\"อบต.นาทราย, อ.พิบูลย์รักษ์\",,81.52\r\n", CsvText.row(fields));
    }

    @Test
    void quotesANeutralisedValueThatHoldsALineBreak() {
        assertEquals("\"'\r=1\"", CsvText.field(CsvText.text("\r=1")));
    }
}
