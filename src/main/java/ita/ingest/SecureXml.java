package ita.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX parsing, by the JDK's parser, of the workbook parts {@link PartParser} does not read itself (another
 * encoding than UTF-8, an unusual XML declaration), with DTDs refused: a DOCTYPE stops the parse at its start, before any
 * entity is declared, expanded or fetched (XXE, billion laughs). Elements are matched by local name
 * whatever their prefix, without namespace processing, which is faster and reads both transitional
 * and strict OOXML. One parser per thread, reused, because creating one costs more than parsing a
 * small part.
 */
final class SecureXml {

    /** Thrown when a part declares a DOCTYPE. */
    static final class DoctypeRefused extends SAXException {
        private static final long serialVersionUID = 1L;

        DoctypeRefused() {
            super("DOCTYPE refused");
        }
    }

    /** Thrown by a handler to stop the parse with a user-facing failure. */
    static final class Stop extends SAXException {
        private static final long serialVersionUID = 1L;
        final transient InputException failure;

        Stop(InputException failure) {
            super(failure.getMessage());
            this.failure = failure;
        }
    }

    private static final SAXParserFactory FACTORY = newFactory();
    private static final DefaultHandler IDLE = new DefaultHandler();
    private static final ThreadLocal<XMLReader> READERS = ThreadLocal.withInitial(SecureXml::newReader);

    private SecureXml() {
    }

    /** The element name without its prefix: "x:row" → "row". */
    static String local(String qName) {
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }

    /** Parses one part into {@code handler}; the stream is closed by the caller. */
    static void parse(InputStream in, ContentHandler handler) throws IOException, SAXException {
        XMLReader reader = READERS.get();
        reader.setContentHandler(handler);
        try {
            reader.parse(new InputSource(in));
        } finally {
            // the thread keeps the parser; it must not keep the last workbook's data alive too
            reader.setContentHandler(IDLE);
        }
    }

    private static SAXParserFactory newFactory() {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the XML parser cannot be made safe: " + e.getMessage(), e);
        }
        return factory;
    }

    private static XMLReader newReader() {
        try {
            XMLReader reader;
            synchronized (FACTORY) {
                reader = FACTORY.newSAXParser().getXMLReader();
            }
            Refuser refuser = new Refuser();
            reader.setProperty("http://xml.org/sax/properties/lexical-handler", refuser);
            reader.setProperty("http://xml.org/sax/properties/declaration-handler", refuser);
            reader.setEntityResolver(refuser);
            reader.setErrorHandler(refuser);
            return reader;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot create an XML parser: " + e.getMessage(), e);
        }
    }

    /** Stops at the DOCTYPE and resolves nothing, as a second line of defence. */
    private static final class Refuser extends DefaultHandler2 {
        @Override
        public void startDTD(String name, String publicId, String systemId) throws SAXException {
            throw new DoctypeRefused();
        }

        @Override
        public void internalEntityDecl(String name, String value) throws SAXException {
            throw new DoctypeRefused();
        }

        @Override
        public void externalEntityDecl(String name, String publicId, String systemId) throws SAXException {
            throw new DoctypeRefused();
        }

        @Override
        public InputSource resolveEntity(String name, String publicId, String baseUri, String systemId) {
            return new InputSource(new StringReader(""));
        }

        @Override
        public InputSource resolveEntity(String publicId, String systemId) {
            return new InputSource(new StringReader(""));
        }
    }
}
