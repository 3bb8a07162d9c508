package ita.measures;

import ita.model.AgencyType;
import ita.model.QuestionScore;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the planner needs to know about one agency's ITA result of fiscal year {@code resultYear}.
 *
 * @param agencyName      the display name, e.g. องค์การบริหารส่วนตำบลทับคล้อ
 * @param agencyType      its type, which names its responsible units (OTHER for agencies that are not local
 *                        administrations)
 * @param district        อำเภอ, with or without its prefix, or empty
 * @param province        จังหวัด, with or without its prefix, or empty
 * @param resultYear      the Buddhist-era fiscal year of the result; the plan is for the year after
 * @param threshold       the score an indicator or question must reach (the strength threshold, default 85)
 * @param weakIndicators  indicators to act on, worst first: those below the threshold, or, when nothing is below
 *                        it, the one whose standard the agency keeps
 * @param failedItems     OIT items that did not pass
 * @param lowQuestions    IIT/EIT questions below the threshold
 * @param analyses        the caller's own analysis sentence for a row, keyed like {@code AgencyYear.cells()}:
 *                        "ind7", "q:e6", "o:o15"; used instead of the generated sentence
 */
public record PlanRequest(String agencyName, AgencyType agencyType, String district, String province,
                          int resultYear, BigDecimal threshold, List<WeakIndicator> weakIndicators,
                          List<FailedItem> failedItems, List<QuestionScore> lowQuestions,
                          Map<String, String> analyses) {

    /** The pass line of the ITA, and the default threshold. */
    public static final BigDecimal PASS_MARK = BigDecimal.valueOf(85);

    public PlanRequest {
        Objects.requireNonNull(agencyName, "agencyName");
        agencyType = agencyType == null ? AgencyType.OTHER : agencyType;
        threshold = threshold == null ? PASS_MARK : threshold;
        district = district == null ? "" : district;
        province = province == null ? "" : province;
        if (resultYear < 2550 || resultYear > 2700) {
            throw new IllegalArgumentException("resultYear must be a Buddhist-era year, got " + resultYear);
        }
        weakIndicators = List.copyOf(weakIndicators == null ? List.of() : weakIndicators);
        failedItems = List.copyOf(failedItems == null ? List.of() : failedItems);
        lowQuestions = List.copyOf(lowQuestions == null ? List.of() : lowQuestions);
        analyses = Map.copyOf(analyses == null ? Map.of() : analyses);
    }

    /** A request without analysis sentences of the caller, at the default threshold; the type from the name. */
    public PlanRequest(String agencyName, String district, String province, int resultYear,
                       List<WeakIndicator> weakIndicators, List<FailedItem> failedItems,
                       List<QuestionScore> lowQuestions) {
        this(agencyName, ita.model.AgencyNames.parse(agencyName).type(), district, province, resultYear, PASS_MARK,
                weakIndicators, failedItems, lowQuestions, Map.of());
    }

    /** The same request with the caller's own analysis sentences. */
    public PlanRequest withAnalyses(Map<String, String> own) {
        return new PlanRequest(agencyName, agencyType, district, province, resultYear, threshold, weakIndicators,
                failedItems, lowQuestions, own);
    }

    /** The fiscal year of the measures: the year after the result. */
    public int planYear() {
        return resultYear + 1;
    }

    /**
     * An indicator to act on.
     *
     * @param name          the Thai name, or empty to use the framework's
     * @param previousScore the score of the agency's previous result, or null when unknown
     * @param previousYear  the fiscal year of that result (an agency may have skipped a year), or 0 for the year
     *                      before the result
     * @param urgency       how the analysis classed it; the plan writes the same class
     */
    public record WeakIndicator(int number, String name, BigDecimal score, BigDecimal previousScore,
                                int previousYear, Urgency urgency) {
        /** Below this an indicator is urgent when the caller does not say how it classed it. */
        static final BigDecimal URGENT_BELOW = BigDecimal.valueOf(70);

        public WeakIndicator {
            if (number < 1 || number > 10) {
                throw new IllegalArgumentException("indicator number must be 1–10, got " + number);
            }
            Objects.requireNonNull(score, "score");
            name = name == null ? "" : name;
            if (urgency == null) {
                urgency = score.compareTo(PASS_MARK) >= 0 ? Urgency.KEEP_UP
                        : score.compareTo(URGENT_BELOW) < 0 ? Urgency.URGENT : Urgency.DEVELOP;
            }
        }

        public WeakIndicator(int number, String name, BigDecimal score, BigDecimal previousScore, int previousYear) {
            this(number, name, score, previousScore, previousYear, null);
        }

        public WeakIndicator(int number, String name, BigDecimal score, BigDecimal previousScore) {
            this(number, name, score, previousScore, 0);
        }

        public WeakIndicator(int number, String name, BigDecimal score) {
            this(number, name, score, null);
        }
    }

    /**
     * An OIT item that did not pass.
     *
     * @param code         canonical code, e.g. o11
     * @param title        the title as read, or empty to use the framework's
     * @param subIndicator e.g. "9.2", or empty to take it from the framework
     * @param comment      the assessor's comment, or empty
     * @param previous     the same concept in the agency's previous result (O25 of 2569 was o34 in 2567), or null
     */
    public record FailedItem(String code, String title, String subIndicator, BigDecimal score, String comment,
                             Previous previous) {
        public FailedItem {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(score, "score");
            title = title == null ? "" : title;
            subIndicator = subIndicator == null ? "" : subIndicator;
            comment = comment == null ? "" : comment;
        }

        public FailedItem(String code, String title, String subIndicator, BigDecimal score, String comment) {
            this(code, title, subIndicator, score, comment, null);
        }
    }

    /**
     * The item of an earlier result that stands for the same thing.
     *
     * @param code  the code as that year writes it, e.g. o34
     * @param score its score that year
     */
    public record Previous(int fiscalYear, String code, BigDecimal score) {
        public Previous {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(score, "score");
        }
    }
}
