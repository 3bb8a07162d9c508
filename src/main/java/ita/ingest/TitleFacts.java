package ita.ingest;

import ita.text.ThaiText;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Facts written in title lines rather than cells of their own: "องค์การบริหารส่วนตำบลนาทราย",
 * "อำเภอพิบูลย์รักษ์ จังหวัดอุดรธานี", "คะแนน ITA จังหวัดอุดรธานี". A Thai word runs to the next space.
 */
final class TitleFacts {

    private static final String WORD = "([\\u0E01-\\u0E4E]+)";
    private static final Pattern PROVINCE =
            Pattern.compile("(?:จังหวัด|(?<![\\u0E01-\\u0E4E])จ\\.)\\s*" + WORD);
    private static final Pattern DISTRICT =
            Pattern.compile("(?:อำเภอ|(?<![\\u0E01-\\u0E4E])อ\\.)\\s*" + WORD);
    private static final Pattern AGENCY = Pattern.compile("(องค์การบริหารส่วนจังหวัด|องค์การบริหารส่วนตำบล|เทศบาลนคร"
            + "|เทศบาลเมือง|เทศบาลตำบล|(?<![\\u0E01-\\u0E4E])(?:อบจ|อบต|ทน|ทม|ทต)\\.)\\s*" + WORD);

    private TitleFacts() {
    }

    static String province(List<String> texts) {
        return first(texts, PROVINCE, false);
    }

    static String district(List<String> texts) {
        return first(texts, DISTRICT, false);
    }

    /** The first agency name written with its type, as prefix and name ("อบต.นาทราย"), or "". */
    static String agencyName(List<String> texts) {
        return first(texts, AGENCY, true);
    }

    private static String first(List<String> texts, Pattern p, boolean withPrefix) {
        for (String t : texts) {
            Matcher m = p.matcher(ThaiText.normalize(t));
            if (m.find()) {
                return withPrefix ? m.group(1) + m.group(2) : m.group(1);
            }
        }
        return "";
    }
}
