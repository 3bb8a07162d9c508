package ita.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ColumnMappingTest {

    @TempDir
    Path dir;

    private Path write(String text) throws Exception {
        Path p = dir.resolve("mapping.csv");
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void readsHeaderFieldPairsIgnoringSpacesAndThaiDigits() throws Exception {
        ColumnMapping m = ColumnMapping.load(write("""
                \uFEFFheader,field
                ชื่อ อปท.,agency_name
                "คะแนน, รวม",total
                ตัวที่ ๑,ind1
                """));
        assertEquals(Optional.of(ColumnField.AGENCY_NAME), m.field("ชื่ออปท."));
        assertEquals(Optional.of(ColumnField.TOTAL), m.field("คะแนน,รวม"));
        assertEquals(Optional.of(ColumnField.IND1), m.field("ตัวที่ 1"));
        assertEquals(3, m.entries().size());
    }

    @Test
    void namesTheFileAndLineOfAnUnknownField() throws Exception {
        Path p = write("""
                header,field
                ชื่อ,agency_name
                คะแนน,totl
                """);
        InputException e = assertThrows(InputException.class, () -> ColumnMapping.load(p));
        assertEquals("error: " + p + ", line 3: expected a field name but found \"totl\". Use one of: agency_name,"
                + " agency_code, agency_type, district, province, fiscal_year, total, level, iit, eit, oit, ind1, ind2,"
                + " ind3, ind4, ind5, ind6, ind7, ind8, ind9, ind10, rank, item, score.", e.toFinding().toLine());
    }

    @Test
    void requiresTheHeaderLine() throws Exception {
        Path p = write("ชื่อ,agency_name\n");
        InputException e = assertThrows(InputException.class, () -> ColumnMapping.load(p));
        assertEquals("error: " + p + ", line 1: expected the header \"header,field\" but found \"ชื่อ,agency_name\"."
                + " Start the mapping file with the line header,field.", e.toFinding().toLine());
    }

    @Test
    void refusesAHeaderMappedTwice() throws Exception {
        Path p = write("header,field\nคะแนน,total\nคะแนน ,iit\n");
        InputException e = assertThrows(InputException.class, () -> ColumnMapping.load(p));
        assertEquals("line 3", e.where().cell());
        assertEquals("expected each header once but found \"คะแนน\" again (first on line 2)", e.getMessage());
    }

    @Test
    void refusesALineWithoutTwoValues() throws Exception {
        Path p = write("header,field\nคะแนน\n");
        InputException e = assertThrows(InputException.class, () -> ColumnMapping.load(p));
        assertEquals("expected two values, a header and a field, but found 1", e.getMessage());
    }

    @Test
    void saysWhenTheFileCannotBeRead() {
        Path missing = dir.resolve("none.csv");
        InputException e = assertThrows(InputException.class, () -> ColumnMapping.load(missing));
        assertEquals("mapping-unreadable", e.kind());
    }

    @Test
    void buildsInMemory() {
        ColumnMapping m = new ColumnMapping(Map.of("ผลรวม", ColumnField.TOTAL));
        assertEquals(Optional.of(ColumnField.TOTAL), m.field("ผล รวม"));
        assertEquals(Optional.empty(), m.field("คะแนน"));
    }
}
