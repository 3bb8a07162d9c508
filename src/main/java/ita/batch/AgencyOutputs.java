package ita.batch;

import ita.analysis.AgencyAnalysis;
import ita.analysis.AgencyAnalyzer;
import ita.analysis.YearAnalysis;
import ita.report.workbook.PlanRequests;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The files written for each agency chosen: the year they are about (--year, else the agency's latest), the
 * measures plan for it, and each {@link AgencyOutput} in turn. A new per-agency output is one more entry in
 * {@link #standard}.
 */
final class AgencyOutputs {

    private final RunSetup setup;
    private final List<AgencyOutput> outputs;

    AgencyOutputs(RunSetup setup, List<AgencyOutput> outputs) {
        this.setup = setup;
        this.outputs = List.copyOf(outputs);
    }

    /** The workbook, then the filled template when one is given, then the documents to sign. */
    static AgencyOutputs standard(RunSetup setup) {
        BatchSettings s = setup.settings();
        List<AgencyOutput> outputs = new ArrayList<>();
        if (s.writes(BatchSettings.OutputFormat.XLSX)) {
            outputs.add(new AgencyWorkbookOutput(s.thaiDigits()));
            s.template().ifPresent(t -> outputs.add(new TemplateOutput(t, s.thaiDigits())));
        }
        if (s.writes(BatchSettings.OutputFormat.DOCX)) {
            outputs.add(new AgencyDocumentsOutput(s.thaiDigits(), setup.forms()));
        }
        return new AgencyOutputs(setup, outputs);
    }

    /**
     * What the agency's outputs share; empty when it has no result for the year asked, or that year predates the
     * ten indicators (there is nothing to plan from a total alone).
     */
    Optional<AgencyWork> work(AgencyAnalysis a, RunNames names) {
        Optional<RunNames.AgencyFiles> files = names.agency(a.agency().id());
        if (outputs.isEmpty() || files.isEmpty()) {
            return Optional.empty();
        }
        int year = setup.settings().year().orElse(a.latest().fiscalYear());
        if (a.year(year).isEmpty()) {
            return Optional.empty();
        }
        AgencyAnalysis asOf = AgencyAnalyzer.asOf(a, year, setup.analysis());
        YearAnalysis y = asOf.latest();
        if (!y.framework().hasIndicators()) {
            return Optional.empty();
        }
        return Optional.of(new AgencyWork(asOf, y, setup.planner().plan(PlanRequests.of(asOf, y)), files.get()));
    }

    /** Every output of one agency; the files written. Called from worker threads. */
    List<Path> write(AgencyAnalysis a, RunNames names) throws IOException {
        Optional<AgencyWork> work = work(a, names);
        if (work.isEmpty()) {
            return List.of();
        }
        List<Path> written = new ArrayList<>();
        for (AgencyOutput o : outputs) {
            written.addAll(o.write(work.get()));
        }
        return written;
    }
}
