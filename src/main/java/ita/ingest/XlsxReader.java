package ita.ingest;

import ita.model.InputFormat;
import ita.model.RawSheet;
import ita.model.RawWorkbook;
import ita.model.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads an xlsx (Office Open XML) workbook with the JDK alone: zip entries streamed through our own
 * strict XML parser ({@link PartParser}, the JDK's SAX parser for a part in another encoding), no DOM
 * and no POI. Gives every worksheet's values (formula cells by their cached
 * value) and merged ranges; styles, dates and chart sheets are not read. Safe for parallel use.
 */
public final class XlsxReader implements FormatReader {

    private static final String DEFAULT_WORKBOOK = "xl/workbook.xml";

    public XlsxReader() {
    }

    @Override
    public RawWorkbook readFormat(Path file, String displayName, ReadBudget budget) throws InputException {
        try (ZipFile zip = new ZipFile(file.toFile(), ZipFile.OPEN_READ, StandardCharsets.UTF_8)) {
            List<RawSheet> sheets = new Reading(new ZipGuard(zip, budget), budget).sheets();
            return new RawWorkbook(displayName, InputFormat.XLSX, sheets);
        } catch (ZipException e) {
            throw ZipGuard.unopenable(file, displayName, e);
        } catch (IOException e) {
            throw ReadFailures.unreadable(displayName, e);
        } catch (RuntimeException | LinkageError e) {
            throw ReadFailures.unexpected(displayName, InputFormat.XLSX, e);
        }
    }

    /** One read of one archive. */
    private static final class Reading {
        private final ZipGuard zip;
        private final ReadBudget budget;
        private final SourceRef fileRef;

        Reading(ZipGuard zip, ReadBudget budget) {
            this.zip = zip;
            this.budget = budget;
            this.fileRef = SourceRef.file(budget.file());
        }

        List<RawSheet> sheets() throws InputException {
            String workbookPart = workbookPart();
            PackageParts.WorkbookHandler workbook = new PackageParts.WorkbookHandler();
            if (!parse(workbookPart, workbook, fileRef)) {
                throw ReadFailures.damaged(fileRef, "an xlsx workbook", "a zip archive without " + workbookPart,
                        null);
            }
            PackageParts.RelationshipsHandler rels = new PackageParts.RelationshipsHandler(workbookPart);
            parse(PackageParts.relsOf(workbookPart), rels, fileRef);
            List<String> shared = sharedStrings(rels);
            List<RawSheet> sheets = new ArrayList<>();
            Map<String, PackageParts.Relationship> byId = rels.byId();
            Map<String, String> sheetOfPart = new HashMap<>();
            for (PackageParts.SheetRef ref : workbook.sheets()) {
                PackageParts.Relationship rel = byId.get(ref.relationshipId());
                if (rel == null || !rel.isOfType("/worksheet")) {
                    continue; // chart, dialog and macro sheets hold no cell values to read
                }
                String earlier = sheetOfPart.putIfAbsent(rel.target(), ref.name());
                if (earlier != null) {
                    // Excel never shares a part; a crafted file does it to make a small part read a thousand times
                    throw ReadFailures.damaged(fileRef, "each sheet in a part of its own", "sheets '" + earlier
                            + "' and '" + ref.name() + "' both in " + rel.target(), null);
                }
                RawSheet sheet = new RawSheet(ref.name());
                SourceRef where = fileRef.inSheet(ref.name());
                if (!parse(rel.target(), new WorksheetHandler(sheet, shared, budget), where)) {
                    throw ReadFailures.damaged(where, "the sheet's part " + rel.target(), "no such entry in the archive",
                            null);
                }
                sheets.add(sheet);
            }
            return sheets;
        }

        private String workbookPart() throws InputException {
            if (zip.entry(DEFAULT_WORKBOOK) != null) {
                return DEFAULT_WORKBOOK; // where every producer puts it; saves parsing the package relationships
            }
            PackageParts.RelationshipsHandler root = new PackageParts.RelationshipsHandler("");
            if (parse("_rels/.rels", root, fileRef)) {
                PackageParts.Relationship office = root.firstOfType("/officeDocument");
                if (office != null && zip.entry(office.target()) != null) {
                    return office.target();
                }
            }
            return DEFAULT_WORKBOOK;
        }

        private List<String> sharedStrings(PackageParts.RelationshipsHandler rels) throws InputException {
            PackageParts.Relationship rel = rels.firstOfType("/sharedStrings");
            String part = rel != null ? rel.target() : "xl/sharedStrings.xml";
            SharedStringsHandler handler = new SharedStringsHandler(budget);
            parse(part, handler, fileRef);
            return handler.strings();
        }

        /** Parses one entry; false when the archive has no such entry. */
        private boolean parse(String entryName, ContentHandler handler, SourceRef where) throws InputException {
            ZipEntry entry = zip.entry(entryName);
            if (entry == null) {
                return false;
            }
            try (InputStream in = zip.open(entry)) {
                PartParser.parse(in, handler);
                return true;
            } catch (ZipGuard.LimitBreach e) {
                throw e.failure;
            } catch (SecureXml.Stop e) {
                throw e.failure;
            } catch (SecureXml.DoctypeRefused e) {
                throw ReadFailures.of("xml-doctype", where, "expected plain workbook XML in entry " + entryName
                        + " but found a DOCTYPE declaration; it was refused unread, since it can pull in outside files"
                        + " or expand without end", "Use the original export: Excel never writes a DOCTYPE.", e);
            } catch (SAXParseException e) {
                throw ReadFailures.damaged(where, "well-formed XML in entry " + entryName, "an error at line "
                        + e.getLineNumber() + ", column " + e.getColumnNumber() + " ("
                        + ReadFailures.oneLine(String.valueOf(e.getMessage())) + ")", e);
            } catch (SAXException | IOException e) {
                throw ReadFailures.damaged(where, "a readable entry " + entryName, ReadFailures.describe(e), e);
            }
        }
    }
}
