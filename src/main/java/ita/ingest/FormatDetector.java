package ita.ingest;

import ita.model.InputFormat;
import ita.model.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Tells the format of a file from its bytes, never from its name: ITAS reports saved as ".xls" are
 * often HTML, and files are renamed by hand. Files that are none of the formats are refused here
 * with the reason, so that no reader is handed bytes it cannot read.
 */
public final class FormatDetector {

    static final int HEAD_BYTES = 64 * 1024;
    /** Enough for the signatures of a zip and of an OLE2 file. */
    private static final int MAGIC_BYTES = 8;

    private static final String PASSWORD_STREAM_1 = "EncryptionInfo";
    private static final String PASSWORD_STREAM_2 = "EncryptedPackage";

    private FormatDetector() {
    }

    /**
     * The format of {@code file}, read-only.
     *
     * @throws InputException for an empty, binary, encrypted or otherwise unreadable file
     */
    public static InputFormat detect(Path file, String displayName) throws InputException {
        try {
            return sniff(file, displayName);
        } catch (RuntimeException | LinkageError e) {
            throw ReadFailures.unexpected(displayName, "an xlsx, xls, HTML or CSV file", e);
        }
    }

    private static InputFormat sniff(Path file, String displayName) throws InputException {
        // the signature first: a workbook is told by its first bytes, and only text needs its head read
        byte[] magic = head(file, MAGIC_BYTES, displayName);
        int length = magic.length;
        if (length == 0) {
            throw ReadFailures.emptyFile(displayName);
        }
        if (startsWith(magic, length, 0x50, 0x4B, 0x03, 0x04) || startsWith(magic, length, 0x50, 0x4B, 0x05, 0x06)) {
            return zipFormat(file, displayName);
        }
        if (startsWith(magic, length, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return ole2Format(file, displayName);
        }
        byte[] head = length < MAGIC_BYTES ? magic : head(file, HEAD_BYTES, displayName);
        return textFormat(head, head.length, displayName);
    }

    /** The first bytes of the file, at most {@code max}. */
    private static byte[] head(Path file, int max, String displayName) throws InputException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(max);
        } catch (IOException e) {
            throw ReadFailures.unreadable(displayName, e);
        }
    }

    private static InputFormat zipFormat(Path file, String displayName) throws InputException {
        boolean workbook = false;
        String other = null;
        try (ZipFile zip = new ZipFile(file.toFile(), ZipFile.OPEN_READ, StandardCharsets.UTF_8)) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                String base = name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
                if (base.startsWith("workbook") && base.endsWith(".xml") && !name.contains("_rels/")) {
                    workbook = true;
                } else if (base.equals("workbook.bin")) {
                    other = "an Excel binary workbook (.xlsb)";
                } else if (name.equals("word/document.xml")) {
                    other = "a Word document (.docx)";
                } else if (name.equals("ppt/presentation.xml")) {
                    other = "a PowerPoint file (.pptx)";
                } else if (name.equals("content.xml") && other == null) {
                    other = "an OpenDocument file (.ods or .odt)";
                }
            }
        } catch (ZipException e) {
            throw ZipGuard.unopenable(file, displayName, e);
        } catch (IOException e) {
            throw ReadFailures.unreadable(displayName, e);
        }
        if (workbook) {
            return InputFormat.XLSX;
        }
        String found = other != null ? other : "a zip archive with no workbook in it";
        throw ReadFailures.of("not-a-workbook", SourceRef.file(displayName), "expected an xlsx workbook but found "
                + found, other != null ? ReadFailures.RESAVE
                        : "Unzip it and give the workbook inside, or save the file from Excel as .xlsx.");
    }

    private static InputFormat ole2Format(Path file, String displayName) throws InputException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive(PASSWORD_STREAM_1) || root.hasEntryCaseInsensitive(PASSWORD_STREAM_2)) {
                throw ReadFailures.passwordProtected(displayName);
            }
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                return InputFormat.XLS;
            }
        } catch (IOException | RuntimeException e) {
            throw ReadFailures.damaged(SourceRef.file(displayName), "an xls workbook",
                    "a damaged Office 97–2003 file (" + ReadFailures.describe(e) + ")", e);
        }
        throw ReadFailures.of("not-a-workbook", SourceRef.file(displayName),
                "expected an xls workbook but found an Office 97–2003 file with no workbook in it (perhaps a Word"
                        + " or PowerPoint file)", "Give the Excel export of the report instead.");
    }

    private static InputFormat textFormat(byte[] head, int length, String displayName) throws InputException {
        if (startsWith(head, length, '%', 'P', 'D', 'F', '-')) {
            throw notAWorkbook(displayName, "a PDF document", "Use the Excel export of the report instead of the PDF.");
        }
        if (isOldBiff(head, length)) {
            throw notAWorkbook(displayName, "an Excel 2.x–4.x worksheet, older than this reader supports",
                    ReadFailures.RESAVE);
        }
        Charset bom = TextEncoding.fromBom(head, length);
        boolean utf16 = bom != null && bom != StandardCharsets.UTF_8;
        if (!utf16 && looksBinary(head, length)) {
            throw notAWorkbook(displayName, "binary data that is none of these",
                    "Check that this is the exported report; open it in Excel and save it as .xlsx.");
        }
        int skip = TextEncoding.bomLength(bom);
        String text = new String(head, skip, length - skip, utf16 ? bom : StandardCharsets.ISO_8859_1);
        String start = text.stripLeading();
        if (start.startsWith("<")) {
            String lower = text.toLowerCase(Locale.ROOT);
            if (lower.contains("<table") || lower.contains("<html")) {
                return InputFormat.HTML;
            }
            if (lower.contains("urn:schemas-microsoft-com:office:spreadsheet")) {
                throw notAWorkbook(displayName, "an Excel 2003 XML spreadsheet", ReadFailures.RESAVE);
            }
        }
        return InputFormat.CSV;
    }

    private static InputException notAWorkbook(String file, String found, String fix) {
        return ReadFailures.of("not-a-workbook", SourceRef.file(file), ReadFailures.EXPECTED_ANY + " but found " + found,
                fix);
    }

    /** NUL bytes, many control bytes, or many bytes that no Thai or UTF-8 text has. */
    static boolean looksBinary(byte[] b, int length) {
        int control = 0;
        for (int i = 0; i < length; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return true;
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A) || c == 0x7F) {
                control++;
            }
        }
        if (control * 100 > length) {
            return true;
        }
        if (TextEncoding.isUtf8(b, 0, length, true)) {
            return false;
        }
        // lines that are valid UTF-8 are text even when others are windows-874 (two exports joined)
        int undefined = 0;
        int start = 0;
        for (int i = 0; i <= length; i++) {
            if (i < length && b[i] != '\n') {
                continue;
            }
            if (!TextEncoding.isUtf8(b, start, i, i == length)) {
                for (int k = start; k < i; k++) {
                    int c = b[k] & 0xFF;
                    if ((c >= 0x81 && c <= 0x84) || (c >= 0x86 && c <= 0x90) || (c >= 0x98 && c <= 0x9F)
                            || (c >= 0xDB && c <= 0xDE) || c >= 0xFC) {
                        undefined++;
                    }
                }
            }
            start = i + 1;
        }
        return undefined * 50 > length;
    }

    /** The BOF record that starts an Excel 2.x, 3.x or 4.x file saved without an OLE2 container. */
    private static boolean isOldBiff(byte[] b, int length) {
        return length >= 8 && b[0] == 0x09 && (b[1] == 0x00 || b[1] == 0x02 || b[1] == 0x04) && b[3] == 0
                && (b[2] == 4 || b[2] == 6 || b[2] == 8);
    }

    private static boolean startsWith(byte[] b, int length, int... prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
