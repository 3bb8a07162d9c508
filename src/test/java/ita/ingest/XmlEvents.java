package ita.ingest;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Writes down what a parser reports to its handler, every attribute as each accessor gives it and the
 * text between two tags joined (parsers may split it anywhere), so that two parsers can be compared.
 */
final class XmlEvents extends DefaultHandler {

    /** A parser of one part into a handler: {@link PartParser#parse} or {@link SecureXml#parse}. */
    interface Parser {
        void parse(InputStream in, ContentHandler handler) throws IOException, SAXException;
    }

    static final Parser OURS = PartParser::parse;
    static final Parser JDK = SecureXml::parse;

    private final List<String> events = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    /**
     * What a parser makes of the bytes: the events, or the exception that stopped it, with line and
     * column for a parse error; the message is left out, since its wording may differ.
     */
    static String outcome(Parser parser, byte[] part) {
        return outcome(parser, new ByteArrayInputStream(part), false);
    }

    /** The same, from a stream, and with the message of a parse error when asked. */
    static String outcome(Parser parser, InputStream in, boolean withMessage) {
        XmlEvents events = new XmlEvents();
        try {
            parser.parse(in, events);
            events.flush();
            return String.join("\n", events.events);
        } catch (SAXParseException e) {
            return "SAXParseException at line " + e.getLineNumber() + ", column " + e.getColumnNumber()
                    + (withMessage ? ": " + e.getMessage() : "");
        } catch (SAXException | IOException e) {
            return e.getClass().getSimpleName();
        }
    }

    /** A stream that gives one to three bytes a read, so that every token is cut at every place. */
    static InputStream trickle(byte[] part) {
        Random random = new Random(part.length);
        return new FilterInputStream(new ByteArrayInputStream(part)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 1 + random.nextInt(3)));
            }
        };
    }

    @Override
    public void startDocument() {
        events.add("start of document");
    }

    @Override
    public void endDocument() {
        flush();
        events.add("end of document");
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        flush();
        StringBuilder sb = new StringBuilder("<").append(qName).append(" uri=\"").append(uri).append("\" local=\"")
                .append(localName).append('"');
        for (int i = 0; i < attributes.getLength(); i++) {
            String name = attributes.getQName(i);
            sb.append("\n  ").append(name).append(" local=").append(attributes.getLocalName(i)).append(" uri=")
                    .append(attributes.getURI(i)).append(" type=").append(attributes.getType(i)).append(" value=[")
                    .append(attributes.getValue(i)).append("] by name=[").append(attributes.getValue(name))
                    .append("] index=").append(attributes.getIndex(name)).append(" type=")
                    .append(attributes.getType(name)).append(" by empty uri=[").append(attributes.getValue("", name))
                    .append("] index=").append(attributes.getIndex("", name));
        }
        sb.append("\n  absent=").append(attributes.getValue("absent")).append(' ')
                .append(attributes.getIndex("absent"));
        events.add(sb.toString());
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        flush();
        events.add("</" + qName + " uri=\"" + uri + "\" local=\"" + localName + "\"");
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        text.append(ch, start, length);
    }

    private void flush() {
        if (text.length() > 0) {
            events.add("text [" + text + "]");
            text.setLength(0);
        }
    }
}
