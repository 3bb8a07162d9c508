package ita.ingest;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;
import com.opencsv.exceptions.CsvMalformedLineException;
import ita.model.InputFormat;
import ita.model.RawCell;
import ita.model.RawSheet;
import ita.model.RawWorkbook;
import ita.model.SourceRef;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a delimited text file into one sheet named after the file. The encoding (BOM, else UTF-8
 * if valid, else windows-874) and the delimiter (comma, semicolon or tab) are told from the content.
 */
public final class CsvReader implements FormatReader {

    private static final char[] DELIMITERS = {'\t', ';', ','};
    private static final int SAMPLE_LINES = 30;

    public CsvReader() {
    }

    @Override
    public RawWorkbook readFormat(Path file, String displayName, ReadBudget budget) throws InputException {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = TextEncoding.decodeText(bytes);
            RawSheet sheet = new RawSheet(sheetName(displayName));
            try (CSVReader reader = new CSVReaderBuilder(new StringReader(text))
                    .withCSVParser(new RFC4180ParserBuilder().withSeparator(delimiter(text)).build())
                    .withKeepCarriageReturn(false)
                    .build()) {
                int row = 0;
                int rowsWithValues = 0;
                for (String[] record; (record = reader.readNext()) != null; row++) {
                    budget.tick();
                    boolean counted = false;
                    for (int col = 0; col < record.length; col++) {
                        String value = record[col];
                        if (value == null || value.isBlank()) {
                            continue;
                        }
                        if (!counted) {
                            counted = true;
                            budget.checkRows(sheet.name(), ++rowsWithValues);
                        }
                        budget.addCell();
                        sheet.put(new RawCell(row, col, value, RawCell.Kind.TEXT));
                    }
                }
            }
            return new RawWorkbook(displayName, InputFormat.CSV, List.of(sheet));
        } catch (CsvMalformedLineException e) {
            // opencsv reports a quote left open as an IOException; it is a fault of the text, not of the disk
            throw ReadFailures.of("damaged-file", SourceRef.file(displayName).at("line " + e.getLineNumber()),
                    "expected CSV text but found a quoted value (\"…) that is never closed", "Add the closing"
                            + " quote, or open the file in Excel and save it again as CSV UTF-8 or .xlsx.", e);
        } catch (IOException e) {
            throw ReadFailures.unreadable(displayName, e);
        } catch (CsvException e) {
            throw ReadFailures.damaged(SourceRef.file(displayName).at("line " + e.getLineNumber()),
                    "CSV text", ReadFailures.describe(e), e);
        } catch (RuntimeException | LinkageError e) {
            throw ReadFailures.unexpected(displayName, InputFormat.CSV, e);
        }
    }

    /** "2567/nasai.csv" → "nasai". */
    static String sheetName(String displayName) {
        String base = displayName.substring(Math.max(displayName.lastIndexOf('/'), displayName.lastIndexOf('\\')) + 1);
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }

    /**
     * The delimiter that splits the most sample lines into the same number of fields, counting only
     * outside quotes; on a tie tab, then semicolon (used where the comma is the decimal mark), then comma.
     */
    static char delimiter(String text) {
        int[][] counts = new int[DELIMITERS.length][SAMPLE_LINES];
        int lines = 0;
        boolean quoted = false;
        boolean blank = true;
        for (int i = 0; i < text.length() && lines < SAMPLE_LINES; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (!blank) {
                    lines++;
                }
                blank = true;
                continue;
            }
            if (!quoted) {
                for (int d = 0; d < DELIMITERS.length; d++) {
                    if (c == DELIMITERS[d]) {
                        counts[d][lines]++;
                    }
                }
            }
            if (!Character.isWhitespace(c)) {
                blank = false;
            }
        }
        if (!blank && lines < SAMPLE_LINES) {
            lines++;
        }
        char best = ',';
        int bestSupport = 0;
        for (int d = 0; d < DELIMITERS.length; d++) {
            int support = support(counts[d], lines);
            if (support > bestSupport) {
                bestSupport = support;
                best = DELIMITERS[d];
            }
        }
        return best;
    }

    /** How many lines share the most common non-zero count. */
    private static int support(int[] counts, int lines) {
        int best = 0;
        for (int i = 0; i < lines; i++) {
            if (counts[i] == 0) {
                continue;
            }
            int same = 0;
            for (int j = 0; j < lines; j++) {
                if (counts[j] == counts[i]) {
                    same++;
                }
            }
            best = Math.max(best, same);
        }
        return best;
    }
}
