package ita.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our part parser against the JDK's: on every XML part of every xlsx the project holds (the sample
 * workbooks, the templates, the test fixtures with the hostile ones and the fuzz seeds) and on parts
 * broken in each way XML can be, the same events, or the same failure at the same line and column,
 * whether the part comes whole or a few bytes at a time. The few places where the two differ on
 * purpose are asserted at the end.
 */
class PartParserEquivalenceTest {

    private static final List<Path> ROOTS = List.of(Path.of("sample-workbooks"), Path.of("src/main/resources"),
            Path.of("src/test/resources"));

    @Test
    void readsEveryPartOfEveryWorkbookAsTheJdkDoes() throws IOException {
        List<Path> workbooks = new ArrayList<>();
        for (Path root : ROOTS) {
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(p -> Files.isRegularFile(p) && p.toString().matches(".*\\.(xlsx|xlsm)")).sorted()
                        .forEach(workbooks::add);
            }
        }
        List<String> differences = new ArrayList<>();
        int parts = 0;
        int refused = 0;
        for (Path workbook : workbooks) {
            for (Part part : xmlParts(workbook)) {
                String jdk = XmlEvents.outcome(XmlEvents.JDK, part.bytes);
                String ours = XmlEvents.outcome(XmlEvents.OURS, part.bytes);
                String cut = XmlEvents.outcome(XmlEvents.OURS, XmlEvents.trickle(part.bytes), false);
                if (!jdk.equals(ours) || !ours.equals(cut)) {
                    differences.add(workbook + " " + part.name + ":\n jdk:  " + jdk + "\n ours: " + ours
                            + "\n cut:  " + cut);
                }
                parts++;
                refused += jdk.startsWith("start of document") ? 0 : 1;
            }
        }
        assertEquals(List.of(), differences);
        assertTrue(workbooks.size() >= 80 && parts >= 450, workbooks.size() + " workbooks, " + parts + " parts");
        assertTrue(refused >= 2, "the DOCTYPE fixtures are among them: " + refused);
    }

    private record Part(String name, byte[] bytes) {
    }

    /** The XML parts of a workbook that opens as a zip; none of one that does not (those are other tests'). */
    private static List<Part> xmlParts(Path workbook) throws IOException {
        List<Part> parts = new ArrayList<>();
        try (ZipFile zip = new ZipFile(workbook.toFile(), StandardCharsets.UTF_8)) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (!entry.getName().matches(".*\\.(xml|rels|vml)")) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    parts.add(new Part(entry.getName(), in.readAllBytes()));
                } catch (ZipException e) {
                    // an entry compressed by a method the JDK cannot inflate, or encrypted
                }
            }
        } catch (ZipException e) {
            // not a zip: a CSV or a damaged archive under an .xlsx name
        }
        return parts;
    }

    /** Parts broken in one way each, written with \n, \r, \t and \xHH escapes; some well-formed ones between. */
    static Stream<String> brokenParts() {
        return """
                <a/>
                <a x="1" y='2'>t</a>
                <a:b xmlns:a="u" a:c="1"/>
                \\n   \\t
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>\\n<a>x</a>
                <?xml version="1.0"?>
                <a>x</b>
                <a><b></a>
                <a>
                <a>x</a>y
                <a>x</a><b/>
                <a x="<"/>
                <a x="&foo;"/>
                <a>&foo;</a>
                <a>&amp;&lt;&gt;&quot;&apos;&#65;&#x42;&#x1F600;</a>
                <a>&#1;</a>
                <a>&#xD800;</a>
                <a>&#0;</a>
                <a>&#99999999999;</a>
                <a>&#;</a>
                <a>&#x;</a>
                <a>&#65</a>
                <a>&#6a5;</a>
                <a>&#xZZ;</a>
                <a>&amp</a>
                <a>&</a>
                <a>& amp;</a>
                <a>&a b;</a>
                <a x="a\\tb\\nc\\r\\nd&#9;e&#10;f"/>
                <a>a\\r\\nb\\nd</a>
                <a><![CDATA[x<y]]>&z]]></a>
                <a><![CDATA[x]></a>
                <a><![CDAT[x]]></a>
                <a>]]></a>
                <a><!-- c -- x --></a>
                <a><!-x--></a>
                <a><!---></a>
                <a><!----></a>
                <a><?pi data?></a>
                <a><?xml data?></a>
                 <?xml version="1.0"?><a/>
                <a><? x?></a>
                <a><?x?y?></a>
                <a x="1" x="2"/>
                <a x=1/>
                <a x="1"y="2"/>
                <a x/>
                <a x=/>
                <a =x/>
                <a x="'/>
                <a x = "1" >t</a >
                <a\\n x="1"\\n/>
                <a>t</a\\n>
                < a/>
                <a/ >
                <a></a
                <a b
                <a>x</
                <a>x\\n</b>
                <a>x\\r\\n</b>
                <a>x</a>\\n\\ny
                <!DOC a/>
                <!-x<a/>
                <!-
                <!
                <a>x<!
                <a/><!
                <a/><!-x
                <a/></
                <a/><!DOCTYPE a>
                &amp;<a/>
                <a/>&amp;
                <?a
                <?
                <a/><?a?
                <a/><?a?x
                <a>ก</a>
                <กข/>
                <a⁰/>
                <a😀/>
                <a·/>
                <·a/>
                <a>ก</b>
                <a>😀</b>
                <1a/>
                <a><1/></a>
                <a></a><!-- c --><?p?>\\n
                <a></a><
                <a>\\x01</a>
                <a x="\\x01"/>
                <a><!-- \\x01 --></a>
                <a>\\xef\\xbf\\xbe</a>
                \\xef\\xbb\\xbf<a>x</b>
                <a><![CDATA[x\\n
                <a><![CDATA[x\\nyy\\n
                <a><!-- x\\n
                <a><!-- x\\ny
                <a><?p x\\n
                <!--\\x01
                <!--&#9;:<\\x01
                """.lines();
    }

    @ParameterizedTest
    @MethodSource("brokenParts")
    void failsWhereTheJdkFailsAndReadsWhatItReads(String escaped) {
        byte[] part = unescape(escaped);
        String jdk = XmlEvents.outcome(XmlEvents.JDK, part);
        assertEquals(jdk, XmlEvents.outcome(XmlEvents.OURS, part));
        assertEquals(jdk, XmlEvents.outcome(XmlEvents.OURS, XmlEvents.trickle(part), false), "read a few bytes at a time");
    }

    @Test
    void differsFromTheJdkOnlyWhereItMeansTo() {
        // a DOCTYPE, complete or not, is refused as one; the JDK's parser reads a cut one far enough to fail on it
        assertEquals("SAXParseException at line 1, column 10", XmlEvents.outcome(XmlEvents.JDK, unescape("<!DOCTYPE")));
        assertEquals("DoctypeRefused", XmlEvents.outcome(XmlEvents.OURS, unescape("<!DOCTYPE")));
        // inside an element the JDK's parser fails on a state of its own scanner, without a position
        assertEquals("SAXException", XmlEvents.outcome(XmlEvents.JDK, unescape("<a><!DOCTYPE a></a>")));
        assertEquals("DoctypeRefused", XmlEvents.outcome(XmlEvents.OURS, unescape("<a><!DOCTYPE a></a>")));
        // bytes that are not UTF-8: the JDK's parser decodes ahead and tells the position of its last token
        assertEquals("SAXParseException at line 1, column 1", XmlEvents.outcome(XmlEvents.JDK, unescape("<a>\\xff</a>")));
        assertEquals("SAXParseException at line 1, column 4", XmlEvents.outcome(XmlEvents.OURS, unescape("<a>\\xff</a>")));
        // after a CR alone, the JDK's parser counts the columns of that line one short
        assertEquals("SAXParseException at line 2, column 2", XmlEvents.outcome(XmlEvents.JDK, unescape("<a>x\\r</b>")));
        assertEquals("SAXParseException at line 2, column 3", XmlEvents.outcome(XmlEvents.OURS, unescape("<a>x\\r</b>")));
    }

    /** The bytes of a part written with \n, \r, \t and \xHH escapes, the rest as UTF-8. */
    static byte[] unescape(String escaped) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '\\' && i + 1 < escaped.length()) {
                char e = escaped.charAt(++i);
                switch (e) {
                    case 'n' -> out.write('\n');
                    case 'r' -> out.write('\r');
                    case 't' -> out.write('\t');
                    case 'x' -> {
                        out.write(Integer.parseInt(escaped.substring(i + 1, i + 3), 16));
                        i += 2;
                    }
                    default -> throw new IllegalArgumentException("escape \\" + e);
                }
            } else {
                int end = Character.isHighSurrogate(c) ? i + 2 : i + 1;
                out.writeBytes(escaped.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end - 1;
            }
        }
        return out.toByteArray();
    }
}
