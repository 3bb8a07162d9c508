package ita.sample;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.Deflater;

/** The file formats the readers accept, as the sample generator writes them. */
public enum SampleFormat {
    /** Office Open XML workbook. */
    XLSX("xlsx", ".xlsx"),
    /** Binary Excel 97–2003 workbook (BIFF8). */
    XLS("xls", ".xls"),
    /** An HTML table saved with an .xls name, as web systems export "Excel" files. */
    HTML("html", ".xls"),
    /** CSV in UTF-8 with a byte-order mark, as Excel saves "CSV UTF-8". */
    CSV("csv", ".csv"),
    /** CSV in the Thai code page windows-874 (TIS-620), as older Thai Windows saves CSV. */
    CSV_874("csv-874", ".csv");

    /** The Thai Windows code page. */
    public static final Charset WINDOWS_874 = Charset.forName("x-windows-874");

    private final String label;
    private final String extension;

    SampleFormat(String label, String extension) {
        this.label = label;
        this.extension = extension;
    }

    /** The name used on the command line. */
    public String label() {
        return label;
    }

    /** The file name extension, with its dot. */
    public String extension() {
        return extension;
    }

    public static SampleFormat parse(String text) {
        String s = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (SampleFormat f : values()) {
            if (f.label.equals(s)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format \"" + text + "\"; use xlsx, xls, html, csv or csv-874");
    }

    /** A writer for this format; {@code bulk} trades xlsx size for speed. */
    WorkbookWriter writer(boolean bulk) {
        return switch (this) {
            case XLSX -> new XlsxWriter(bulk ? Deflater.BEST_SPEED : Deflater.BEST_COMPRESSION);
            case XLS -> new XlsWriter();
            case HTML -> new HtmlWriter();
            case CSV -> new CsvWriter(StandardCharsets.UTF_8, true);
            case CSV_874 -> new CsvWriter(WINDOWS_874, false);
        };
    }
}
