package ita.report;

import ita.framework.FrameworkCatalog;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Choices shared by the province summary, the annotated copies and the filled templates.
 *
 * @param catalog    the framework definitions, for indicator and sub-indicator names
 * @param thaiDigits write digits in generated Thai text (titles, comments, years in headings) as ๐–๙; numeric
 *                   cells stay numbers
 * @param writtenOn  the date printed as "ข้อมูล ณ วันที่ …" in titles
 */
public record WriteOptions(FrameworkCatalog catalog, boolean thaiDigits, LocalDate writtenOn) {

    public WriteOptions {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(writtenOn, "writtenOn");
    }

    /** The standard catalog, Arabic digits, today. */
    public static WriteOptions defaults() {
        return new WriteOptions(FrameworkCatalog.standard(), false, ita.text.ThaiDates.today());
    }

    public WriteOptions withThaiDigits(boolean thai) {
        return new WriteOptions(catalog, thai, writtenOn);
    }

    public WriteOptions withWrittenOn(LocalDate date) {
        return new WriteOptions(catalog, thaiDigits, date);
    }
}
