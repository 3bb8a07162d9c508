package ita.sample;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a generation wrote.
 *
 * @param out           the folder written into
 * @param files         files written
 * @param bytes         their total size
 * @param agencies      agencies in the data
 * @param provinces     provinces in the data
 * @param agencyYears   agency-years in the data (an agency not assessed in a year counts no agency-year)
 * @param filesByLayout files written per layout
 */
public record SampleReport(Path out, long files, long bytes, int agencies, int provinces, long agencyYears,
                           Map<SampleLayout, Long> filesByLayout) {

    public SampleReport {
        filesByLayout = filesByLayout == null || filesByLayout.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(filesByLayout));
    }

    /** One line for the console, e.g. "wrote 41500 files (612.3 MB): 8300 agencies in 77 provinces, …". */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "wrote %d files (%.1f MB) to %s: %d agencies in %d provinces, %d agency-years",
                files, bytes / 1_048_576.0, out, agencies, provinces, agencyYears);
    }
}
