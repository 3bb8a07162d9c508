package ita.ingest;

/**
 * Bounds that keep a hostile or broken file from exhausting memory or time. A file over any bound
 * is refused with one clear line; the batch goes on with the next file.
 *
 * @param maxFileBytes         largest file accepted, as stored on disk
 * @param maxUncompressedBytes most bytes inflated from one xlsx, all entries together
 * @param maxEntryRatio        most an xlsx entry may expand (uncompressed / compressed), against zip bombs
 * @param maxEntries           most entries an xlsx archive may hold
 * @param maxRows              most rows with values in one sheet
 * @param maxCells             most non-empty cells in one file, and most shared strings; the cells that an HTML
 *                             table's merged cells cover are held to the same number
 */
public record ReadLimits(long maxFileBytes, long maxUncompressedBytes, int maxEntryRatio, int maxEntries, int maxRows,
        long maxCells) {

    public ReadLimits {
        if (maxFileBytes <= 0 || maxUncompressedBytes <= 0 || maxEntryRatio <= 0 || maxEntries <= 0 || maxRows <= 0
                || maxCells <= 0) {
            throw new IllegalArgumentException("every read limit must be positive");
        }
    }

    /** 100 MB files, 500 MB inflated, ratio 100, 10,000 entries, 200,000 rows a sheet, 2,000,000 cells a file. */
    public static ReadLimits defaults() {
        return new ReadLimits(100L << 20, 500L << 20, 100, 10_000, 200_000, 2_000_000);
    }

    public ReadLimits withMaxFileBytes(long value) {
        return new ReadLimits(value, maxUncompressedBytes, maxEntryRatio, maxEntries, maxRows, maxCells);
    }

    public ReadLimits withMaxUncompressedBytes(long value) {
        return new ReadLimits(maxFileBytes, value, maxEntryRatio, maxEntries, maxRows, maxCells);
    }

    public ReadLimits withMaxEntryRatio(int value) {
        return new ReadLimits(maxFileBytes, maxUncompressedBytes, value, maxEntries, maxRows, maxCells);
    }

    public ReadLimits withMaxEntries(int value) {
        return new ReadLimits(maxFileBytes, maxUncompressedBytes, maxEntryRatio, value, maxRows, maxCells);
    }

    public ReadLimits withMaxRows(int value) {
        return new ReadLimits(maxFileBytes, maxUncompressedBytes, maxEntryRatio, maxEntries, value, maxCells);
    }

    public ReadLimits withMaxCells(long value) {
        return new ReadLimits(maxFileBytes, maxUncompressedBytes, maxEntryRatio, maxEntries, maxRows, value);
    }
}
