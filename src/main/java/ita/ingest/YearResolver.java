package ita.ingest;

import ita.model.SourceRef;
import ita.model.YearSource;
import ita.text.ThaiText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the fiscal year of a table that has no year column, from the strongest source that names one: a title
 * naming the fiscal year ("ประจำปีงบประมาณ พ.ศ. ๒๕๖๗"), a title holding a year, the sheet name, the file name, the
 * folder names (nearest first); then a title about measures or plans, which are written for the year after the
 * result; and last the year given with --assume-year. Dates ("พิมพ์เมื่อ 15 มกราคม 2568") are never fiscal years.
 * When two sources name different years, the strongest is used and a warning names both.
 */
final class YearResolver {

    /**
     * A fiscal year and where it was found.
     *
     * @param place       the source as a finding names it: "the file name", "the title "…""
     * @param measures    from a title about measures or plans, usually written for the year after the result: used
     *                    when nothing else names a year, and never reported as disagreeing
     */
    record Year(int year, YearSource source, String place, boolean measures) {
        Year(int year, YearSource source, String place) {
            this(year, source, place, false);
        }
    }

    static final String MISSING_MESSAGE =
            "expected a fiscal year in a column, a title, the sheet name or the file name but found none";
    static final String MISSING_FIX = "Add a column ปีงบประมาณ or put the year in the file name, or pass --assume-year.";
    static final String DISAGREE_FIX = "Correct the one that is wrong. A year column is trusted first, then a title"
            + " naming the fiscal year, any other title, the sheet name, the file name and the folders.";

    private final ReadContext ctx;
    private final FindingLog log;

    YearResolver(ReadContext ctx, FindingLog log) {
        this.ctx = ctx;
        this.log = log;
    }

    /** The year of a table, warning at the sheet when a weaker source names another year. */
    Optional<Year> resolve(List<String> titles, String sheetName) {
        List<Year> found = candidates(titles, sheetName);
        if (found.isEmpty()) {
            if (ctx.yearOverride().isPresent()) {
                return Optional.of(new Year(ctx.yearOverride().getAsInt(), YearSource.USER, "--assume-year"));
            }
            return Optional.empty();
        }
        Year chosen = found.get(0);
        if (!chosen.measures()) {
            warnIfOthersDiffer(chosen, found.subList(1, found.size()), sheetName);
        }
        return Optional.of(chosen);
    }

    /** Warns when the year of a column or labelled cell differs from what the titles and names say. */
    void checkColumnYear(int year, RawCell cell, List<String> titles, String sheetName) {
        warnIfOthersDiffer(new Year(year, YearSource.COLUMN, "cell " + cell.address()), candidates(titles, sheetName),
                sheetName);
    }

    private void warnIfOthersDiffer(Year chosen, List<Year> others, String sheetName) {
        for (Year o : others) {
            if (o.year() != chosen.year() && !o.measures()) {
                log.warning("fiscal-year-disagrees", new SourceRef(log.file(), sheetName, null),
                        "expected one fiscal year but found " + chosen.year() + " in " + chosen.place() + " and "
                                + o.year() + " in " + o.place() + "; " + chosen.year() + " is used",
                        DISAGREE_FIX);
                return;
            }
        }
    }

    /** The year a sheet gives itself, in a title or its name (not the file's or the folder's), if any. */
    Optional<Year> ownYear(List<String> titles, String sheetName) {
        return candidates(titles, sheetName).stream().filter(y -> !y.measures())
                .filter(y -> y.source() == YearSource.TITLE || y.source() == YearSource.SHEET_NAME).findFirst();
    }

    /** Every source that names a year, strongest first; titles about measures after the names. */
    List<Year> candidates(List<String> titles, String sheetName) {
        List<Year> named = new ArrayList<>();
        List<Year> plain = new ArrayList<>();
        List<Year> measures = new ArrayList<>();
        for (String t : titles) {
            int y = YearText.inText(t);
            if (y == 0) {
                continue;
            }
            String k = ThaiText.key(t);
            Year year = new Year(y, YearSource.TITLE, "the title \"" + shortened(t) + "\"");
            if (k.contains("มาตรการ") || k.contains("แผน")) {
                measures.add(new Year(y, YearSource.TITLE, year.place(), true));
            } else if (k.contains("ปีงบประมาณ") || k.contains("fiscalyear")) {
                named.add(year);
            } else {
                plain.add(year);
            }
        }
        List<Year> out = new ArrayList<>(named);
        out.addAll(plain);
        int y = YearText.inText(sheetName);
        if (y > 0) {
            out.add(new Year(y, YearSource.SHEET_NAME, "the sheet name"));
        }
        List<String> parts = List.of(ctx.displayName().split("[/\\\\]"));
        String file = parts.get(parts.size() - 1);
        int dot = file.lastIndexOf('.');
        y = YearText.inText(dot > 0 ? file.substring(0, dot) : file);
        if (y > 0) {
            out.add(new Year(y, YearSource.FILE_NAME, "the file name"));
        }
        for (int i = parts.size() - 2; i >= 0; i--) {
            y = YearText.inText(parts.get(i));
            if (y > 0) {
                out.add(new Year(y, YearSource.FOLDER_NAME, "the folder name \"" + parts.get(i) + "\""));
            }
        }
        out.addAll(measures);
        return out;
    }

    private static String shortened(String title) {
        String t = ThaiText.normalize(title);
        return t.length() > 60 ? t.substring(0, 60) + "…" : t;
    }
}
