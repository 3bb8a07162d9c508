package ita.analysis;

import ita.model.Agency;

/** How agencies are grouped for statistics. */
public enum Grouping {
    /** By จังหวัด. */
    PROVINCE,
    /** By อำเภอ within its province (district names repeat across provinces). */
    DISTRICT,
    /** By agency type: อบจ., ทน., ทม., ทต., อบต., other. */
    AGENCY_TYPE,
    /** By type group: อบจ., เทศบาล, อบต., other. */
    TYPE_GROUP,
    /** Every agency read. */
    ALL;

    /** The key that puts an agency in its group. */
    public String key(Agency a) {
        return switch (this) {
            case PROVINCE -> a.province();
            case DISTRICT -> a.province() + "|" + a.district();
            case AGENCY_TYPE -> a.type().name();
            case TYPE_GROUP -> a.type().groupLabel();
            case ALL -> "*";
        };
    }

    /** The Thai label of an agency's group: อุดรธานี, อ.พิบูลย์รักษ์ จ.อุดรธานี, อบต., ทั้งหมด. */
    public String label(Agency a) {
        return switch (this) {
            case PROVINCE -> a.province().isEmpty() ? "ไม่ระบุจังหวัด" : a.province();
            case DISTRICT -> (a.district().isEmpty() ? "ไม่ระบุอำเภอ" : "อ." + a.district())
                    + (a.province().isEmpty() ? "" : " จ." + a.province());
            case AGENCY_TYPE -> a.type().abbreviation().isEmpty() ? a.type().groupLabel() : a.type().abbreviation();
            case TYPE_GROUP -> a.type().groupLabel();
            case ALL -> "ทั้งหมด";
        };
    }
}
