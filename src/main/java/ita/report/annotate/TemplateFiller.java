package ita.report.annotate;

import ita.analysis.AgencyAnalysis;
import ita.model.SourceRef;
import ita.report.AtomicFiles;
import ita.report.SafeNames;
import ita.report.ThaiFormat;
import ita.report.WriteOptions;
import ita.report.poi.PoiPackage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Fills an office's own form (an .xlsx or .xls "template", {@code --template FILE}) once per agency.
 *
 * <h2>Placeholders</h2>
 * Write {@code ${name}} anywhere in a text cell; it is replaced by the agency's value for its latest fiscal year:
 * <ul>
 * <li>{@code ${agency.name}}, {@code ${agency.type}} (อบต., ทต., …), {@code ${agency.district}},
 * {@code ${agency.province}}, {@code ${agency.code}};</li>
 * <li>{@code ${year}} (the fiscal year assessed, พ.ศ.), {@code ${next_year}} (the year the measures are for),
 * {@code ${previous_year}};</li>
 * <li>{@code ${total}}, {@code ${level}}, {@code ${iit}}, {@code ${eit}}, {@code ${oit}}, {@code ${ind1}} …
 * {@code ${ind10}}, {@code ${total_change}} (from the previous record);</li>
 * <li>{@code ${weakest}} and {@code ${strengths}} (e.g. "ตัวชี้วัดที่ 10 การป้องกันการทุจริต (25.00)", several
 * joined by commas), {@code ${failed_items}} (o42, o43), {@code ${points_to_85}}, {@code ${rank_in_province}},
 * {@code ${agencies_in_province}}, {@code ${rank_in_district}}, {@code ${written_on}} (today in Thai).</li>
 * </ul>
 * A cell holding nothing but one numeric placeholder ({@code ${total}}, {@code ${year}}, {@code ${rank_in_province}},
 * {@code ${w.score}} …) becomes a number cell, keeping the cell's style and number format; inside other text a number
 * is written with 2 decimals (years and ranks without). An unknown value is an empty cell, or "–" inside text.
 *
 * <h2>Repeating rows</h2>
 * A row whose first non-empty cell starts with {@code ${each measure}} or {@code ${each weakness}} is repeated once per
 * measure or weakness (the marker itself is removed); rows below move down, and each copy keeps the row's height,
 * styles and merged cells. With nothing to repeat the row is removed.
 * <ul>
 * <li>measure rows: {@code ${m.topic}}, {@code ${m.measure}}, {@code ${m.steps}}, {@code ${m.responsible}},
 * {@code ${m.period}}, {@code ${m.monitoring}}, and any other key of the rows given;</li>
 * <li>weakness rows (the indicators below the threshold, lowest first; the weakest when none is):
 * {@code ${w.indicator}}, {@code ${w.name}}, {@code ${w.score}}, {@code ${w.tool}}, {@code ${w.verdict}},
 * {@code ${w.gap}} (points below the threshold).</li>
 * </ul>
 * Write {@code $${…}} for a literal {@code ${…}}. An unknown placeholder, an unclosed one, or an {@code m.}/{@code w.}
 * placeholder outside its row stops the filling with one line naming the template file, sheet and cell. The
 * template itself is only read. The example template in {@code ita/templates/example-template.xlsx} uses them all.
 */
public final class TemplateFiller {

    /** Where the placeholders are listed for users. */
    public static final String GUIDE = "ita/templates/README.md";

    private TemplateFiller() {
    }

    /**
     * {@code <folder>/<agency name>-<template file name>}, safe as a file name; a long name is shortened before its
     * extension, which is kept.
     */
    public static Path targetFor(Path folder, Path template, AgencyAnalysis a) {
        String t = template.getFileName().toString();
        int dot = t.lastIndexOf('.');
        return folder.resolve(baseName(a.agency().name(), t) + (dot < 0 ? "" : t.substring(dot)));
    }

    /** {@code <agency name>-<template file name without its extension>}, safe as a file name. */
    public static String baseName(String agencyName, String templateFile) {
        int dot = templateFile.lastIndexOf('.');
        String stem = dot < 0 ? templateFile : templateFile.substring(0, dot);
        return SafeNames.segment(agencyName + "-" + stem, "template-" + stem);
    }

    /** Fills a template without measure rows: {@code ${each measure}} rows are removed. */
    public static Path fill(Path template, Path target, AgencyAnalysis a, WriteOptions options)
            throws IOException, TemplateException {
        return fill(template, target, a, List.of(), options);
    }

    /**
     * Checks every placeholder of a template without filling it, so that a mistake stops a run before any agency
     * is written rather than after some were.
     *
     * @param measureKeys the keys of the measure rows the run will give, besides the standard ones
     */
    public static void check(Path template, java.util.Collection<String> measureKeys)
            throws IOException, TemplateException {
        Map<String, TemplateValues.Value> agency = new java.util.LinkedHashMap<>();
        TemplateValues.AGENCY_NAMES.forEach(n -> agency.put(n, new TemplateValues.Text("")));
        Map<String, String> measure = new java.util.LinkedHashMap<>();
        measureKeys.forEach(k -> measure.put(k, ""));
        Map<String, TemplateValues.Value> weakness = new java.util.LinkedHashMap<>();
        TemplateValues.WEAKNESS_FIELDS.forEach(n -> weakness.put(n, new TemplateValues.Text("")));
        TemplateSheet.Values values = new TemplateSheet.Values(agency, TemplateValues.measures(List.of(measure)),
                List.of(weakness));
        String file = template.getFileName().toString();
        try (Workbook wb = open(template, file)) {
            String ext = wb instanceof HSSFWorkbook ? ".xls" : ".xlsx";
            if (!file.toLowerCase(Locale.ROOT).endsWith(ext)) {
                throw new TemplateException("template-unreadable", SourceRef.file(file),
                        "expected a name ending in " + ext + " for this workbook but found " + file,
                        "Save it from Excel or LibreOffice as " + ext + ".");
            }
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                new TemplateSheet(file, wb.getSheetAt(i), values, new ThaiFormat(false)).fill();
            }
        }
    }

    /**
     * Fills a template for one agency.
     *
     * @param measureRows one map per measure, keys {@code topic, measure, steps, responsible, period, monitoring} (and
     *                    any other the template uses as {@code ${m.key}})
     */
    public static Path fill(Path template, Path target, AgencyAnalysis a, List<Map<String, String>> measureRows,
                            WriteOptions options) throws IOException, TemplateException {
        String file = template.getFileName().toString();
        try (Workbook wb = open(template, file)) {
            String ext = wb instanceof HSSFWorkbook ? ".xls" : ".xlsx";
            if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(ext)) {
                throw new IllegalArgumentException("the filled template " + target.getFileName() + " must end in "
                        + ext + " like its template");
            }
            ThaiFormat fmt = new ThaiFormat(options);
            TemplateSheet.Values values = new TemplateSheet.Values(TemplateValues.agency(a, options),
                    TemplateValues.measures(measureRows), TemplateValues.weaknesses(a, fmt));
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                new TemplateSheet(file, wb.getSheetAt(i), values, fmt).fill();
            }
            PoiPackage.prepare(wb);
            AtomicFiles.write(target, wb::write);
            return target;
        }
    }

    private static Workbook open(Path template, String file) throws IOException, TemplateException {
        byte[] bytes = Files.readAllBytes(template);
        try {
            return WorkbookFactory.create(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new TemplateException("template-unreadable", SourceRef.file(file),
                    "expected an .xlsx or .xls workbook but could not open it (" + e.getMessage() + ")",
                    "Save the template from Excel or LibreOffice as .xlsx.", e);
        }
    }

}
