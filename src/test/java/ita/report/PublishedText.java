package ita.report;

import ita.framework.FrameworkCatalog;
import ita.framework.QuestionDef;
import ita.framework.YearFramework;
import ita.measures.Subjects;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an agency publishes must not say, checked over its text: each method returns the problems it finds, one line
 * each naming where. The checks are the defects an officer found reading the outputs as published: notes for staff
 * in the analysis, "1 จาก 1", a gain of 0.00, a quote cut inside a word, codes in another year's form, a paragraph or
 * a list of indicators said twice; and in the measures plan: too many measures, a measure for what passed, two
 * measures with the same step or about the same subject, monitoring that names other rounds than the steps' months
 * give, a month grid that marks what no step does, and units named for another type of agency.
 *
 * @see PublishedTextTest for each defect caught
 */
public final class PublishedText {

    /** A piece of published text and where it is, e.g. "มาตรการ!F7" or "…-มาตรการ2566.docx, paragraph 41". */
    public record Place(String where, String text) {
    }

    /** Words of the staff's notes: the score check, ranks from the input, statistics, the planner's own vocabulary. */
    static final List<String> STAFF_WORDS = List.of("ไม่ตรงกับที่คำนวณ", "ตรงกับที่คำนวณ", "ผลการตรวจสอบคะแนน",
            "ข้อสังเกตจากการตรวจสอบ", "ข้อมูลที่นำเข้า", "อันดับที่", "อันดับ ", "QUARTILE", "ควอร์ไทล์", "มัธยฐาน",
            "ส่วนเบี่ยงเบน", "ชุดที่น้อยที่สุด", "ของชุด", "เครื่องมือที่ไม่มีคะแนนที่รายงาน", "general:", "catalog");

    private static final Pattern ONE_OF_ONE = Pattern.compile("(?<![0-9๐-๙.])1 จาก 1(?![0-9๐-๙.])");
    private static final Pattern ZERO_GAIN = Pattern.compile(
            "(เพิ่ม|ขาดอีก|ประมาณ|\\(\\+)[^0-9\\n]{0,25}0\\.00(?![0-9])");
    private static final Pattern CODE = Pattern.compile("(?<![A-Za-z0-9/.])([IiEeOo])([0-9]{1,2})(?![0-9A-Za-z])");
    private static final Pattern OTHER_YEAR = Pattern.compile("ปี ([0-9]{4}) (?:ข้อเดียวกัน \\(ข้อ |คือข้อ )$");
    private static final Pattern OF_YEAR = Pattern.compile("^ ของการประเมินปีงบประมาณ พ.ศ. ([0-9]{4})");
    private static final Pattern QUOTED_CUT = Pattern.compile("\"([^\"]{4,}?)…\"");
    private static final Pattern INDICATOR = Pattern.compile("ตัวชี้วัดที่ ([0-9]{1,2})(?![0-9.])");
    private static final String MARKS = "ะาำิีึืุูั่้๊๋็์ๅ";
    private static final String LEADING = "เแโใไ";

    private PublishedText() {
    }

    // ---- any published text

    public static List<String> staffNotes(List<Place> places) {
        List<String> out = new ArrayList<>();
        for (Place p : places) {
            for (String w : STAFF_WORDS) {
                if (p.text().contains(w)) {
                    out.add(p.where() + ": a staff note (\"" + w + "\") in published text: " + shorten(p.text()));
                }
            }
        }
        return out;
    }

    public static List<String> oneOfOne(List<Place> places) {
        return matching(places, ONE_OF_ONE, "a rank or count \"1 จาก 1\"");
    }

    public static List<String> zeroGains(List<Place> places) {
        return matching(places, ZERO_GAIN, "a gain of 0.00");
    }

    /** Codes written as another year writes them: "o42" in a 2565 text, "O34" in a 2567 one. */
    public static List<String> codesOfTheYear(List<Place> places, int resultYear, FrameworkCatalog frameworks) {
        List<String> out = new ArrayList<>();
        for (Place p : places) {
            Matcher m = CODE.matcher(p.text());
            while (m.find()) {
                int year = resultYear;
                String before = p.text().substring(Math.max(0, m.start() - 30), m.start());
                Matcher other = OTHER_YEAR.matcher(before);
                Matcher of = OF_YEAR.matcher(p.text().substring(m.end()));
                if (other.find()) {
                    year = Integer.parseInt(other.group(1));
                } else if (of.find()) {
                    year = Integer.parseInt(of.group(1));
                }
                String canonical = m.group(1).toLowerCase(Locale.ROOT) + Integer.parseInt(m.group(2));
                YearFramework f = frameworks.forYear(year).framework();
                if (f.question(canonical).isEmpty() && f.oitItem(canonical).isEmpty()) {
                    continue;
                }
                String shown = f.displayCode(canonical);
                if (!shown.equals(m.group())) {
                    out.add(p.where() + ": " + m.group() + " where " + year + " writes " + shown + ": "
                            + shorten(p.text()));
                }
            }
        }
        return out;
    }

    /**
     * A quote shortened with "…" must stop between two words: not before a vowel or tone mark of the last letter,
     * not after a leading vowel, and, when the quote is of a question of the year, at a boundary of its text.
     */
    public static List<String> cutWords(List<Place> places, YearFramework f) {
        List<String> out = new ArrayList<>();
        for (Place p : places) {
            Matcher m = QUOTED_CUT.matcher(p.text());
            while (m.find()) {
                String kept = m.group(1);
                char last = kept.charAt(kept.length() - 1);
                boolean bad = LEADING.indexOf(last) >= 0;
                for (QuestionDef q : f.questions()) {
                    String full = ita.text.ThaiText.normalize(q.text());
                    if (full.startsWith(kept) && full.length() > kept.length()) {
                        char next = full.charAt(kept.length());
                        bad |= MARKS.indexOf(next) >= 0 || !isBoundary(full, kept.length());
                    }
                }
                if (bad) {
                    out.add(p.where() + ": a quote cut inside a word: \"" + kept + "…\"");
                }
            }
        }
        return out;
    }

    private static boolean isBoundary(String text, int at) {
        if (text.charAt(at) == ' ' || text.charAt(at - 1) == ' ') {
            return true;
        }
        BreakIterator words = BreakIterator.getWordInstance(Locale.forLanguageTag("th"));
        words.setText(text);
        return words.isBoundary(at);
    }

    /** The same paragraph twice in one document or sheet. */
    public static List<String> repeatedParagraphs(List<Place> places) {
        List<String> out = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Place p : places) {
            String t = p.text().strip();
            if (t.length() < 60) {
                continue;
            }
            String before = seen.putIfAbsent(t, p.where());
            if (before != null) {
                out.add(p.where() + ": the paragraph of " + before + " again: " + shorten(t));
            }
        }
        return out;
    }

    /** The same list of three or more indicators written in two places of one document or sheet. */
    public static List<String> repeatedIndicatorLists(List<Place> places) {
        List<String> out = new ArrayList<>();
        Map<Set<Integer>, String> seen = new HashMap<>();
        for (Place p : places) {
            Set<Integer> numbers = new TreeSet<>();
            Matcher m = INDICATOR.matcher(p.text());
            while (m.find()) {
                numbers.add(Integer.parseInt(m.group(1)));
            }
            if (numbers.size() < 3) {
                continue;
            }
            String before = seen.putIfAbsent(numbers, p.where());
            if (before != null) {
                out.add(p.where() + ": the indicators " + numbers + " listed again after " + before);
            }
        }
        return out;
    }

    private static final Pattern FROM_ZERO = Pattern.compile("จาก 0 ข้อ");
    private static final Pattern ALL_FAILED = Pattern.compile("ข้อ OIT ที่ไม่ผ่าน ([0-9]+)(?: ข้อ)? จาก ([0-9]+) ข้อ");
    private static final Pattern SUB_FAILED = Pattern.compile("ตัวชี้วัดย่อย ([0-9]+\\.[0-9]) [^0-9]*?ไม่ผ่าน ([0-9]+) จาก ([0-9]+) ข้อ");

    /**
     * Counts of items must be out of what the year has: "ไม่ผ่าน 13 จาก 13" when the year has 43 items counts only
     * the items the input gave, and contradicts "ไม่ผ่าน 1 จาก 9" of a sub-indicator; "จาก 0 ข้อ" counts nothing.
     */
    public static List<String> counts(List<Place> places, YearFramework f) {
        List<String> out = new ArrayList<>();
        for (Place p : places) {
            if (FROM_ZERO.matcher(p.text()).find()) {
                out.add(p.where() + ": a count out of 0: " + shorten(p.text()));
            }
            Matcher all = ALL_FAILED.matcher(p.text());
            while (all.find()) {
                if (Integer.parseInt(all.group(2)) != f.oitItems().size()) {
                    out.add(p.where() + ": out of " + all.group(2) + " items where " + f.fiscalYear() + " has "
                            + f.oitItems().size() + ": " + shorten(p.text()));
                }
            }
            Matcher sub = SUB_FAILED.matcher(p.text());
            while (sub.find()) {
                int size = f.subIndicator(sub.group(1)).map(x -> x.items().size()).orElse(-1);
                if (Integer.parseInt(sub.group(3)) != size) {
                    out.add(p.where() + ": sub-indicator " + sub.group(1) + " out of " + sub.group(3) + " items where it "
                            + "has " + size + ": " + shorten(p.text()));
                }
            }
        }
        return out;
    }

    /**
     * One class per indicator: what the strengths sheet calls each indicator (keep up, develop, urgent) against what
     * another place calls it, both as indicator number → class.
     */
    public static List<String> oneClassPerIndicator(Map<Integer, String> analysis, Map<Integer, String> elsewhere,
                                                    String where) {
        List<String> out = new ArrayList<>();
        elsewhere.forEach((n, c) -> {
            String a = analysis.get(n);
            if (a != null && !a.equals(c)) {
                out.add(where + ": indicator " + n + " is " + c + " where the analysis calls it " + a);
            }
        });
        return out;
    }

    /** The class a label names: one of urgent, develop, keep-up, whatever the words of the sheet or document. */
    public static String classOf(String label) {
        if (label.contains("เร่งด่วน")) {
            return "urgent";
        }
        if (label.contains("พัฒนา")) {
            return "develop";
        }
        if (label.contains("รักษามาตรฐาน")) {
            return "keep-up";
        }
        return "";
    }

    /**
     * Agencies with different weaknesses must not get the same measure: the first measure of each agency (its
     * statement and steps) against every other's, when what they answer differs.
     */
    public static List<String> sameMeasureForDifferentAgencies(Map<String, Measure> firstOfEach) {
        List<String> out = new ArrayList<>();
        Map<String, String> byText = new HashMap<>();
        Map<String, List<String>> refs = new HashMap<>();
        firstOfEach.forEach((agency, m) -> {
            String text = m.statement() + "\n" + String.join("\n", m.steps());
            String other = byText.putIfAbsent(text, agency);
            if (other != null && !refs.get(other).equals(m.references())) {
                out.add(agency + " and " + other + " are given the same first measure for different weaknesses");
            }
            refs.putIfAbsent(agency, m.references());
        });
        return out;
    }

    // ---- the measures plan, as the measures sheet holds it

    /**
     * One measure as the measures sheet shows it.
     *
     * @param issue      the ประเด็น cell: issue and class
     * @param references the ข้อ ITA cells, one per row
     * @param steps      the step lines, numbered, each with its months
     * @param period     the ระยะเวลา cell
     */
    public record Measure(String where, String issue, List<String> references, String statement, List<String> steps,
                          String responsible, String period, String monitoring) {
    }

    private static final Pattern SCORE = Pattern.compile("\\(([0-9]+(?:\\.[0-9]+)?) คะแนน\\)$");
    private static final Pattern STEP = Pattern.compile("^[0-9]+\\. (.*) \\(([^()]*)\\)$");
    private static final Pattern CODED = Pattern.compile("^ข้อ [^:]{1,40}: ");

    public static List<String> measuresPlan(List<Measure> ms, int max, String agencyName) {
        List<String> out = new ArrayList<>();
        if (ms.size() > max) {
            out.add(agencyName + ": " + ms.size() + " measures, more than " + max);
        }
        boolean keepingOnly = ms.size() == 1 && ms.get(0).issue().contains("ควรรักษามาตรฐาน");
        Map<String, String> steps = new HashMap<>();
        Map<String, String> subjects = new LinkedHashMap<>();
        for (Measure m : ms) {
            for (String ref : m.references()) {
                Matcher s = SCORE.matcher(ref.strip());
                if (!s.find()) {
                    continue;
                }
                double score = Double.parseDouble(s.group(1));
                boolean item = ref.startsWith("ข้อ O") || ref.startsWith("ข้อ o");
                boolean passed = item ? score >= 100 : score >= 85;
                if (passed && !keepingOnly) {
                    out.add(m.where() + ": a measure for what passed: " + ref);
                }
            }
            for (String line : m.steps()) {
                Matcher s = STEP.matcher(line);
                String text = s.matches() ? s.group(1) : line;
                String other = steps.putIfAbsent(text, m.where());
                if (other != null && !other.equals(m.where())) {
                    out.add(m.where() + ": the step of " + other + " again: " + text);
                }
                if (!CODED.matcher(text).find()) {
                    for (String subject : Subjects.of(text)) {
                        String first = subjects.putIfAbsent(subject, m.where());
                        if (first != null && !first.equals(m.where())) {
                            out.add(m.where() + ": " + subject + " again after " + first + ": " + text);
                        }
                    }
                }
            }
            String round = round(m.period());
            if (round != null && !m.monitoring().endsWith(round)) {
                out.add(m.where() + ": steps until " + m.period().replace("\n", " ") + " are reported " + round
                        + " but the monitoring says: " + m.monitoring());
            }
        }
        return out;
    }

    /** The round a period is reported in: ending by มี.ค. at 6 months, starting after it at 12, else both. */
    static String round(String period) {
        List<String> first = List.of("ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.");
        String[] ends = period.replace("\n", " ").split("–");
        String start = ends[0].strip();
        String end = ends[ends.length - 1].strip();
        boolean startsEarly = first.stream().anyMatch(start::startsWith);
        boolean endsEarly = first.stream().anyMatch(end::startsWith);
        return endsEarly ? "รอบ 6 เดือน" : startsEarly ? "รอบ 6 และ 12 เดือน" : "รอบ 12 เดือน";
    }

    /** Names of units of another type of agency than the one the plan is for. */
    public static List<String> unitsOfTheType(List<Measure> ms, ita.model.AgencyType type) {
        List<String> foreign = switch (type) {
            case SAO -> List.of("เทศบาล", "องค์การบริหารส่วนจังหวัด", "กองยุทธศาสตร์", "ฝ่ายนโยบายและแผน");
            case SUBDISTRICT_MUNICIPALITY, TOWN_MUNICIPALITY, CITY_MUNICIPALITY -> List.of("องค์การบริหารส่วนตำบล",
                    "องค์การบริหารส่วนจังหวัด", "สำนักปลัด (", "ฝ่ายนโยบายและแผน");
            case PAO -> List.of("องค์การบริหารส่วนตำบล", "เทศบาล", "สำนักปลัด (", "ฝ่ายนโยบายและแผน");
            case OTHER -> List.of("องค์การบริหารส่วน", "เทศบาล", "สำนักปลัด", "ปลัด", "กองคลัง", "ท้องถิ่น");
        };
        List<String> out = new ArrayList<>();
        for (Measure m : ms) {
            List<String> texts = new ArrayList<>(m.steps());
            texts.add(m.responsible());
            texts.add(m.monitoring());
            for (String t : texts) {
                for (String f : foreign) {
                    if (t.contains(f)) {
                        out.add(m.where() + ": \"" + f + "\" in the plan of a " + type + ": " + shorten(t));
                    }
                }
            }
        }
        return out;
    }

    /**
     * A schedule row: the step's months, as its text says them, against the months its grid marks (fiscal order
     * ต.ค.–ก.ย.).
     */
    public record ScheduleRow(String where, String step, List<Boolean> marked) {
    }

    public static List<String> schedule(List<ScheduleRow> rows) {
        List<String> out = new ArrayList<>();
        int marks = 0;
        for (ScheduleRow r : rows) {
            Set<Integer> months = monthsOf(r.step());
            for (int m = 0; m < 12; m++) {
                if (r.marked().get(m) != months.contains(m)) {
                    out.add(r.where() + ": the grid " + (r.marked().get(m) ? "marks" : "leaves out") + " month "
                            + ita.measures.FiscalMonths.name(m) + " of \"" + shorten(r.step()) + "\"");
                }
                marks += r.marked().get(m) ? 1 : 0;
            }
        }
        if (!rows.isEmpty() && marks * 2 > rows.size() * 12) {
            out.add(rows.get(0).where() + ": the grid marks " + marks + " of " + rows.size() * 12 + " months: it says "
                    + "nothing of when");
        }
        return out;
    }

    private static Set<Integer> monthsOf(String step) {
        Matcher s = Pattern.compile("\\(([^()]*)\\)$").matcher(step.strip());
        Set<Integer> out = new LinkedHashSet<>();
        if (!s.find()) {
            return out;
        }
        List<Integer> found = new ArrayList<>();
        for (String part : s.group(1).split("–")) {
            String name = part.strip().split(" ")[0];
            ita.measures.FiscalMonths.parse(name).ifPresent(found::add);
        }
        if (found.isEmpty()) {
            return out;
        }
        for (int m = found.get(0); m <= found.get(found.size() - 1); m++) {
            out.add(m);
        }
        return out;
    }

    // ---- helpers

    private static List<String> matching(List<Place> places, Pattern p, String what) {
        List<String> out = new ArrayList<>();
        for (Place place : places) {
            if (p.matcher(place.text()).find()) {
                out.add(place.where() + ": " + what + ": " + shorten(place.text()));
            }
        }
        return out;
    }

    private static String shorten(String t) {
        String one = t.replace('\n', ' ');
        return one.length() <= 160 ? one : one.substring(0, 160) + "…";
    }
}
