package ita.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;

/**
 * Any bytes, parsed as a part by our parser and by the JDK's: the same outcome. Both read it with the
 * same events, or both refuse it; where the bytes are UTF-8 without a CR or a DOCTYPE (the differences
 * {@link PartParserEquivalenceTest} asserts), at the same line and column. Our parser also reads the
 * same when the bytes come a few at a time.
 *
 * <p>In a plain test run Jazzer replays the seeds in PartParserFuzzTestInputs; with JAZZER_FUZZ=1 it
 * mutates them.
 */
class PartParserFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void parsesAsTheJdkDoes(byte[] data) {
        String jdk = XmlEvents.outcome(XmlEvents.JDK, data);
        String ours = XmlEvents.outcome(XmlEvents.OURS, data);
        assertEquals(ours, XmlEvents.outcome(XmlEvents.OURS, XmlEvents.trickle(data), false), "read a few bytes at a time");
        if (jdk.equals(ours)) {
            return;
        }
        String text = new String(data, StandardCharsets.ISO_8859_1);
        if (text.contains("<!DOCTYPE")) {
            assertEquals("DoctypeRefused", ours, jdk);
        } else if (!isUtf8(data) || text.indexOf('\r') >= 0) {
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
