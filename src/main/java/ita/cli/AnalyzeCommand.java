package ita.cli;

import ita.batch.AnalyzeJob;
import ita.batch.BatchSettings;
import ita.batch.BatchSettings.OutputFormat;
import ita.batch.RunResult;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Read ITA results, analyse every agency and write its analysis workbook and the documents "
            + "to sign (analysis and measures, 6- and 12-month progress reports), the province summaries, "
            + "summary.csv/summary.json and the run report.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every file was read",
            "3:some files were rejected (the rest were still processed and written)",
            "2:usage error",
            "1:internal error (rerun with --debug)"})
final class AnalyzeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or folders (read recursively). Default: sample-workbooks")
    List<Path> paths;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE})", defaultValue = "ita-output")
    Path out;

    @Option(names = "--year", paramLabel = "YEAR", description = "Fiscal year (B.E., e.g. 2567) of the agency workbooks; default: each agency's latest")
    Integer year;

    @Option(names = "--province", paramLabel = "NAME", description = "Only agencies of this province")
    String province;

    @Option(names = "--district", paramLabel = "NAME", description = "Only agencies of this district")
    String district;

    @Option(names = "--threshold", paramLabel = "SCORE", description = "Indicators at or above this are strengths (default: ${DEFAULT-VALUE})", defaultValue = "85")
    BigDecimal threshold;

    @Option(names = "--catalog", paramLabel = "FILE", description = "Your own measure catalog (CSV; see 'ita catalog export')")
    Path catalog;

    @Option(names = "--template", paramLabel = "FILE", description = "Your own workbook template with placeholders, filled once per agency")
    Path template;

    @Option(names = "--annotate", description = "Also write an annotated copy of each input workbook")
    boolean annotate;

    @Option(names = "--mapping", paramLabel = "FILE", description = "Column mapping CSV (header,field) for layouts the reader does not know")
    Path mapping;

    @Option(names = "--thai-digits", description = "Write numbers in Thai digits: in the text of workbooks, and everywhere in the documents")
    boolean thaiDigits;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores)")
    Integer threads;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", description = "Outputs: xlsx, docx, csv, json (default: all)")
    List<String> formats;

    @Option(names = "--pdf", description = "Also write each document as PDF (needs LibreOffice)")
    boolean pdf;

    @Option(names = "--progress", paramLabel = "PATH", description = "Filled progress-report forms (the sheet รายงานผล 6 เดือน of agency workbooks) whose results the reports carry; files or folders")
    List<Path> progress;

    @Option(names = "--overwrite", description = "Replace outputs in --out instead of writing a new run folder inside it")
    boolean overwrite;

    @Option(names = "--quiet", description = "Print only the closing summary and errors")
    boolean quiet;

    @Option(names = "--debug", description = "Show stack traces of internal errors")
    boolean debug;

    @Override
    public Integer call() {
        List<Path> inputs = paths == null || paths.isEmpty() ? List.of(Path.of("sample-workbooks")) : paths;
        for (Path p : inputs) {
            if (!Files.exists(p)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no such file or folder: " + p);
            }
        }
        if (threshold.signum() < 0 || threshold.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threshold must be between 0 and 100, got " + threshold);
        }
        if (year != null && (year < 2550 || year > 2600)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--year must be a Buddhist-era fiscal year such as 2567, got " + year);
        }
        for (Path p : progress == null ? List.<Path>of() : progress) {
            if (!Files.exists(p)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--progress: no such file or folder: " + p);
            }
        }
        EnumSet<OutputFormat> outputs = parseFormats();
        if (pdf && !outputs.isEmpty() && !outputs.contains(OutputFormat.DOCX)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--pdf converts the documents: add docx to --format, or leave out --pdf");
        }
        for (Path p : java.util.Arrays.asList(catalog, template, mapping)) {
            if (p != null && !Files.isRegularFile(p)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + p);
            }
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        BatchSettings settings = new BatchSettings(inputs, out, year == null ? OptionalInt.empty() : OptionalInt.of(year),
                Optional.ofNullable(province), Optional.ofNullable(district), threshold, Optional.ofNullable(catalog),
                Optional.ofNullable(template), annotate, Optional.ofNullable(mapping), thaiDigits, n, outputs,
                overwrite, Duration.ofSeconds(60),
                new BatchSettings.Documents(pdf, progress == null ? List.of() : progress));
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(), quiet);
        RunResult result = AnalyzeJob.run(settings, progress);
        Summary.print(result, spec.commandLine().getOut(), spec.commandLine().getErr(), debug);
        return result.rejectedFiles() > 0 ? Main.FILES_REJECTED : Main.OK;
    }

    private EnumSet<OutputFormat> parseFormats() {
        EnumSet<OutputFormat> set = EnumSet.noneOf(OutputFormat.class);
        if (formats != null) {
            for (String f : formats) {
                try {
                    set.add(OutputFormat.valueOf(f.trim().toUpperCase(java.util.Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            "--format takes xlsx, docx, csv or json, got " + f);
                }
            }
        }
        return set;
    }
}
