package ita.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/** Each XML feature the part parser reads, refuses or hands on, on small parts. */
class PartParserTest {

    /** Elements, attributes and text in a compact form: {@code <c r=A1>[12]</c>}. */
    private static final class Compact extends DefaultHandler {
        final StringBuilder out = new StringBuilder();

        @Override
        public void startElement(String uri, String localName, String qName, Attributes a) {
            out.append('<').append(qName);
            for (int i = 0; i < a.getLength(); i++) {
                out.append(' ').append(a.getQName(i)).append('=').append(a.getValue(i));
            }
            out.append('>');
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            out.append("</").append(qName).append('>');
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            out.append('[').append(ch, start, length).append(']');
        }
    }

    private static String read(byte[] part) throws IOException, SAXException {
        Compact c = new Compact();
        PartParser.parse(new ByteArrayInputStream(part), c);
        return c.out.toString().replace("][", "");
    }

    private static String read(String xml) throws IOException, SAXException {
        return read(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsElementsAttributesAndTextKeepingPrefixes() throws Exception {
        assertEquals("<x:worksheet xmlns:x=u><x:c r=A1 t=s><x:v>[12]</x:v></x:c><x:c r=B1/ s=3></x:c></x:worksheet>",
                read("<x:worksheet xmlns:x=\"u\"><x:c r=\"A1\" t='s'><x:v>12</x:v></x:c><x:c r = \"B1/\"\n s=\"3\"/>"
                        + "</x:worksheet >"));
    }

    @Test
    void givesElementsAndAttributesAsAParserWithoutNamespacesDoes() throws Exception {
        List<String> seen = new ArrayList<>();
        PartParser.parse(new ByteArrayInputStream("<a:b xmlns:a=\"u\" r:id=\"rId1\" t=\"s\"/>".getBytes(
                StandardCharsets.UTF_8)), new DefaultHandler() {
                    @Override
                    public void startElement(String uri, String localName, String qName, Attributes a) {
                        seen.add(uri + "|" + localName + "|" + qName + "|" + a.getLength());
                        seen.add(a.getQName(1) + "|" + a.getLocalName(1) + "|" + a.getURI(1) + "|" + a.getType(1));
                        seen.add(a.getValue("t") + "|" + a.getIndex("r:id") + "|" + a.getValue("", "t") + "|"
                                + a.getIndex("u", "t") + "|" + a.getValue("none") + "|" + a.getQName(3));
                    }
                });
        assertEquals(List.of("||a:b|3", "r:id|r:id||CDATA", "s|1|s|-1|null|null"), seen);
    }

    @Test
    void decodesEntityAndCharacterReferencesInTextAndValues() throws Exception {
        assertEquals("<t v=&<>\"'Aก😀>[&<>\"'ABก😀]</t>",
                read("<t v=\"&amp;&lt;&gt;&quot;&apos;&#65;&#x0E01;&#x1F600;\">&amp;&lt;&gt;&quot;&apos;&#65;&#x42;"
                        + "&#3585;&#128512;</t>"));
    }

    @Test
    void readsCdataSectionsAsText() throws Exception {
        assertEquals("<t>[a<b>&amp;]]>c]</t>", read("<t>a<![CDATA[<b>&amp;]]]]><![CDATA[>]]>c</t>"));
        assertEquals("<t>[x\ny]</t>", read("<t><![CDATA[x\r\ny]]></t>"));
    }

    @Test
    void normalisesAttributeValuesAsXmlSaysForCdataAttributes() throws Exception {
        // white space becomes spaces, CR LF one space; what a character reference gives stays as it is
        assertEquals("<a v=x y z w u\t\n\r></a>", read("<a v=\"x\ty\nz\r\nw\ru&#9;&#10;&#13;\"/>"));
    }

    @Test
    void normalisesLineEndsInText() throws Exception {
        assertEquals("<t>[a\nb\nc\nd\n\n]</t>", read("<t>a\r\nb\rc\nd\r\r\n</t>"));
    }

    @Test
    void skipsCommentsAndProcessingInstructions() throws Exception {
        assertEquals("<a>[tu]</a>", read("<?pi x?>\n<!-- c --><a><!-- <b/> --><?p?>t<?q data?>u</a><!--e--> <?z?>"));
    }

    @Test
    void readsTheDeclarationAndAByteOrderMark() throws Exception {
        assertEquals("<a>[ก]</a>", read("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>\r\n<a>ก</a>"));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertEquals("<a>[ก]</a>", read(FormatFixtures.concat(bom, FormatFixtures.utf8("<?xml version='1.0'?><a>ก</a>"))));
    }

    @Test
    void handsAPartInAnotherEncodingToTheJdksParser() throws Exception {
        assertEquals("<a v=é>[é]</a>", read("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a v=\"é\">é</a>"
                .getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("<a>[ก]</a>", read("\uFEFF<a>ก</a>".getBytes(StandardCharsets.UTF_16BE)));
        assertEquals("<a>[ก]</a>", read("\uFEFF<a>ก</a>".getBytes(StandardCharsets.UTF_16LE)));
        assertEquals("<a>[ก]</a>", read("<?xml version=\"1.0\" encoding=\"UTF-16\"?><a>ก</a>"
                .getBytes(StandardCharsets.UTF_16LE)), "UTF-16 without a byte order mark");
        assertEquals("<a>[x]</a>", read("<?xml version=\"1.1\"?><a>x</a>"), "XML 1.1");
    }

    @Test
    void refusesADoctypeBeforeReadingAnyOfIt() {
        List<String> seen = new ArrayList<>();
        byte[] start = FormatFixtures.utf8("<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY e SYSTEM \"file:///etc/passwd\">");
        InputStream nothingMore = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("read beyond the start of the DOCTYPE");
            }
        };
        assertThrows(SecureXml.DoctypeRefused.class, () -> PartParser.parse(new SequenceInputStream(
                new ByteArrayInputStream(start), nothingMore), new DefaultHandler() {
                    @Override
                    public void startElement(String uri, String localName, String qName, Attributes a) {
                        seen.add(qName);
                    }
                }));
        assertEquals(List.of(), seen);
        assertThrows(SecureXml.DoctypeRefused.class, () -> read("<!-- c --><!DOCTYPE a><a/>"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "<a>x</b>|1|7|The element type \"a\" must be terminated by the matching end-tag \"</a>\".",
        "<a><b></a>|1|9|The element type \"b\" must be terminated by the matching end-tag \"</b>\".",
        "<a>x</a >\\n<b>|2|2|The markup in the document following the root element must be well-formed.",
        "<a><b>|1|7|XML document structures must start and end within the same entity.",
        "<a>&foo;</a>|1|9|The entity \"foo\" was referenced, but not declared.",
        "<a>&amp</a>|1|8|The reference to entity \"amp\" must end with the ';' delimiter.",
        "<a>&#1;</a>|1|8|Character reference \"&#1\" is an invalid XML character.",
        "<a x=\"<\"/>|1|7|The value of attribute \"x\" associated with an element type \"a\" must not contain the '<'"
                + " character.",
        "<a x=\"1\" x=\"2\"/>|1|15|Attribute \"x\" was already specified for element \"a\".",
        "<a>x</a>y|1|9|Content is not allowed in trailing section.",
        "`  `|1|3|Premature end of file.",
        "``|1|1|Premature end of file.",
        "x<a/>|1|1|Content is not allowed in prolog.",
        "<a>]]></a>|1|7|The character sequence \"]]>\" must not appear in content unless used to mark the end of a"
                + " CDATA section.",
        "<a><!-- c -- x --></a>|1|13|The string \"--\" is not permitted within comments.",
        "<a><?xml x?></a>|1|9|The processing instruction target matching \"[xX][mM][lL]\" is not allowed.",
        "<a>กก</b>|1|8|The element type \"a\" must be terminated by the matching end-tag \"</a>\".",
        "<a>\u0001</a>|1|4|An invalid XML character (Unicode: 0x1) was found in the element content of the document.",
        "<a\u2070/>|1|3|Element type \"a\" must be followed by either attribute specifications, \">\" or \"/>\"."})
    void reportsMalformedXmlAtItsLineAndColumn(String xml, int line, int column, String message) {
        SAXParseException e = assertThrows(SAXParseException.class, () -> read(xml.replace("\\n", "\n")));
        assertEquals(message, e.getMessage());
        assertEquals(line + ":" + column, e.getLineNumber() + ":" + e.getColumnNumber());
    }

    @Test
    void holdsNamesAndAttributesToTheJdksLimits() {
        SAXParseException name = assertThrows(SAXParseException.class, () -> read("<" + "a".repeat(1001) + "/>"));
        assertEquals(1 + ":" + 1003, name.getLineNumber() + ":" + name.getColumnNumber());
        StringBuilder many = new StringBuilder("<a");
        for (int i = 0; i <= 10_000; i++) {
            many.append(" x").append(i).append("=\"1\"");
        }
        SAXParseException attributes = assertThrows(SAXParseException.class, () -> read(many + "/>"));
        assertTrue(attributes.getMessage().contains("\"10,000\""), attributes.getMessage());
        many.setLength(many.lastIndexOf(" "));
        assertTrue(assertDoesNotThrowRead(many + "/>").startsWith("<a x0=1 x1=1"), "10,000 attributes are read");
    }

    private static String assertDoesNotThrowRead(String xml) {
        try {
            return read(xml);
        } catch (IOException | SAXException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void readsTagsAndTextLongerThanItsBuffer() throws Exception {
        String value = "ค่า".repeat(100_000);
        String text = "ข้อความ 😀 &amp; ".repeat(50_000);
        assertEquals("<a v=" + value + ">[" + text.replace("&amp;", "&") + "]</a>",
                read("<a v=\"" + value + "\">" + text + "</a>"));
    }

    @Test
    void readsTheSameWhereverTheStreamCutsThePart() {
        byte[] part = FormatFixtures.utf8(FormatFixtures.worksheet("<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\">"
                + "<is><t>หน่วยงาน &amp; 😀\r\n</t></is></c><c r=\"B1\"><f>SUM(A1:A2)</f><v>81.67</v></c></row>"
                + "<!-- c --><row r=\"2\"><c r=\"A2\" t=\"s\" x:y=\"&#x1F600;\t\"><v>0</v></c></row></sheetData>"));
        String whole = XmlEvents.outcome(XmlEvents.OURS, part);
        assertTrue(whole.contains("text [หน่วยงาน & 😀\n]"), whole);
        assertEquals(whole, XmlEvents.outcome(XmlEvents.OURS, XmlEvents.trickle(part), false));
        assertEquals(whole, XmlEvents.outcome(XmlEvents.JDK, part));
    }

    @Test
    void passesOnTheStreamsOwnFailureUnwrapped() {
        IOException breach = new ZipGuard.LimitBreach(ReadFailures.interrupted("a.xlsx"));
        InputStream failing = new SequenceInputStream(new ByteArrayInputStream(FormatFixtures.utf8("<a><b>x</b>")),
                new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw breach;
                    }
                });
        assertSame(breach, assertThrows(IOException.class, () -> PartParser.parse(failing, new DefaultHandler())));
    }

    @Test
    void passesOnTheHandlersStop() {
        SecureXml.Stop stop = new SecureXml.Stop(ReadFailures.interrupted("a.xlsx"));
        assertSame(stop, assertThrows(SecureXml.Stop.class, () -> PartParser.parse(new ByteArrayInputStream(
                FormatFixtures.utf8("<a><b/></a>")), new DefaultHandler() {
                    @Override
                    public void startElement(String uri, String localName, String qName, Attributes a)
                            throws SAXException {
                        if (qName.equals("b")) {
                            throw stop;
                        }
                    }
                })));
    }

    @Test
    void parsesAgainAfterAFailureOnTheSameThread() throws Exception {
        assertThrows(SAXParseException.class, () -> read("<a><b>"));
        assertEquals("<a>[x]</a>", read("<a>x</a>"));
    }
}
