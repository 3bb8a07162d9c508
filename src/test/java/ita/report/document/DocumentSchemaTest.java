package ita.report.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.schemas.ooxml.system.ooxml.TypeSystemHolder;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every part of every kind of document validates against the OOXML schema (POI's complete schema,
 * poi-ooxml-full, on the test classpath): what Word checks before it offers to repair a file. The packaging parts
 * (content types, relationships, core properties) belong to the OPC standard, whose schemas the jar does not
 * hold; they are checked to be well-formed XML with the right root.
 */
class DocumentSchemaTest {

    /** The packaging parts besides the relationships (*.rels). */
    private static final Set<String> OPC_PARTS = Set.of("/[Content_Types].xml", "/docProps/core.xml");

    @ParameterizedTest
    @EnumSource(AgencyDocuments.Kind.class)
    void everyPartIsValidOoxml(AgencyDocuments.Kind kind) throws Exception {
        for (boolean thaiDigits : new boolean[] {false, true}) {
            SeedAgency.Agency a = SeedAgency.thapKhloWithPreviousYear();
            byte[] docx = new AgencyDocuments(new DocumentOptions(thaiDigits)).toBytes(kind, a.analysis(), a.year(),
                    a.plan(), List.of(AgencyDocumentsTest.ProgressForms.sixMonths(a.plan())));
            Set<String> validated = new TreeSet<>();
            List<String> errors = errors(docx, validated);
            assertEquals(List.of(), errors, kind + (thaiDigits ? " with Thai digits" : ""));
            assertTrue(validated.containsAll(Set.of("/word/document.xml", "/word/styles.xml", "/word/headerN.xml",
                    "/docProps/app.xml")), kind + " validated " + validated);
            if (kind == AgencyDocuments.Kind.MEASURES) {
                assertTrue(validated.contains("/word/charts/chartN.xml"), "the charts are validated too: " + validated);
            }
        }
    }

    /** The schema errors of every part of a .docx, each naming its part; the parts validated go to {@code validated}. */
    static List<String> errors(byte[] docx, Set<String> validated) throws Exception {
        List<String> errors = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String name = "/" + e.getName();
                byte[] part = zip.readAllBytes();
                if (!name.endsWith(".xml") && !name.endsWith(".rels")) {
                    continue;
                }
                if (name.endsWith(".rels") || OPC_PARTS.contains(name)) {
                    wellFormed(name, part);
                    continue;
                }
                // POI's schemas live in their own type system, not XmlBeans' default index
                XmlObject xml = TypeSystemHolder.typeSystem.parse(new ByteArrayInputStream(part), null,
                        new XmlOptions().setLoadLineNumbers());
                assertNotEquals(XmlObject.type, xml.schemaType(), name + " parsed without a schema type");
                assertFalse(xml.schemaType().isNoType(), name + " has no schema type");
                List<XmlError> found = new ArrayList<>();
                xml.validate(new XmlOptions().setErrorListener(found));
                found.forEach(err -> errors.add(name + ": " + err));
                validated.add(name.replaceAll("\\d+", "N"));
            }
        }
        return errors;
    }

    private static void wellFormed(String name, byte[] part) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        String root = f.newDocumentBuilder().parse(new ByteArrayInputStream(part)).getDocumentElement().getLocalName();
        assertTrue(Set.of("Relationships", "coreProperties", "Types").contains(root), name + ": " + root);
    }
}
