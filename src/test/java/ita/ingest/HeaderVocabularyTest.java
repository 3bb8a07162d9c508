package ita.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ita.framework.FrameworkCatalog;
import ita.model.Tool;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderVocabularyTest {

    private final HeaderVocabulary vocab = HeaderVocabulary.of(FrameworkCatalog.standard());

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            หน่วยงาน                  | AGENCY_NAME
            ชื่อหน่วยงาน               | AGENCY_NAME
            Agency Name               | AGENCY_NAME
            รหัสหน่วยงาน               | AGENCY_CODE
            ประเภทหน่วยงาน            | AGENCY_TYPE
            อำเภอ                     | DISTRICT
            จังหวัด                    | PROVINCE
            ปีงบประมาณ                | FISCAL_YEAR
            Fiscal Year               | FISCAL_YEAR
            คะแนนเฉลี่ย                | TOTAL
            คะแนน ภาพรวม              | TOTAL
            คะแนนรวม (100 คะแนน)      | TOTAL
            คะแนน ITA                 | TOTAL
            score                     | TOTAL
            ระดับผลการประเมิน          | LEVEL
            ผลการประเมิน              | LEVEL
            #                         | RANK
            ลำดับที่                   | RANK
            ที่                        | RANK
            รายการ                    | ITEM
            IIT                       | IIT
            คะแนน EIT                 | EIT
            OIT (40%)                 | OIT
            แบบวัดการเปิดเผยข้อมูลสาธารณะ | OIT
            ตัวชี้วัดที่ 1              | IND1
            ตัวชี้วัดที่ ๑๐             | IND10
            3                         | IND3
            ind7                      | IND7
            1. การปฏิบัติหน้าที่         | IND1
            ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน | IND8
            การใช้ทรัพย์สินของทางราชการ | IND4
            การปรับปรุงการทำงาน         | IND8
            ประสิทธิภาพการสื่อสาร        | IND7
            """)
    void namesTheFieldOfAHeader(String header, ColumnField field) {
        assertEquals(Optional.of(field), vocab.field(header));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            i1
            I1
            e3
            9.1
            11
            100
            หมายเหตุ
            """)
    void leavesQuestionCodesSubIndicatorsAndOtherTextAlone(String header) {
        assertEquals(Optional.empty(), vocab.field(header));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่  | 1
            ๑                              | 1
            การใช้อำนาจ                     | 3
            """)
    void findsTheIndicatorOfARowLabel(String text, int number) {
        assertEquals(OptionalInt.of(number), vocab.indicatorNumber(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ตัวชี้วัดที่ 2 การปฏิบัติหน้าที่
            ตัวชี้วัดที่ 0
            """)
    void refusesANumberThatContradictsTheName(String text) {
        assertEquals(OptionalInt.empty(), vocab.indicatorNumber(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            IIT | IIT
            แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก | EIT
            oit score | OIT
            """)
    void namesTheTool(String text, Tool tool) {
        assertEquals(Optional.of(tool), vocab.tool(text));
    }
}
