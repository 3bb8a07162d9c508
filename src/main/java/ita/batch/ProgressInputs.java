package ita.batch;

import ita.ingest.InputException;
import ita.ingest.ProgressFormReader;
import ita.ingest.ProgressForms;
import ita.model.ProgressForm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The filled progress-report forms given with {@code --progress}: a file must hold a form; in a folder, files
 * without one (other workbooks kept beside them) are passed over. Read before any other work, so that a form
 * that cannot be used stops the run at once with one line.
 */
final class ProgressInputs {

    private ProgressInputs() {
    }

    static ProgressForms load(List<Path> paths) {
        List<ProgressForm> forms = new ArrayList<>();
        for (Path root : paths) {
            boolean named = Files.isRegularFile(root);
            for (InputFile f : InputFinder.find(List.of(root), null)) {
                if (f.refused().isPresent()) {
                    throw new UsageException("--progress " + f.refused().get().toLine(), null);
                }
                try {
                    forms.addAll(ProgressFormReader.read(f.path(), f.displayName()));
                } catch (InputException e) {
                    if (named || !e.kind().equals(ProgressFormReader.KIND) && !e.kind().equals(ProgressFormReader.NO_FORM)) {
                        throw new UsageException("--progress " + e.line(), e);
                    }
                }
            }
        }
        return new ProgressForms(forms);
    }

    /** "องค์การบริหารส่วนตำบลทับคล้อ 2566 รอบ 6 เดือน (form.xlsx, sheet 'รายงานผล 6 เดือน')". */
    static String describe(ProgressForm f) {
        return f.agencyName() + " " + f.fiscalYear() + " รอบ " + f.months() + " เดือน (" + f.source().describe() + ")";
    }
}
