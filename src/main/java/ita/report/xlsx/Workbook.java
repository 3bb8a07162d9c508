package ita.report.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A workbook being written: sheets in order, a shared {@link StyleSheet}, and document properties. The first
 * sheet is the active one; spreadsheets recalculate the formulas on opening, and until then show the values the
 * writer gave them.
 */
public final class Workbook {

    private final StyleSheet styles;
    private final List<Sheet> sheets = new ArrayList<>(8);
    private String title = "";
    private String creator = "";

    public Workbook(StyleSheet styles) {
        this.styles = Objects.requireNonNull(styles, "styles");
    }

    public StyleSheet styles() {
        return styles;
    }

    /** A new sheet at the end. */
    public Sheet addSheet(String name) {
        if (sheet(name).isPresent()) {
            throw new IllegalArgumentException("a sheet named " + name + " already exists");
        }
        Sheet s = new Sheet(name);
        sheets.add(s);
        return s;
    }

    public Optional<Sheet> sheet(String name) {
        for (Sheet s : sheets) {
            if (s.name.equalsIgnoreCase(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public List<Sheet> sheets() {
        return List.copyOf(sheets);
    }

    /** Puts a sheet after all others. */
    public void moveToEnd(Sheet s) {
        if (sheets.remove(s)) {
            sheets.add(s);
        }
    }

    public Workbook title(String t) {
        title = t == null ? "" : t;
        return this;
    }

    public Workbook creator(String c) {
        creator = c == null ? "" : c;
        return this;
    }

    List<Sheet> sheetList() {
        return sheets;
    }

    String title() {
        return title;
    }

    String creator() {
        return creator;
    }

    public void write(OutputStream out) throws IOException {
        new PackageWriter(this).write(out);
    }

    public byte[] toBytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        write(out);
        return out.toByteArray();
    }
}
