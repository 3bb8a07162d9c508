package ita.batch;

import ita.ingest.InputException;
import ita.ingest.ProgressFormReader;
import ita.measures.AgencyProgress;
import ita.measures.ProgressCollector;
import ita.model.Finding;
import ita.model.ProgressForm;
import ita.report.WriteOptions;
import ita.report.summary.ProgressStatusWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code ita progress}: reads the 6- and 12-month progress forms agencies gave back (the sheets รายงานผล 6 เดือน and
 * รายงานผล 12 เดือน of their workbooks, or the same columns in any workbook, found by their headers) and writes a
 * status workbook per province and fiscal year. In a folder, a file without a form is passed over; a form that cannot
 * be read is one line and the run goes on; half-filled and unclear entries, and forms not given back, are a line
 * each in the workbook and on the console.
 */
public final class ProgressJob {

    /**
     * What the run did.
     *
     * @param forms    the forms read, filled or not
     * @param rejected one line per file that holds a form that cannot be read, or that could not be written
     * @param problems one line per form not given back or entry half-filled or unclear
     * @param renamed  one line per status workbook that could not take its name (two provinces one file on
     *                 Windows, or an input standing at its path)
     */
    public record Result(Path outDir, int files, int forms, List<Finding> rejected, List<AgencyProgress> agencies,
                         SortedSet<Integer> years, List<Path> outputs, List<Finding> problems, List<Finding> renamed,
                         Duration time) {
        public Result {
            rejected = List.copyOf(rejected);
            renamed = List.copyOf(renamed);
            agencies = List.copyOf(agencies);
            outputs = List.copyOf(outputs);
            problems = List.copyOf(problems);
        }

        /** True when every file was read and every status workbook written: exit code 0. */
        public boolean complete() {
            return rejected.isEmpty();
        }
    }

    private ProgressJob() {
    }

    /**
     * @param round the round being collected (6 or 12), whose forms are due of every agency; empty for the rounds of
     *              which any filled form came back
     * @throws UsageException when an input is missing or the output folder cannot be written, before any input is read
     */
    public static Result run(List<Path> inputs, Path out, boolean overwrite, boolean thaiDigits, int threads,
                             java.util.OptionalInt round) {
        long t0 = System.nanoTime();
        for (Path p : inputs) {
            if (!Files.exists(p)) {
                throw new UsageException("no such file or folder: " + p, null);
            }
        }
        OutputFolder.checkApart(out, inputs);
        Path dir = OutputFolder.choose(out, overwrite);
        List<InputFile> files = InputFinder.find(inputs, dir);
        List<ProgressForm> forms = new ArrayList<>();
        List<Finding> rejected = new ArrayList<>();
        read(files, inputs, threads, forms, rejected);
        ProgressCollector.Result collected = ProgressCollector.collect(forms, round);
        Map<String, List<AgencyProgress>> byProvinceYear = new LinkedHashMap<>();
        SortedSet<Integer> years = new TreeSet<>();
        for (AgencyProgress a : collected.agencies()) {
            byProvinceYear.computeIfAbsent(a.province() + "|" + a.fiscalYear(), k -> new ArrayList<>()).add(a);
            years.add(a.fiscalYear());
        }
        // named as the analysis names its outputs: no two provinces in one file, no input written over
        OutputPlan plan = new OutputPlan(dir);
        inputs.forEach(plan::protect);
        files.forEach(f -> plan.protect(f.path()));
        List<OutputPlan.Claim> claims = new ArrayList<>();
        for (List<AgencyProgress> group : byProvinceYear.values()) {
            AgencyProgress first = group.get(0);
            String province = first.province() == null ? "" : first.province();
            OutputPlan.Folder folder = plan.root().folder("province:" + province, OutputPlan.Rank.DATA, province,
                    ProgressStatusWriter.folderName(province), "the folder of province " + province, null);
            claims.add(folder.files("status:" + province + "|" + first.fiscalYear(), OutputPlan.Rank.DATA,
                    province + "|" + first.fiscalYear(), ProgressStatusWriter.fileStem(province, first.fiscalYear()),
                    List.of(ProgressStatusWriter.EXTENSION), "the progress status of " + province + " "
                            + first.fiscalYear(), null));
        }
        List<Finding> renamed = plan.resolve();
        WriteOptions options = WriteOptions.defaults().withThaiDigits(thaiDigits);
        List<Path> outputs = new ArrayList<>();
        int i = 0;
        for (List<AgencyProgress> group : byProvinceYear.values()) {
            AgencyProgress first = group.get(0);
            Path target = claims.get(i++).onlyPath();
            try {
                outputs.add(ProgressStatusWriter.write(target, first.province(), first.fiscalYear(), group,
                        ProgressStatusWriter.problemsOf(group, collected.findings()), options));
            } catch (IOException | RuntimeException e) {
                rejected.add(Finding.error("output-failed", ita.model.SourceRef.file(dir.relativize(target).toString()),
                        "expected to write the status workbook but it failed (" + e.getMessage() + ")",
                        "Check that no other program holds the file open, then run again."));
            }
        }
        return new Result(dir, files.size(), forms.size(), rejected, collected.agencies(), years, outputs,
                collected.findings(), renamed, Duration.ofNanos(System.nanoTime() - t0));
    }

    /** Every file's forms, read on the run's threads, in the files' order. */
    private static void read(List<InputFile> files, List<Path> inputs, int threads, List<ProgressForm> forms,
                             List<Finding> rejected) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), ReadStage.daemon("ita-progress"));
        try {
            List<Future<List<ProgressForm>>> jobs = new ArrayList<>();
            for (InputFile f : files) {
                jobs.add(pool.submit(() -> ProgressFormReader.read(f.path(), f.displayName())));
            }
            for (int i = 0; i < files.size(); i++) {
                try {
                    forms.addAll(jobs.get(i).get());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof InputException x)) {
                        throw new IllegalStateException(e.getCause());
                    }
                    // a workbook kept beside the forms in a folder holds none; a file named on its own must
                    Path file = files.get(i).path();
                    boolean named = inputs.stream().anyMatch(file::equals);
                    if (named || !x.kind().equals(ProgressFormReader.NO_FORM)) {
                        rejected.add(x.toFinding());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
