package ita.ingest;

import ita.model.CellRange;
import ita.model.InputFormat;
import ita.model.RawCell;
import ita.model.RawSheet;
import ita.model.RawWorkbook;
import ita.model.SourceRef;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.NotOLE2FileException;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads an Excel 97–2003 (BIFF8) workbook with POI HSSF: every sheet's values (formula cells by
 * their cached result) and merged regions. Every POI failure leaves as one {@link InputException}.
 */
public final class XlsReader implements FormatReader {

    public XlsReader() {
    }

    @Override
    public RawWorkbook readFormat(Path file, String displayName, ReadBudget budget) throws InputException {
        SourceRef where = SourceRef.file(displayName);
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
                HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), false)) {
            List<RawSheet> sheets = new ArrayList<>();
            for (Sheet sheet : workbook) {
                sheets.add(readSheet(sheet, budget));
            }
            return new RawWorkbook(displayName, InputFormat.XLS, sheets);
        } catch (EncryptedDocumentException e) {
            throw ReadFailures.passwordProtected(displayName);
        } catch (OldExcelFormatException e) {
            throw ReadFailures.of("not-a-workbook", where, "expected an Excel 97–2003 or newer workbook but found an"
                    + " older Excel format (" + ReadFailures.oneLine(String.valueOf(e.getMessage())) + ")",
                    ReadFailures.RESAVE, e);
        } catch (NotOLE2FileException e) {
            throw ReadFailures.damaged(where, "an xls workbook", "a file that is not an Office 97–2003 document", e);
        } catch (IOException e) {
            throw ReadFailures.damaged(where, "an xls workbook", "a damaged Office 97–2003 file ("
                    + ReadFailures.describe(e) + ")", e);
        } catch (RuntimeException e) {
            // RecordFormatException mostly, but a hostile stream trips POI's parsing in many ways
            throw ReadFailures.damaged(where, "an xls workbook", "damaged BIFF records (" + ReadFailures.describe(e)
                    + ")", e);
        } catch (LinkageError e) {
            throw ReadFailures.unexpected(displayName, InputFormat.XLS, e);
        }
    }

    private static RawSheet readSheet(Sheet sheet, ReadBudget budget) throws InputException {
        RawSheet raw = new RawSheet(sheet.getSheetName());
        int rows = 0;
        for (Row row : sheet) {
            budget.tick();
            boolean counted = false;
            for (Cell cell : row) {
                RawCell value = value(cell);
                if (value == null) {
                    continue;
                }
                if (!counted) {
                    counted = true;
                    budget.checkRows(raw.name(), ++rows);
                }
                budget.addCell();
                raw.put(value);
            }
        }
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            raw.merge(new CellRange(range.getFirstRow(), range.getFirstColumn(), range.getLastRow(),
                    range.getLastColumn()));
        }
        return raw;
    }

    private static RawCell value(Cell cell) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        String text;
        RawCell.Kind kind;
        switch (type) {
            case NUMERIC -> {
                text = DecimalText.of(cell.getNumericCellValue());
                kind = RawCell.Kind.NUMBER;
            }
            case STRING -> {
                text = cell.getRichStringCellValue().getString();
                kind = RawCell.Kind.TEXT;
            }
            case BOOLEAN -> {
                text = cell.getBooleanCellValue() ? "TRUE" : "FALSE";
                kind = RawCell.Kind.BOOLEAN;
            }
            case ERROR -> {
                text = errorText(cell.getErrorCellValue());
                kind = RawCell.Kind.FORMULA_ERROR;
            }
            default -> {
                return null;
            }
        }
        if (text == null || text.isEmpty()) {
            return null;
        }
        return new RawCell(cell.getRowIndex(), cell.getColumnIndex(), text, kind);
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR!";
        }
    }
}
