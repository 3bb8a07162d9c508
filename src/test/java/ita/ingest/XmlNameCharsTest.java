package ita.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.DOMException;
import org.w3c.dom.Document;

/** The name tables agree with the JDK's own on every character of the Basic Multilingual Plane. */
class XmlNameCharsTest {

    @Test
    void agreesWithTheJdkOnEveryCharacter() throws Exception {
        // the JDK's DOM checks names with the same tables as its parser
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        List<String> differences = new ArrayList<>();
        for (int c = 0; c < 0x10000; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            boolean start = accepted(document, String.valueOf((char) c));
            boolean name = accepted(document, "a" + (char) c);
            if (start != XmlNameChars.isNameStart(c) || name != XmlNameChars.isName(c)) {
                differences.add(String.format("U+%04X: JDK start %s name %s", c, start, name));
            }
        }
        assertEquals(List.of(), differences);
        assertEquals(false, XmlNameChars.isNameStart(0x1F600), "no supplementary character, as in the JDK");
    }

    private static boolean accepted(Document document, String name) {
        try {
            document.createElement(name);
            return true;
        } catch (DOMException e) {
            return false;
        }
    }
}
