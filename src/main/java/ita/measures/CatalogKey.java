package ita.measures;

import ita.text.ThaiText;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a catalog row addresses, written {@code kind:code[@years]}:
 * <ul>
 * <li>{@code ind:7} — indicator 1–10 (numbering is stable across years, so usually no years);</li>
 * <li>{@code q:i7@2562-2566} — an IIT (i…) or EIT (e…) question of the questionnaires of those years;</li>
 * <li>{@code sub:9.2@2567-2568} — an OIT sub-indicator as grouped in those years;</li>
 * <li>{@code item:o42@2562-2566} — one OIT item of those years;</li>
 * <li>{@code concept:measures} — the OIT item that stands for a concept of the framework in whatever year, such
 * as the measures document (O42 up to 2566, o34 in 2567, O25 in 2569), so one row serves every year;</li>
 * <li>{@code issue:3@2567-2569} — one of the cross-tool issues (ประเด็น) the years from 2567 group questions and
 * items by;</li>
 * <li>{@code unit:planning} — a responsible unit named per agency type, used in other rows as {@code {planning}}.</li>
 * </ul>
 * Rows keyed {@code ind} and {@code issue} are measures; rows keyed {@code q}, {@code item}, {@code concept} and
 * {@code sub} are the step a weak question or a failed item adds to the measure of its issue.
 * The years are the Buddhist-era fiscal years of the ITA result whose codes the row uses: one year
 * ({@code @2567}), a range ({@code @2562-2566}) or none (every year). Question and item codes mean
 * different things in different years, so their rows carry years.
 */
public record CatalogKey(Kind kind, String code, int fromYear, int toYear) {

    /** The kinds of thing a row can address, with their prefix. */
    public enum Kind {
        INDICATOR("ind"), QUESTION("q"), SUB_INDICATOR("sub"), ITEM("item"), CONCEPT("concept"), ISSUE("issue"),
        UNIT("unit");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }

        /** A row of this kind is a whole measure, rather than a step of one. */
        public boolean isMeasure() {
            return this == INDICATOR || this == ISSUE;
        }

        static Kind ofPrefix(String p) {
            for (Kind k : values()) {
                if (k.prefix.equals(p)) {
                    return k;
                }
            }
            return null;
        }
    }

    /** A range that covers every year. */
    public static final int ANY_FROM = 0;
    public static final int ANY_TO = 9999;
    private static final int MIN_YEAR = 2550;
    private static final int MAX_YEAR = 2700;

    private static final Pattern SHAPE = Pattern.compile("([a-z]+):([^@]+)(?:@(\\d{4})(?:-(\\d{4}))?)?");
    private static final Pattern QUESTION = Pattern.compile("([ie])0*(\\d{1,2})");
    private static final Pattern SUB = Pattern.compile("(9|10)\\.(\\d)");
    private static final Pattern ITEM = Pattern.compile("o0*(\\d{1,2})");
    private static final Pattern CONCEPT = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern ISSUE_NUMBER = Pattern.compile("0*(\\d{1,2})");

    public CatalogKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        if (fromYear > toYear) {
            throw new IllegalArgumentException("years " + fromYear + "-" + toYear + " are reversed");
        }
    }

    /** A key without years. */
    public static CatalogKey of(Kind kind, String code) {
        return new CatalogKey(kind, code, ANY_FROM, ANY_TO);
    }

    /**
     * Reads a key as written in the catalog; case, spaces, Thai digits and leading zeros in codes are
     * forgiven ("Q:I07 @2565" is q:i7@2565).
     *
     * @throws IllegalArgumentException with a message saying what is wrong, for the caller to place
     */
    public static CatalogKey parse(String raw) {
        String s = ThaiText.key(raw);
        Matcher m = SHAPE.matcher(s);
        Kind kind = m.matches() ? Kind.ofPrefix(m.group(1)) : null;
        if (kind == null) {
            throw new IllegalArgumentException("expected a key such as ind:7, q:i7@2562-2566, sub:9.2@2567, "
                    + "item:o42@2562-2566, concept:measures, issue:3@2567-2569 or unit:planning but found \""
                    + raw.strip() + "\"");
        }
        String code = code(kind, m.group(2));
        if (code == null) {
            throw new IllegalArgumentException("expected " + codeHint(kind) + " after \"" + kind.prefix() + ":\" but found \""
                    + m.group(2) + "\"");
        }
        int from = ANY_FROM;
        int to = ANY_TO;
        if (m.group(3) != null) {
            from = year(m.group(3));
            to = m.group(4) == null ? from : year(m.group(4));
            if (from > to) {
                throw new IllegalArgumentException("the years " + from + "-" + to + " run backwards; write "
                        + to + "-" + from);
            }
        }
        return new CatalogKey(kind, code, from, to);
    }

    private static String code(Kind kind, String raw) {
        Matcher m;
        switch (kind) {
            case INDICATOR:
                if (raw.matches("0*\\d{1,2}")) {
                    int n = Integer.parseInt(raw);
                    return n >= 1 && n <= 10 ? Integer.toString(n) : null;
                }
                return null;
            case QUESTION:
                m = QUESTION.matcher(raw);
                return m.matches() && Integer.parseInt(m.group(2)) > 0 ? m.group(1) + Integer.parseInt(m.group(2)) : null;
            case SUB_INDICATOR:
                m = SUB.matcher(raw);
                return m.matches() ? m.group(1) + "." + m.group(2) : null;
            case ITEM:
                m = ITEM.matcher(raw);
                return m.matches() && Integer.parseInt(m.group(1)) > 0 ? "o" + Integer.parseInt(m.group(1)) : null;
            case CONCEPT:
            case UNIT:
                return CONCEPT.matcher(raw).matches() ? raw : null;
            case ISSUE:
                m = ISSUE_NUMBER.matcher(raw);
                return m.matches() && Integer.parseInt(m.group(1)) > 0 ? Integer.toString(Integer.parseInt(m.group(1)))
                        : null;
            default:
                return null;
        }
    }

    private static String codeHint(Kind kind) {
        return switch (kind) {
            case INDICATOR -> "an indicator number 1–10";
            case QUESTION -> "a question code such as i7 or e10";
            case SUB_INDICATOR -> "a sub-indicator such as 9.2 or 10.1";
            case ITEM -> "an OIT item code such as o42";
            case CONCEPT -> "a concept of the framework such as measures or measures-report";
            case ISSUE -> "a cross-tool issue number such as 3";
            case UNIT -> "a unit name in English such as planning or finance";
        };
    }

    private static int year(String s) {
        int y = Integer.parseInt(s);
        if (y < MIN_YEAR || y > MAX_YEAR) {
            throw new IllegalArgumentException("expected a Buddhist-era fiscal year such as 2567 after \"@\" but found "
                    + s);
        }
        return y;
    }

    public boolean covers(int fiscalYear) {
        return fiscalYear >= fromYear && fiscalYear <= toYear;
    }

    public boolean hasYears() {
        return fromYear != ANY_FROM || toYear != ANY_TO;
    }

    /** Same kind and code, whatever the years. */
    public boolean sameTarget(CatalogKey other) {
        return kind == other.kind && code.equals(other.code);
    }

    /** True when the two keys share a year. */
    public boolean overlaps(CatalogKey other) {
        return fromYear <= other.toYear && other.fromYear <= toYear;
    }

    /** True when every year of {@code other} is a year of this key. */
    public boolean contains(CatalogKey other) {
        return fromYear <= other.fromYear && other.toYear <= toYear;
    }

    /** The key without years, e.g. "q:i7". */
    public String target() {
        return kind.prefix() + ":" + code;
    }

    /** The canonical form, e.g. "q:i7@2562-2566". */
    @Override
    public String toString() {
        if (!hasYears()) {
            return target();
        }
        return target() + "@" + (fromYear == toYear ? Integer.toString(fromYear) : fromYear + "-" + toYear);
    }
}
