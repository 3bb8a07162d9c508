package ita.cli;

import ita.batch.AnalyzeJob;
import ita.batch.BatchSettings;
import ita.batch.BatchSettings.OutputFormat;
import ita.batch.RunResult;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Read ITA results, analyse every agency and write its analysis workbook and the documents "
            + "to sign (analysis and measures, 6- and 12-month progress reports), the province and district "
            + "summaries, the report of each province to its governor, summary.csv/summary.json and the run report.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every file was read",
            "3:some files were rejected or some agencies could not be written (the rest were still written)",
            "2:usage error",
            "1:internal error (rerun with --debug)"})
final class AnalyzeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ReadOptions read;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or folders (read recursively). Default: sample-workbooks")
    List<Path> paths;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE})", defaultValue = "ita-output")
    Path out;

    @Option(names = "--year", paramLabel = "YEAR", description = "Fiscal year (B.E., e.g. 2567) of the agency workbooks; default: each agency's latest")
    Integer year;

    @Option(names = "--province", paramLabel = "NAME", description = "Write only agencies of this province (ranks and statistics still cover everything read)")
    String province;

    @Option(names = "--district", paramLabel = "NAME", description = "Write only agencies of this district (ranks and statistics still cover everything read)")
    String district;

    @Option(names = "--threshold", paramLabel = "SCORE", description = "Indicators at or above this are strengths (default: ${DEFAULT-VALUE})", defaultValue = "85")
    BigDecimal threshold;

    @Option(names = "--max-measures", paramLabel = "N", description = "At most this many measures in each agency's plan, most urgent first (default: ${DEFAULT-VALUE})", defaultValue = "10")
    int maxMeasures;

    @Option(names = "--catalog", paramLabel = "FILE", description = "Your own measure catalog (CSV; see 'ita catalog export')")
    Path catalog;

    @Option(names = "--template", paramLabel = "FILE", description = "Your own workbook template with placeholders, filled once per agency")
    Path template;

    @Option(names = "--annotate", description = "Also write an annotated copy of each input that holds an agency written")
    boolean annotate;

    @Option(names = "--thai-digits", description = "Write numbers in Thai digits: in the text of workbooks, and everywhere in the documents")
    boolean thaiDigits;

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

    @Override
    public Integer call() {
        List<Path> inputs = paths == null || paths.isEmpty() ? List.of(Path.of("sample-workbooks")) : paths;
        read.check(inputs);
        read.checkYear("--year", year);
        read.requireFile("--catalog", catalog);
        read.requireFile("--template", template);
        List<Path> forms = progress == null ? List.of() : progress;
        for (Path p : forms) {
            if (!java.nio.file.Files.exists(p)) {
                throw read.usage("--progress: no such file or folder: " + p);
            }
        }
        EnumSet<OutputFormat> outputs = parseFormats();
        if (pdf && !outputs.isEmpty() && !outputs.contains(OutputFormat.DOCX)) {
            throw read.usage("--pdf converts the documents: add docx to --format, or leave out --pdf");
        }
        BatchSettings settings;
        try {
            settings = BatchSettings.builder().inputs(inputs).out(out).year(year).assumeYear(read.assumeYear)
                    .province(province).district(district).threshold(threshold).catalog(catalog).template(template)
                    .annotate(annotate).mapping(read.mapping).thaiDigits(thaiDigits).threads(read.threads())
                    .formats(outputs).overwrite(overwrite).pdf(pdf).progress(forms).maxMeasures(maxMeasures).build();
        } catch (IllegalArgumentException e) {
            throw read.usage(e.getMessage());
        }
        java.util.Optional<Integer> handedOver = QuickStart.handOver(inputs, read.debug, spec.commandLine().getErr());
        if (handedOver.isPresent()) {
            return handedOver.get();
        }
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(), quiet, read.debug);
        RunResult result = AnalyzeJob.run(settings, progress);
        Summary.print(result, spec.commandLine().getOut(), read.debug);
        return result.complete() ? Main.OK : Main.FILES_REJECTED;
    }

    private EnumSet<OutputFormat> parseFormats() {
        EnumSet<OutputFormat> set = EnumSet.noneOf(OutputFormat.class);
        if (formats != null) {
            for (String f : formats) {
                try {
                    set.add(OutputFormat.valueOf(f.trim().toUpperCase(java.util.Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw read.usage("--format takes xlsx, docx, csv or json, got " + f);
                }
            }
        }
        return set;
    }
}
