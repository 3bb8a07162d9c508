package ita.framework;

/** Which kind of assessment a fiscal year used. */
public enum Generation {
    /** Up to 2561: the old ITA; only the total is comparable with later years. */
    TOTAL_ONLY,
    /** 2562 on: ten indicators in three tools (IIT, EIT, OIT). */
    TEN_INDICATORS
}
