package ita.ingest;

import ita.model.SourceRef;

/** Counts what one file read has used so far against its {@link ReadLimits}. Not shared between files. */
final class ReadBudget {

    private final ReadLimits limits;
    private final String file;
    private long cells;
    private long inflated;
    private int ticks;
    private long spanned;

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
        tick();
        if (++cells > limits.maxCells()) {
            throw ReadFailures.tooManyCells(file, limits.maxCells());
        }
    }

    /**
     * Counts the cells that one merged cell covers beyond itself (colspan × rowspan − 1 in an HTML table); the merged
     * cells of a file may cover at most as many cells as it may hold, which keeps spans from costing more
     * than the values they spread.
     */
    void addSpanned(long covered, String sheet) throws InputException {
        spanned += covered;
        if (spanned > limits.maxCells()) {
            throw ReadFailures.tooManySpannedCells(SourceRef.file(file).inSheet(sheet), limits.maxCells());
        }
    }

    /** Checks the number of rows with values seen so far in one sheet. */
    void checkRows(String sheet, int rows) throws InputException {
        if (rows > limits.maxRows()) {
            throw ReadFailures.tooManyRows(SourceRef.file(file).inSheet(sheet), limits.maxRows());
        }
    }

    /**
     * One unit of work (a row, a cell, an element): every few thousand, checks whether the read's thread
     * has been interrupted, so that an abandoned read stops soon, whatever the file holds.
     */
    void tick() throws InputException {
        if ((++ticks & 0xFFF) == 0) {
            checkInterrupted();
        }
    }

    /** Stops the read with an "interrupted" failure when its thread has been interrupted. */
    void checkInterrupted() throws InputException {
        if (Thread.currentThread().isInterrupted()) {
            throw ReadFailures.interrupted(file);
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
