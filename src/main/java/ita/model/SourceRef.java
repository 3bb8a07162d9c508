package ita.model;

/**
 * Where a value or a problem came from: a file, optionally a sheet and a cell (A1 style) or a line.
 */
public record SourceRef(String file, String sheet, String cell) {

    public SourceRef {
        if (file == null || file.isBlank()) {
            throw new IllegalArgumentException("file is required");
        }
    }

    public static SourceRef file(String file) {
        return new SourceRef(file, null, null);
    }

    public SourceRef inSheet(String sheetName) {
        return new SourceRef(file, sheetName, null);
    }

    public SourceRef at(String cellAddress) {
        return new SourceRef(file, sheet, cellAddress);
    }

    /** "file, sheet 'x', cell C7" with the parts that are known. */
    public String describe() {
        StringBuilder sb = new StringBuilder(file);
        if (sheet != null) {
            sb.append(", sheet '").append(sheet).append('\'');
        }
        if (cell != null) {
            sb.append(sheet == null ? ", " : ", cell ").append(cell);
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
