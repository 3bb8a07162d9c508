package ita.ingest;

import ita.framework.FrameworkCatalog;
import ita.framework.IndicatorDef;
import ita.model.Tool;
import ita.text.ThaiText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built-in Thai and English names of columns, and of indicators and tools wherever they are
 * written. Text is compared by {@link ThaiText#key} with anything in brackets, a trailing colon or
 * asterisk removed, so "คะแนนรวม (100 คะแนน)", "คะแนน รวม" and "คะแนนรวม:" are one header.
 * Question codes such as "i1" are never taken for indicator 1.
 */
public final class HeaderVocabulary {

    private static final Map<String, ColumnField> SYNONYMS = new HashMap<>();
    private static final List<String> INDICATOR_PREFIXES =
            List.of("ตัวชี้วัดที่", "ตัวชี้วัด", "indicator", "ind.", "ind", "ตชว.", "ตชว");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d{1,2})(?!\\d)(.*)$");
    private static final Pattern BRACKETS = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");

    static {
        add(ColumnField.AGENCY_NAME, "หน่วยงาน", "ชื่อหน่วยงาน", "หน่วยงานภาครัฐ", "ชื่อหน่วยงานภาครัฐ", "ชื่อ",
                "อปท.", "ชื่ออปท.", "องค์กรปกครองส่วนท้องถิ่น", "ชื่อองค์กรปกครองส่วนท้องถิ่น", "agency",
                "agency name", "name", "organization", "organisation");
        add(ColumnField.AGENCY_CODE, "รหัส", "รหัสหน่วยงาน", "รหัสอปท.", "code", "agency code", "id");
        add(ColumnField.AGENCY_TYPE, "ประเภท", "ประเภทหน่วยงาน", "ประเภทอปท.", "type", "agency type");
        add(ColumnField.DISTRICT, "อำเภอ", "อ.", "อำเภอ/เขต", "เขต/อำเภอ", "district", "amphoe");
        add(ColumnField.PROVINCE, "จังหวัด", "จ.", "province", "changwat");
        add(ColumnField.FISCAL_YEAR, "ปี", "ปีงบประมาณ", "ปีงบประมาณ พ.ศ.", "ปี พ.ศ.", "พ.ศ.", "ปีที่ประเมิน",
                "fiscal year", "year", "fy");
        add(ColumnField.TOTAL, "คะแนน", "คะแนนรวม", "คะแนนเฉลี่ย", "คะแนนภาพรวม", "คะแนน ITA", "คะแนนรวม ITA",
                "ITA", "คะแนนที่ได้", "ผลคะแนน", "คะแนนการประเมิน", "คะแนนผลการประเมิน", "total", "total score",
                "score", "ITA score", "overall");
        add(ColumnField.LEVEL, "ระดับ", "ระดับผลการประเมิน", "ผลการประเมิน", "ระดับคะแนน", "ระดับผล", "level",
                "grade", "rating");
        add(ColumnField.RANK, "#", "ลำดับ", "ลำดับที่", "ที่", "อันดับ", "no", "no.", "rank");
        add(ColumnField.ITEM, "รายการ", "รายการประเมิน", "item");
        add(ColumnField.SCORE, "ค่า", "ค่าคะแนน", "value");
    }

    private static void add(ColumnField f, String... names) {
        for (String n : names) {
            SYNONYMS.put(ThaiText.key(n), f);
        }
    }

    private final List<NameKey> indicatorNames;

    private record NameKey(int number, String key) {
    }

    private HeaderVocabulary(List<IndicatorDef> indicators) {
        List<NameKey> names = new ArrayList<>();
        for (IndicatorDef d : indicators) {
            names.add(new NameKey(d.number(), ThaiText.key(d.name())));
            d.variants().forEach(v -> names.add(new NameKey(d.number(), ThaiText.key(v))));
        }
        names.sort((a, b) -> b.key().length() - a.key().length());
        this.indicatorNames = List.copyOf(names);
    }

    /** The vocabulary with the indicator names and variants of every year the catalog defines. */
    public static HeaderVocabulary of(FrameworkCatalog catalog) {
        // one vocabulary per catalog: it is immutable and its memos pay off across thousands of files
        return SHARED.computeIfAbsent(catalog, HeaderVocabulary::build);
    }

    private static final java.util.Map<FrameworkCatalog, HeaderVocabulary> SHARED =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());
    /** Header texts repeat across files; their readings are kept, up to this many. */
    private static final int MEMO_LIMIT = 100_000;
    private final java.util.concurrent.ConcurrentHashMap<String, Optional<ColumnField>> fieldMemo =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.ConcurrentHashMap<String, Optional<Tool>> toolMemo =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final List<List<String>> TOOL_KEYS = java.util.Arrays.stream(Tool.values())
            .map(t -> List.of(ThaiText.key(t.thaiName()), ThaiText.key(t.englishName()),
                    ThaiText.key(t.thaiName()).replaceFirst("^แบบวัด", "")))
            .toList();

    private static <V> V memo(java.util.concurrent.ConcurrentHashMap<String, V> memo, String key,
                              java.util.function.Function<String, V> compute) {
        V v = memo.get(key);
        if (v == null) {
            v = compute.apply(key);
            if (memo.size() < MEMO_LIMIT) {
                memo.put(key, v);
            }
        }
        return v;
    }

    private static HeaderVocabulary build(FrameworkCatalog catalog) {
        List<IndicatorDef> all = new ArrayList<>();
        for (int y : catalog.definedYears()) {
            all.addAll(catalog.framework(y).indicators());
        }
        return new HeaderVocabulary(all);
    }

    /** The field a list or long-table header names, if any. */
    public Optional<ColumnField> field(String header) {
        return header == null ? Optional.empty() : memo(fieldMemo, header, this::readField);
    }

    private Optional<ColumnField> readField(String header) {
        String k = cleanKey(header);
        if (k.isEmpty()) {
            return Optional.empty();
        }
        ColumnField exact = SYNONYMS.get(k);
        if (exact != null) {
            return Optional.of(exact);
        }
        Optional<Tool> tool = tool(header);
        if (tool.isPresent()) {
            return Optional.of(ColumnField.of(tool.get()));
        }
        OptionalInt n = indicatorNumber(header);
        return n.isPresent() ? Optional.of(ColumnField.indicator(n.getAsInt())) : Optional.empty();
    }

    /**
     * The indicator a text names: "ตัวชี้วัดที่ ๓", "3", "ind3", "3. การใช้อำนาจ", "ตัวชี้วัดที่ 3 การใช้อำนาจ"
     * or the Thai name alone. Not "i3" (a question), not "9.1" (a sub-indicator).
     */
    public OptionalInt indicatorNumber(String text) {
        String k = cleanKey(text);
        if (k.startsWith("คะแนน") && k.length() > "คะแนน".length()) {
            k = k.substring("คะแนน".length());
        }
        for (String p : INDICATOR_PREFIXES) {
            if (k.startsWith(p)) {
                k = k.substring(p.length());
                break;
            }
        }
        Matcher m = LEADING_NUMBER.matcher(k);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(1));
            String rest = m.group(2);
            if (n < 1 || n > 10 || rest.length() > 1 && rest.charAt(0) == '.' && Character.isDigit(rest.charAt(1))) {
                return OptionalInt.empty();
            }
            int skip = 0;
            while (skip < rest.length() && ".):-".indexOf(rest.charAt(skip)) >= 0) {
                skip++;
            }
            rest = rest.substring(skip);
            if (rest.isEmpty()) {
                return OptionalInt.of(n);
            }
            OptionalInt named = indicatorByName(rest);
            return named.isEmpty() || named.getAsInt() == n ? OptionalInt.of(n) : OptionalInt.empty();
        }
        return indicatorByName(k);
    }

    private OptionalInt indicatorByName(String k) {
        if (k.isEmpty()) {
            return OptionalInt.empty();
        }
        for (NameKey n : indicatorNames) {
            if (n.key().equals(k)) {
                return OptionalInt.of(n.number());
            }
        }
        for (NameKey n : indicatorNames) {
            if (k.contains(n.key())) {
                return OptionalInt.of(n.number());
            }
        }
        return OptionalInt.empty();
    }

    /** The tool a text names: "IIT", "คะแนน EIT", "OIT (40%)", "แบบวัดการเปิดเผยข้อมูลสาธารณะ". */
    public Optional<Tool> tool(String text) {
        return text == null ? Optional.empty() : memo(toolMemo, text, HeaderVocabulary::readTool);
    }

    private static Optional<Tool> readTool(String text) {
        String k = cleanKey(text);
        for (Tool t : Tool.values()) {
            if (TOOL_KEYS.get(t.ordinal()).contains(k)) {
                return Optional.of(t);
            }
        }
        String s = k;
        for (String p : List.of("คะแนน", "แบบวัด", "แบบ", "เครื่องมือ")) {
            if (s.startsWith(p)) {
                s = s.substring(p.length());
            }
        }
        for (String p : List.of("score", "คะแนน")) {
            if (s.endsWith(p)) {
                s = s.substring(0, s.length() - p.length());
            }
        }
        for (Tool t : Tool.values()) {
            if (s.equals(t.name().toLowerCase(java.util.Locale.ROOT))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The comparison key of a header: {@link ThaiText#key} without brackets, trailing colon or asterisk. */
    public static String cleanKey(String header) {
        String k = ThaiText.key(BRACKETS.matcher(ThaiText.normalize(header)).replaceAll(""));
        while (!k.isEmpty() && (k.endsWith(":") || k.endsWith("*"))) {
            k = k.substring(0, k.length() - 1);
        }
        return k;
    }
}
