package ita.report.workbook;

import ita.report.Golden;
import ita.report.WorkbookDump;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgencyWorkbookGoldenTest {

    private static final WorkbookOptions OPTIONS = WorkbookOptions.defaults().preparedOn(LocalDate.of(2025, 11, 21));
    private final AgencyWorkbookWriter writer = new AgencyWorkbookWriter();

    @Test
    void seed003WorkbookMatchesItsReviewedDump() throws Exception {
        byte[] xlsx = writer.toBytes(AgencyFixtures.thapKhlo(), OPTIONS, List.of());
        Golden.assertMatches("agency-workbook/seed003-thapkhlo-2565.txt", WorkbookDump.of(xlsx));
    }

    @Test
    void seed000WorkbookMatchesItsReviewedDump() throws Exception {
        byte[] xlsx = writer.toBytes(AgencyFixtures.naSai(), OPTIONS, List.of());
        Golden.assertMatches("agency-workbook/seed000-nasai-2567.txt", WorkbookDump.of(xlsx));
    }
}
