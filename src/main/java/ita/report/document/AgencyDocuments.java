package ita.report.document;

import ita.analysis.AgencyAnalysis;
import ita.analysis.YearAnalysis;
import ita.measures.MeasurePlan;
import ita.model.ProgressForm;
import ita.report.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The documents an agency signs and publishes, written beside its analysis workbook
 * {@code <agency>-<year>.xlsx}:
 * <ul>
 *   <li>{@code <agency>-<year>-มาตรการ<year+1>.docx}: the analysis of the year's result and the measures for the
 *       next fiscal year;</li>
 *   <li>{@code <agency>-<year>-รายงานผล6เดือน<year+1>.docx} and {@code …-รายงานผล12เดือน<year+1>.docx}: the progress
 *       reports on those measures.</li>
 * </ul>
 * All three are built from the same analysis and plan as the workbook, never from its text.
 */
public final class AgencyDocuments {

    /** The three documents, in the order they are written. */
    public enum Kind {
        MEASURES("มาตรการ"), SIX_MONTHS("รายงานผล6เดือน"), TWELVE_MONTHS("รายงานผล12เดือน");

        private final String suffix;

        Kind(String suffix) {
            this.suffix = suffix;
        }

        /** The part of the file name after the workbook's, before the fiscal year of the measures. */
        public String suffix() {
            return suffix;
        }
    }

    private final DocumentOptions options;

    public AgencyDocuments(DocumentOptions options) {
        this.options = options;
    }

    /** What follows the workbook's name in a document's name: "-มาตรการ2566". */
    public static String nameSuffix(Kind kind, MeasurePlan plan) {
        return "-" + kind.suffix() + plan.fiscalYear();
    }

    /** Where a document goes: beside the workbook, named after it. */
    public static Path pathFor(Path workbook, Kind kind, MeasurePlan plan) {
        String name = workbook.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot < 0 ? name : name.substring(0, dot);
        return workbook.resolveSibling(stem + nameSuffix(kind, plan) + ".docx");
    }

    /** Writes one document to {@code target}, atomically; returns the target. */
    public Path write(Kind kind, Path target, AgencyAnalysis analysis, YearAnalysis year, MeasurePlan plan,
                      List<ProgressForm> forms) throws IOException {
        return AtomicFiles.write(target, build(kind, analysis, year, plan, forms)::write);
    }

    /**
     * Writes the three documents beside {@code workbook} (which need not exist); returns their paths.
     *
     * @param forms the agency's filled progress forms for the plan's fiscal year, if it gave any back
     */
    public List<Path> write(Path workbook, AgencyAnalysis analysis, YearAnalysis year, MeasurePlan plan,
                            List<ProgressForm> forms) throws IOException {
        List<Path> written = new ArrayList<>(3);
        for (Kind kind : Kind.values()) {
            written.add(write(kind, pathFor(workbook, kind, plan), analysis, year, plan, forms));
        }
        return written;
    }

    /** One document as .docx bytes. */
    public byte[] toBytes(Kind kind, AgencyAnalysis analysis, YearAnalysis year, MeasurePlan plan,
                          List<ProgressForm> forms) throws IOException {
        return build(kind, analysis, year, plan, forms).toBytes();
    }

    private Docx build(Kind kind, AgencyAnalysis analysis, YearAnalysis year, MeasurePlan plan,
                       List<ProgressForm> forms) {
        Docx d = new Docx(options.thaiDigits());
        switch (kind) {
            case MEASURES -> MeasuresDocument.build(d, analysis, year, plan);
            case SIX_MONTHS -> ProgressDocument.build(d, year, plan, 6, forms);
            case TWELVE_MONTHS -> ProgressDocument.build(d, year, plan, 12, forms);
        }
        return d;
    }
}
