package ita.ingest;

import ita.framework.FrameworkCatalog;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What layout recognition knows about one file besides its cells.
 *
 * @param displayName  the file as shown to the user, relative to the input folder ("2567/อบต.นาทราย.xlsx");
 *                     its file and folder names are places to look for the fiscal year
 * @param mapping      the user's column mapping, if given
 * @param yearOverride the year given with --assume-year: the last place to look, never stronger than the file
 * @param catalog      the framework definitions used to check codes and levels
 */
public record ReadContext(String displayName, Optional<ColumnMapping> mapping, OptionalInt yearOverride,
                          FrameworkCatalog catalog) {

    public ReadContext {
        Objects.requireNonNull(displayName, "displayName");
        mapping = mapping == null ? Optional.empty() : mapping;
        yearOverride = yearOverride == null ? OptionalInt.empty() : yearOverride;
        catalog = catalog == null ? FrameworkCatalog.standard() : catalog;
    }

    /** A context with no mapping, no --assume-year and the standard framework. */
    public static ReadContext of(String displayName) {
        return new ReadContext(displayName, Optional.empty(), OptionalInt.empty(), FrameworkCatalog.standard());
    }

    public ReadContext withMapping(ColumnMapping m) {
        return new ReadContext(displayName, Optional.of(m), yearOverride, catalog);
    }

    public ReadContext withYear(int fiscalYear) {
        return new ReadContext(displayName, mapping, OptionalInt.of(fiscalYear), catalog);
    }
}
