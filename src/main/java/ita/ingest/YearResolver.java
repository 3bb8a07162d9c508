package ita.ingest;

import ita.model.YearSource;
import ita.text.ThaiText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the fiscal year of a table that has no year column: a title cell, then the sheet name, the file
 * name, the folder names (nearest first), and last the year given with --assume-year.
 */
final class YearResolver {

    record Year(int year, YearSource source) {
    }

    static final String MISSING_MESSAGE =
            "expected a fiscal year in a column, a title, the sheet name or the file name but found none";
    static final String MISSING_FIX = "Add a column ปีงบประมาณ or put the year in the file name, or pass --assume-year.";

    private final ReadContext ctx;

    YearResolver(ReadContext ctx) {
        this.ctx = ctx;
    }

    Optional<Year> resolve(List<String> titles, String sheetName) {
        int y = fromTitles(titles);
        if (y > 0) {
            return Optional.of(new Year(y, YearSource.TITLE));
        }
        y = YearText.inText(sheetName);
        if (y > 0) {
            return Optional.of(new Year(y, YearSource.SHEET_NAME));
        }
        List<String> parts = List.of(ctx.displayName().split("[/\\\\]"));
        String file = parts.get(parts.size() - 1);
        int dot = file.lastIndexOf('.');
        y = YearText.inText(dot > 0 ? file.substring(0, dot) : file);
        if (y > 0) {
            return Optional.of(new Year(y, YearSource.FILE_NAME));
        }
        for (int i = parts.size() - 2; i >= 0; i--) {
            y = YearText.inText(parts.get(i));
            if (y > 0) {
                return Optional.of(new Year(y, YearSource.FOLDER_NAME));
            }
        }
        if (ctx.yearOverride().isPresent()) {
            return Optional.of(new Year(ctx.yearOverride().getAsInt(), YearSource.USER));
        }
        return Optional.empty();
    }

    /**
     * A title naming the fiscal year ("ประจำปีงบประมาณ พ.ศ. ๒๕๖๗") wins over one that merely holds a year;
     * a title about measures or plans (written for the year after the result) comes last.
     */
    static int fromTitles(List<String> titles) {
        List<String> named = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        List<String> later = new ArrayList<>();
        for (String t : titles) {
            String k = ThaiText.key(t);
            if (k.contains("มาตรการ") || k.contains("แผน")) {
                later.add(t);
            } else if (k.contains("ปีงบประมาณ") || k.contains("fiscalyear")) {
                named.add(t);
            } else {
                plain.add(t);
            }
        }
        for (List<String> tier : List.of(named, plain, later)) {
            for (String t : tier) {
                int y = YearText.inText(t);
                if (y > 0) {
                    return y;
                }
            }
        }
        return 0;
    }
}
