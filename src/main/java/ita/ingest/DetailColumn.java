package ita.ingest;

import ita.text.ThaiText;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of the tables in one agency's result: the indicator table, the weighted table and the
 * question or OIT item tables. Headers are matched as {@link HeaderVocabulary#cleanKey} does.
 */
enum DetailColumn {
    TOOL("แบบ", "แบบวัด", "เครื่องมือ", "เครื่องมือการประเมิน", "เครื่องมือประเมิน", "tool"),
    INDICATOR_NUMBER("ตัวชี้วัดที่", "ลำดับ", "ลำดับที่", "ที่", "no", "no.", "#"),
    INDICATOR_NAME("ตัวชี้วัด", "รายละเอียดตัวชี้วัด", "ชื่อตัวชี้วัด", "ตัวชี้วัดการประเมิน", "indicator"),
    SCORE("คะแนน", "คะแนน ITA", "ผลคะแนน", "คะแนนเฉลี่ย", "score"),
    /** "คะแนนที่ได้ (100 คะแนน)": the tool score in a weighted table, else the score. */
    SCORE_GAINED("คะแนนที่ได้"),
    WEIGHT("น้ำหนัก", "ร้อยละ", "weight"),
    WEIGHTED("คะแนนถ่วงน้ำหนัก", "คะแนนตามน้ำหนัก", "weighted score"),
    CODE("ข้อ", "ข้อที่", "รหัสข้อ", "รหัส", "code"),
    QUESTION_TEXT("ข้อคำถาม", "คำถาม", "ข้อความ", "ข้อคำถาม ITA", "question"),
    ITEM_TITLE("รายการ", "รายการข้อมูล", "ประเด็นการตรวจ", "หัวข้อ", "item"),
    SUB_INDICATOR("ตัวชี้วัดย่อย", "sub-indicator"),
    STATUS("ผลการตรวจ", "ผลการตรวจประเมิน", "ผลการตรวจสอบ", "result", "status"),
    COMMENT("ความเห็นผู้ตรวจประเมิน", "ความเห็นของผู้ตรวจประเมิน", "ความเห็น", "ความคิดเห็น", "ข้อเสนอแนะ",
            "ข้อเสนอแนะผู้ตรวจประเมิน", "comment");

    private static final Map<String, DetailColumn> BY_KEY = new HashMap<>();

    static {
        for (DetailColumn c : values()) {
            for (String n : c.names) {
                BY_KEY.put(ThaiText.key(n), c);
            }
        }
    }

    private final String[] names;

    DetailColumn(String... names) {
        this.names = names;
    }

    static Optional<DetailColumn> of(String header) {
        return Optional.ofNullable(BY_KEY.get(HeaderVocabulary.cleanKey(header)));
    }
}
