package ita.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;

/**
 * Any bytes, parsed as a part by our parser and by the JDK's: the same outcome. Both read it with the
 * same events, or both refuse it; where the bytes are UTF-8 without a CR or a DOCTYPE (the differences
 * {@link PartParserEquivalenceTest} asserts) and do not end inside a comment, instruction or CDATA
 * section, at the same line and column. Our parser also reads the
 * same when the bytes come a few at a time.
 *
 * <p>In a plain test run Jazzer replays the seeds in PartParserFuzzTestInputs; with JAZZER_FUZZ=1 it
 * mutates them.
 */
class PartParserFuzzTest {

    private static final String END = "XML document structures must start and end within the same entity.";

    @FuzzTest(maxDuration = "60s")
    void parsesAsTheJdkDoes(byte[] data) {
        String jdk = XmlEvents.outcome(XmlEvents.JDK, data);
        String ours = XmlEvents.outcome(XmlEvents.OURS, data);
        String trickled = XmlEvents.outcome(XmlEvents.OURS, XmlEvents.trickle(data), false);
        boolean utf8 = isUtf8(data);
        // bytes that are not UTF-8 may go to the JDK's parser, whose position then depends on how far it read
        assertEquals(utf8 ? ours : kind(ours), utf8 ? trickled : kind(trickled), "read a few bytes at a time");
        if (jdk.equals(ours)) {
            return;
        }
        String text = new String(data, StandardCharsets.ISO_8859_1);
        boolean doctype = text.contains("<!DOCTYPE");
        if (doctype && ours.equals("DoctypeRefused")) {
            return; // refused, where the JDK's parser may first fail on the DOCTYPE or on what comes before it
        }
        // a part cut inside a comment, instruction or CDATA section: the JDK's parser holds back its last
        // characters unchecked, and how many depends on how far it has read
        boolean cut = XmlEvents.outcome(XmlEvents.JDK, new ByteArrayInputStream(data), true).endsWith(END);
        if (doctype || !utf8 || text.indexOf('\r') >= 0 || cut) {
            assertEquals(kind(jdk), kind(ours));
        } else {
            assertEquals(jdk, ours);
        }
    }

    private static String kind(String outcome) {
        return outcome.startsWith("SAXParseException") ? "SAXParseException" : outcome;
    }

    private static boolean isUtf8(byte[] data) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
