package ita.ingest;

import static ita.ingest.Fixtures.dump;
import static ita.ingest.Fixtures.path;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ita.model.InputFormat;
import ita.model.RawWorkbook;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlTableReaderTest {

    @ParameterizedTest
    @ValueSource(strings = {"html-table-utf8.xls", "html-table-windows-874.xls", "html-table-undeclared-874.xls"})
    void readsEachTableAsASheetWithSpansAsMergedRanges(String fixture) throws InputException {
        RawWorkbook workbook = new HtmlTableReader().read(path(fixture), fixture, ReadLimits.defaults());
        assertEquals(InputFormat.HTML, workbook.format());
        // the rowspan of A2 pushes IIT to B3; the rowspan of A5 pushes the blank cell to B6 and 90.00 to C6
        assertEquals("""
                sheet table 1
                A1 TEXT ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗
                A2 TEXT หน่วยงาน
                B2 TEXT คะแนน
                B3 TEXT IIT
                C3 TEXT EIT
                A4 TEXT อบต.นาทราย อ.พิบูลย์รักษ์
                B4 TEXT 81.67
                C4 TEXT 83.13
                A5 TEXT อบต.บาตง
                B5 TEXT 93.48
                C5 TEXT 89.45
                C6 TEXT 90.00
                merged A1:C1
                merged A2:A3
                merged B2:C2
                merged A5:A6
                sheet table 2
                A1 TEXT ตารางที่สอง
                """, dump(workbook));
    }

    @Test
    void takesTheCharsetFromAMetaTagAndReadsTis620AsWindows874() {
        byte[] page = "<html><head><meta charset=\"TIS-620\"></head><body><table></table></body></html>"
                .getBytes(StandardCharsets.US_ASCII);
        assertEquals(TextEncoding.WINDOWS_874, HtmlTableReader.charsetOf(page));
    }

    @Test
    void distrustsADeclaredUtf8ThatIsNotValidUtf8() {
        byte[] page = ("<meta charset=utf-8><table><tr><td>คะแนน</td></tr></table>").getBytes(TextEncoding.WINDOWS_874);
        assertEquals(TextEncoding.WINDOWS_874, HtmlTableReader.charsetOf(page));
    }

    @Test
    void prefersTheByteOrderMarkOverTheMetaTag() {
        byte[] page = FormatFixtures.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "<meta charset=windows-874><table></table>".getBytes(StandardCharsets.US_ASCII));
        assertEquals(StandardCharsets.UTF_8, HtmlTableReader.charsetOf(page));
    }
}
