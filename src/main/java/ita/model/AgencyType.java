package ita.model;

/** Kinds of agency, with the abbreviation and full prefix used in Thai names. */
public enum AgencyType {
    PAO("อบจ.", "องค์การบริหารส่วนจังหวัด"),
    CITY_MUNICIPALITY("ทน.", "เทศบาลนคร"),
    TOWN_MUNICIPALITY("ทม.", "เทศบาลเมือง"),
    SUBDISTRICT_MUNICIPALITY("ทต.", "เทศบาลตำบล"),
    SAO("อบต.", "องค์การบริหารส่วนตำบล"),
    OTHER("", "");

    private final String abbreviation;
    private final String prefix;

    AgencyType(String abbreviation, String prefix) {
        this.abbreviation = abbreviation;
        this.prefix = prefix;
    }

    public String abbreviation() {
        return abbreviation;
    }

    /** The full Thai prefix, e.g. องค์การบริหารส่วนตำบล; empty for OTHER. */
    public String prefix() {
        return prefix;
    }

    /** Thai label for statistics by type (อบจ., เทศบาล, อบต., อื่น ๆ). */
    public String groupLabel() {
        return switch (this) {
            case PAO -> "อบจ.";
            case CITY_MUNICIPALITY, TOWN_MUNICIPALITY, SUBDISTRICT_MUNICIPALITY -> "เทศบาล";
            case SAO -> "อบต.";
            case OTHER -> "หน่วยงานอื่น";
        };
    }
}
