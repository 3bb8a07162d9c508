package ita.ingest;

import ita.model.SourceRef;

/** Counts what one file read has used so far against its {@link ReadLimits}. Not shared between files. */
final class ReadBudget {

    private final ReadLimits limits;
    private final String file;
    private long cells;
    private long inflated;

    ReadBudget(ReadLimits limits, String file) {
        this.limits = limits;
        this.file = file;
    }

    ReadLimits limits() {
        return limits;
    }

    String file() {
        return file;
    }

    /** Counts one more non-empty cell in the file. */
    void addCell() throws InputException {
        if (++cells > limits.maxCells()) {
            throw ReadFailures.tooManyCells(file, limits.maxCells());
        }
    }

    /** Checks the number of rows with values seen so far in one sheet. */
    void checkRows(String sheet, int rows) throws InputException {
        if (rows > limits.maxRows()) {
            throw ReadFailures.tooManyRows(SourceRef.file(file).inSheet(sheet), limits.maxRows());
        }
    }

    /** Counts inflated bytes; false when the whole file has expanded past its limit. */
    boolean addInflated(long bytes) {
        inflated += bytes;
        return inflated <= limits.maxUncompressedBytes();
    }

    long inflated() {
        return inflated;
    }
}
