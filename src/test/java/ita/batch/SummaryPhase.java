package ita.batch;

import ita.analysis.AgencyAnalyzer;
import ita.analysis.AgencyHistory;
import ita.analysis.Rankings;
import ita.ingest.ReadLimits;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * The summaries phase of {@code ita analyze} on its own, for measuring it: {@link #prepare} reads and analyses
 * every agency once as the job does (writing no agency file), and {@link #write} then runs the phase as the job
 * runs it, on a pool of the job's threads, as often as asked.
 */
public final class SummaryPhase implements AutoCloseable {

    private final RunSetup setup;
    private final List<AgencyHistory> all;
    private final Set<String> chosen;
    private final RunNames names;
    private final AnalyzeJob.Agencies agencies;
    private final ExecutorService pool;

    private SummaryPhase(RunSetup setup, List<AgencyHistory> all, Set<String> chosen, RunNames names,
                         AnalyzeJob.Agencies agencies, ExecutorService pool) {
        this.setup = setup;
        this.all = all;
        this.chosen = chosen;
        this.names = names;
        this.agencies = agencies;
        this.pool = pool;
    }

    /** Reads the inputs and analyses every agency, as {@code ita analyze INPUTS --out OUT --threads T} would. */
    public static SummaryPhase prepare(List<Path> inputs, Path out, int threads) throws InterruptedException {
        BatchSettings s = BatchSettings.builder().inputs(inputs).out(out).overwrite(true).threads(threads).build();
        RunSetup setup = RunSetup.check(s);
        List<InputFile> files = InputFinder.find(s.inputs(), s.out());
        List<ReadStage.FileRead> reads = new ReadStage(setup.frameworks(), setup.mapping(), s.assumeYear(),
                ReadLimits.defaults(), s.fileTimeout()).readAll(files, s.threads(), Progress.NONE);
        List<AgencyHistory> all = AnalyzeJob.histories(reads, false, new java.util.ArrayList<>());
        Selection selection = Selection.of(s);
        List<AgencyHistory> chosen = all.stream().filter(h -> selection.includes(h.agency())).toList();
        Set<String> ids = chosen.stream().map(h -> h.agency().id()).collect(Collectors.toSet());
        RunNames names = RunNames.plan(setup, all, chosen, Map.of(), files.stream().map(InputFile::path).toList());
        ExecutorService pool = Executors.newFixedThreadPool(s.threads(), ReadStage.daemon("ita-write"));
        // no agency output: the agencies are analysed and their briefs and rows kept, as the job keeps them
        AnalyzeJob job = new AnalyzeJob(setup, Progress.NONE, AgencyAnalyzer::analyze,
                new AgencyOutputs(setup, List.of()));
        AnalyzeJob.Agencies done = job.agencies(pool, all, ids, Rankings.of(all), selection, names);
        return new SummaryPhase(setup, all, ids, names, done, pool);
    }

    public int agencies() {
        return all.size();
    }

    public int rows() {
        return agencies.rows().size();
    }

    /** One summaries phase, as the job runs it after the agencies; the files written. */
    public List<Path> write() throws InterruptedException {
        Failures failures = new Failures(Progress.NONE);
        List<Path> written = new SummaryOutputs(setup, pool, failures, names).write(all, agencies.briefs(), chosen,
                agencies.rows());
        if (failures.any()) {
            throw new IllegalStateException("summaries failed: " + failures.findings());
        }
        return written;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
