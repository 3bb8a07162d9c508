package ita.sample;

/**
 * One workbook of the bundled {@code sample-workbooks/} folder.
 *
 * @param path       relative to the folder, with forward slashes
 * @param layout     the layout it holds
 * @param format     one of {@link #XLSX}, {@link #XLS}, {@link #HTML}, {@link #CSV_UTF8_BOM}, {@link #CSV_UTF8},
 *                   {@link #CSV_WINDOWS_874}
 * @param fiscalYear the fiscal year of its figures
 * @param note       what is particular about it, in English
 */
public record BundledFile(String path, SampleLayout layout, String format, int fiscalYear, String note) {

    public static final String XLSX = "xlsx";
    public static final String XLS = "xls (BIFF8)";
    public static final String HTML = "html saved as .xls";
    public static final String CSV_UTF8_BOM = "csv utf-8 with BOM";
    public static final String CSV_UTF8 = "csv utf-8 without BOM";
    public static final String CSV_WINDOWS_874 = "csv windows-874";
}
