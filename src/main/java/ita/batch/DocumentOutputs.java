package ita.batch;

import ita.ingest.ProgressForms;
import ita.model.ProgressForm;
import ita.report.document.PdfExport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the run does with the agency documents besides writing them: PDF copies, and notes on the forms used. */
final class DocumentOutputs {

    private DocumentOutputs() {
    }

    /** LibreOffice when --pdf asks for it; a usage error when it is not installed. */
    static Optional<Path> soffice(BatchSettings s) {
        if (!s.pdf()) {
            return Optional.empty();
        }
        String named = System.getenv("SOFFICE");
        String where = named == null || named.isBlank() ? "soffice is not on the PATH"
                : "the environment variable SOFFICE names " + named.strip() + ", which is not a program";
        return Optional.of(PdfExport.findSoffice().orElseThrow(() -> new UsageException("--pdf needs LibreOffice, but "
                + where + ": install LibreOffice (or set SOFFICE to its soffice), or leave out --pdf", null)));
    }

    /** Every .docx written, as PDF beside it; a note when the PDF could not use TH Sarabun New. */
    static List<Path> pdfs(Path soffice, Collection<Path> outputs, int threads, List<String> notes) throws IOException {
        List<Path> documents = outputs.stream().filter(p -> p.getFileName().toString().endsWith(".docx")).sorted()
                .toList();
        PdfExport.Result r = PdfExport.convert(soffice, documents, threads);
        r.fontNote().ifPresent(notes::add);
        return r.pdfs();
    }

    /** Which forms given with --progress were used, and which belonged to no agency of the run. */
    static List<String> formNotes(ProgressForms forms) {
        Set<ProgressForm> used = forms.used();
        List<String> notes = new ArrayList<>();
        if (forms.isEmpty()) {
            return notes;
        }
        List<ProgressForm> filled = forms.all().stream().filter(ProgressForm::filled).toList();
        long usedCount = filled.stream().filter(used::contains).count();
        notes.add("progress forms: " + usedCount + " of " + filled.size() + " filled form(s) carried into the reports");
        for (ProgressForm f : filled) {
            if (!used.contains(f)) {
                notes.add("progress forms: no agency of this run matches " + ProgressInputs.describe(f)
                        + "; check its agency name and fiscal year");
            }
        }
        return notes;
    }
}
