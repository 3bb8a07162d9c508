package ita.batch;

import ita.ingest.ProgressForms;
import ita.model.ProgressForm;
import ita.report.document.AgencyDocuments;
import ita.report.document.DocumentOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The documents the agency signs, beside its workbook: {@code <agency>-<year>-มาตรการ<year+1>.docx} and the 6- and
 * 12-month progress reports, with the results of the progress forms the agency gave back.
 */
final class AgencyDocumentsOutput implements AgencyOutput {

    private final AgencyDocuments documents;
    private final ProgressForms forms;

    AgencyDocumentsOutput(boolean thaiDigits, ProgressForms forms) {
        this.documents = new AgencyDocuments(new DocumentOptions(thaiDigits));
        this.forms = forms;
    }

    @Override
    public List<Path> write(AgencyWork work) throws IOException {
        List<ProgressForm> given = forms.of(work.analysis().agency(), work.plan().fiscalYear());
        List<Path> written = new ArrayList<>();
        for (AgencyDocuments.Kind kind : AgencyDocuments.Kind.values()) {
            Path target = work.files().file(AgencyDocuments.nameSuffix(kind, work.plan()) + ".docx");
            written.add(documents.write(kind, target, work.analysis(), work.year(), work.plan(), given));
        }
        return written;
    }
}
