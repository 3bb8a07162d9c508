package ita.ingest;

import ita.model.Tool;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a column of an agency list or long table holds. The lower-case names are the ones a user
 * writes in a column mapping file.
 */
public enum ColumnField {
    AGENCY_NAME, AGENCY_CODE, AGENCY_TYPE, DISTRICT, PROVINCE, FISCAL_YEAR, TOTAL, LEVEL,
    IIT, EIT, OIT,
    IND1, IND2, IND3, IND4, IND5, IND6, IND7, IND8, IND9, IND10,
    RANK, ITEM, SCORE;

    /** The name used in mapping files: agency_name, ind3, score. */
    public String csvName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ColumnField> byName(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.csvName().equals(n)).findFirst();
    }

    /** The field of indicator 1–10. */
    public static ColumnField indicator(int number) {
        if (number < 1 || number > 10) {
            throw new IllegalArgumentException("indicator number must be 1–10, got " + number);
        }
        return valueOf("IND" + number);
    }

    public static ColumnField of(Tool tool) {
        return valueOf(tool.name());
    }

    /** The indicator number of IND1–IND10, else 0. */
    public int indicatorNumber() {
        return name().startsWith("IND") ? Integer.parseInt(name().substring(3)) : 0;
    }

    /** The tool of IIT, EIT, OIT, else null. */
    public Tool tool() {
        return switch (this) {
            case IIT -> Tool.IIT;
            case EIT -> Tool.EIT;
            case OIT -> Tool.OIT;
            default -> null;
        };
    }

    /** True for the fields that carry a result: total, level, tools and indicators. */
    public boolean isResult() {
        return this == TOTAL || this == LEVEL || tool() != null || indicatorNumber() > 0;
    }

    public static List<String> csvNames() {
        return Arrays.stream(values()).map(ColumnField::csvName).toList();
    }
}
