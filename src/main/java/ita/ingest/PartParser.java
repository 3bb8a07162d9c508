package ita.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * A strict XML parser for the UTF-8 parts of an xlsx, driving the same SAX handlers as {@link SecureXml}
 * (no namespace processing: qualified names, empty URI and local name) several times faster: it reads
 * the part's bytes in chunks and decodes them itself, where the JDK's parser goes through a Reader and
 * a general scanner. It accepts and refuses what the JDK's parser does, with the same error positions:
 * malformed XML is a {@link SAXParseException} with line and column, a DOCTYPE is
 * {@link SecureXml.DoctypeRefused} before any of it is read. A part in another encoding, or whose XML
 * declaration is not the plain one, is handed to {@link SecureXml} unread. Comments and processing
 * instructions are checked and skipped. One parser per thread, reused.
 */
final class PartParser {

    private static final int CHUNK = 1 << 16;
    /** Buffers that grew beyond this for a huge tag are not kept for the next part. */
    private static final int KEEP_BYTES = 1 << 20;
    /** The limits the JDK's parser applies under secure processing. */
    private static final int MAX_NAME = 1000;
    private static final int MAX_ATTRIBUTES = 10_000;
    private static final int MAX_SYMBOLS = 2048;
    /** Bytes kept before pos when the buffer moves on: the last two characters of a part. */
    private static final int TAIL = 8;
    /** The tokens scanned again from their start when the buffer ends inside them. */
    private static final int START_TAG = 0;
    private static final int END_TAG = 1;
    private static final int REFERENCE = 2;
    private static final int TARGET = 3;
    private static final String END_OF_ENTITY = "XML document structures must start and end within the same entity.";
    /** The declaration on one line (the JDK's parser counts line ends inside it its own way). */
    private static final Pattern DECLARATION = Pattern.compile("[ \\t]+version[ \\t]*=[ \\t]*([\"'])1\\.0\\1"
            + "(?:[ \\t]+encoding[ \\t]*=[ \\t]*([\"'])([A-Za-z][A-Za-z0-9._-]*)\\2)?"
            + "(?:[ \\t]+standalone[ \\t]*=[ \\t]*([\"'])(?:yes|no)\\4)?[ \\t]*");
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final ThreadLocal<PartParser> PARSERS = ThreadLocal.withInitial(PartParser::new);

    /** Bytes that end a run of plain text: markup, references, line ends, controls, non-ASCII. */
    private static final boolean[] TEXT_STOP = new boolean[256];
    /** Bytes that need a look inside an attribute value. */
    private static final boolean[] VALUE_STOP = new boolean[256];
    /** ASCII name characters: 2 may start a name, 1 only follow. */
    private static final byte[] NAME_ASCII = new byte[128];

    static {
        for (int b = 0; b < 256; b++) {
            TEXT_STOP[b] = b < 0x20 || b >= 0x80 || b == '<' || b == '&' || b == ']';
            VALUE_STOP[b] = b < 0x20 || b >= 0x80 || b == '<' || b == '&' || b == '"' || b == '\'';
        }
        for (int c = 0; c < 128; c++) {
            NAME_ASCII[c] = (byte) (XmlNameChars.isNameStart(c) ? 2 : XmlNameChars.isName(c) ? 1 : 0);
        }
    }

    /** An element or attribute name, kept with its bytes so that an end tag is matched without decoding. */
    static final class Symbol {
        final byte[] bytes;
        final String name;
        final int hash;
        /** Kept in the table: no other symbol has this name. */
        final boolean kept;

        Symbol(byte[] bytes, int hash, boolean kept) {
            this.bytes = bytes;
            String decoded = new String(bytes, StandardCharsets.UTF_8);
            // interned, a kept name is the very String of the handlers' literals, compared by identity
            this.name = kept ? decoded.intern() : decoded;
            this.hash = hash;
            this.kept = kept;
        }
    }

    private final PartAttributes attributes = new PartAttributes();
    private Symbol[] symbols = new Symbol[2 * MAX_SYMBOLS];
    private final Symbol[] single = new Symbol[128];
    private int symbolCount;
    private Symbol[] open = new Symbol[16];
    private int depth;

    private InputStream in;
    private ContentHandler handler;
    private boolean busy;
    private byte[] buf = new byte[CHUNK];
    private int pos;
    private int end;
    private boolean eof;
    /** Offset in the part of buf[0], to know a CR of an earlier chunk. */
    private long base;

    private int line;
    private int lineStart;
    private int columnBase;
    private long lastCr;
    private int savedLine;
    private int savedLineStart;
    private int savedColumnBase;
    private long savedCr;
    /** The last two line ends inside a comment, instruction or CDATA section: where, on which line and column. */
    private final long[] dataBreakAt = new long[2];
    private final int[] dataBreakLine = new int[2];
    private final int[] dataBreakColumn = new int[2];
    private long dataStart;

    private char[] text = new char[8192];
    private int textLength;

    private PartParser() {
    }

    /** Parses one part into {@code handler}; the stream is closed by the caller. */
    static void parse(InputStream in, ContentHandler handler) throws IOException, SAXException {
        PartParser parser = PARSERS.get();
        if (parser.busy) {
            parser = new PartParser();
        }
        parser.run(in, handler);
    }

    private void run(InputStream in, ContentHandler handler) throws IOException, SAXException {
        busy = true;
        this.in = in;
        this.handler = handler;
        pos = 0;
        end = 0;
        eof = false;
        base = 0;
        line = 1;
        lineStart = 0;
        columnBase = 0;
        lastCr = -2;
        depth = 0;
        textLength = 0;
        try {
            if (!prepare()) {
                SecureXml.parse(new SequenceInputStream(new ByteArrayInputStream(buf, 0, end), in), handler);
                return;
            }
            handler.startDocument();
            document();
            handler.endDocument();
        } finally {
            this.in = null;
            this.handler = null;
            attributes.count = 0;
            attributes.buf = null;
            Arrays.fill(open, 0, depth, null);
            if (buf.length > KEEP_BYTES) {
                buf = new byte[CHUNK];
            }
            busy = false;
        }
    }

    // ---- the start: encoding and declaration ------------------------------------------------------------

    /** Reads the first bytes; false when the part is for the JDK's parser (another encoding, an unusual declaration). */
    private boolean prepare() throws IOException {
        available(4);
        if (end >= 1 && (buf[0] == 0 || buf[0] == (byte) 0xFE || buf[0] == (byte) 0xFF)
                || end >= 2 && buf[1] == 0
                || end >= 4 && buf[0] == 0x4C && buf[1] == 0x6F && buf[2] == (byte) 0xA7 && buf[3] == (byte) 0x94) {
            return false; // UTF-16, UCS-4 or EBCDIC
        }
        // pos stays 0 until the start is known, so that the JDK's parser would be given every byte read
        int start = end >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF ? 3 : 0;
        if (startsWith(start, "<?xml")) {
            if (!declaration(start)) {
                return false;
            }
        } else {
            pos = start;
        }
        lineStart = start;
        return true;
    }

    /** The declaration at start, when it is the plain one of a UTF-8 part: skipped; false for anything else. */
    private boolean declaration(int start) throws IOException {
        int close = -1;
        while (close < 0) {
            for (int p = start + 5; p + 1 < end; p++) {
                if (buf[p] == '?' && buf[p + 1] == '>') {
                    close = p;
                    break;
                }
            }
            if (close < 0 && (end > 1024 || !read())) {
                return false;
            }
        }
        String declared = new String(buf, start + 5, close - start - 5, StandardCharsets.ISO_8859_1);
        Matcher m = DECLARATION.matcher(declared);
        if (!m.matches() || m.group(3) != null && !m.group(3).equalsIgnoreCase("UTF-8")) {
            return false;
        }
        pos = close + 2;
        return true;
    }

    // ---- the document --------------------------------------------------------------------------------------

    private void document() throws IOException, SAXException {
        prolog();
        if (depth > 0) {
            content();
        }
        epilog();
    }

    private void prolog() throws IOException, SAXException {
        for (;;) {
            skipSpaces();
            if (pos >= end) {
                throw error(pos, "Premature end of file.");
            }
            if (buf[pos] == '&') {
                throw error(pos + 1, "Reference is not allowed in prolog.");
            }
            if (buf[pos] != '<') {
                throw error(pos, "Content is not allowed in prolog.");
            }
            int n = available(2);
            int c = n < 2 ? -1 : buf[pos + 1];
            if (c == '?') {
                instruction();
            } else if (c == '!') {
                if (available(3) < 3) {
                    throw error(end, END_OF_ENTITY);
                } else if (startsWith(pos, "<!--")) {
                    comment();
                } else if (startsWith(pos, "<!-")) {
                    throw error(available(4) < 4 ? end : pos + 3, available(4) < 4 ? END_OF_ENTITY
                            : "Comment must start with \"<!--\".");
                } else if (startsWith(pos, "<!DOCTYPE")) {
                    throw new SecureXml.DoctypeRefused();
                } else {
                    throw error(pos + 2, "The markup in the document preceding the root element must be well-formed.");
                }
            } else if (n < 2) {
                throw error(end, END_OF_ENTITY);
            } else if (nameStartAt(pos + 1)) {
                startTag();
                return;
            } else {
                throw error(pos + 1, "The markup in the document preceding the root element must be well-formed.");
            }
        }
    }

    private void epilog() throws IOException, SAXException {
        for (;;) {
            skipSpaces();
            if (pos >= end) {
                return;
            }
            if (buf[pos] != '<') {
                throw error(pos, "Content is not allowed in trailing section.");
            }
            int n = available(2);
            int c = n < 2 ? -1 : buf[pos + 1];
            if (c == '?') {
                instruction();
            } else if (c == '!') {
                if (startsWith(pos, "<!--")) {
                    comment();
                } else {
                    throw error(pos + 2, "Comment must start with \"<!--\".");
                }
            } else if (n < 2) {
                throw error(end, END_OF_ENTITY);
            } else {
                throw error(c == '/' ? pos + 2 : pos + 1, "The markup in the document following the root element must"
                        + " be well-formed.");
            }
        }
    }

    private void content() throws IOException, SAXException {
        for (;;) {
            text();
            if (pos >= end) {
                throw error(end, END_OF_ENTITY);
            }
            int n = available(2);
            int c = n < 2 ? -1 : buf[pos + 1];
            if (c == '/') {
                flushText();
                endTag();
                if (depth == 0) {
                    return;
                }
            } else if (c == '?') {
                instruction();
            } else if (c == '!') {
                if (available(3) < 3) {
                    throw error(end, END_OF_ENTITY);
                } else if (startsWith(pos, "<!--")) {
                    comment();
                } else if (startsWith(pos, "<![CDATA[")) {
                    cdata();
                } else if (startsWith(pos, "<!DOCTYPE")) {
                    throw new SecureXml.DoctypeRefused(); // where the JDK's parser fails on its own scanner state
                } else if (startsWith(pos, "<!-")) {
                    throw error(available(4) < 4 ? end : pos + 3, available(4) < 4 ? END_OF_ENTITY
                            : "Comment must start with \"<!--\".");
                } else {
                    throw error(pos + 2, "The content of elements must consist of well-formed character data or"
                            + " markup.");
                }
            } else if (n < 2) {
                throw error(end, END_OF_ENTITY);
            } else if (nameStartAt(pos + 1)) {
                flushText();
                startTag();
            } else {
                throw error(pos + 1, "The content of elements must consist of well-formed character data or markup.");
            }
        }
    }

    // ---- text ----------------------------------------------------------------------------------------------

    /** Character data up to the next '<' or the end of the part, into the text buffer. */
    private void text() throws IOException, SAXException {
        byte[] b = buf;
        int p = pos;
        for (;;) {
            char[] t = text;
            int tl = textLength;
            int limit = Math.min(end, p + t.length - tl);
            while (p < limit) {
                byte x = b[p];
                if (TEXT_STOP[x & 0xFF]) {
                    break;
                }
                t[tl++] = (char) x;
                p++;
            }
            textLength = tl;
            if (tl == t.length) {
                flushText();
                continue;
            }
            if (p >= end) {
                pos = p;
                if (!read()) {
                    return;
                }
                b = buf;
                p = pos;
                continue;
            }
            int x = b[p] & 0xFF;
            if (x == '<') {
                pos = p;
                return;
            }
            if (x >= 0x80) {
                if (x >= 0xE0 && x < 0xF0 && p + 2 < end) { // the Thai letters, three bytes each
                    int b1 = b[p + 1];
                    int b2 = b[p + 2];
                    int c = (x & 0x0F) << 12 | (b1 & 0x3F) << 6 | b2 & 0x3F;
                    if ((b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80 && c >= 0x800 && (c < 0xD800 || c > 0xDFFF)
                            && c < 0xFFFE) {
                        text[textLength++] = (char) c;
                        p += 3;
                        continue;
                    }
                }
                pos = p;
                int c = codePoint(p);
                if (c < 0) {
                    if (!read()) {
                        throw truncated(pos);
                    }
                } else {
                    if (!isChar(c)) {
                        throw invalidChar(p, c, "the element content of the document");
                    }
                    appendText(c);
                    pos = p + sequenceLength(x);
                }
                b = buf;
                p = pos;
            } else if (x == '&') {
                pos = p;
                reference();
                b = buf;
                p = pos;
            } else if (x == '\n' || x == '\r') {
                pos = p;
                p = lineEnd(p);
                b = buf;
            } else if (x == ']') {
                pos = p;
                if (available(3) >= 3 && buf[pos + 1] == ']' && buf[pos + 2] == '>') {
                    throw error(pos + 3, "The character sequence \"]]>\" must not appear in content unless used to"
                            + " mark the end of a CDATA section.");
                }
                b = buf;
                p = pos;
                appendText(']');
                p++;
            } else if (x == '\t') {
                appendText('\t');
                p++;
            } else {
                throw invalidChar(p, x, "the element content of the document");
            }
        }
    }

    /** A line end in text at p: one '\n' for CR LF, CR or LF; returns the position after it. */
    private int lineEnd(int p) throws IOException, SAXException {
        byte x = buf[p];
        newline(p, x);
        appendText('\n');
        p++;
        if (x == '\r') {
            pos = p;
            if (available(1) >= 1 && buf[pos] == '\n') {
                newline(pos, (byte) '\n');
                pos++;
            }
            p = pos;
        }
        return p;
    }

    private void appendText(int c) throws SAXException {
        if (textLength + 2 > text.length) {
            flushText();
        }
        if (c >= 0x10000) {
            text[textLength++] = Character.highSurrogate(c);
            text[textLength++] = Character.lowSurrogate(c);
        } else {
            text[textLength++] = (char) c;
        }
    }

    private void flushText() throws SAXException {
        if (textLength > 0) {
            int n = textLength;
            textLength = 0;
            handler.characters(text, 0, n);
        }
    }

    /** An entity or character reference in text, at pos ('&'). */
    private void reference() throws IOException, SAXException {
        pos = token(REFERENCE);
    }

    /**
     * Scans a reference after its '&' at p; in text it is appended, in an attribute value only checked.
     * Returns the position after its ';', or -1 when the buffer ends first.
     */
    private int scanReference(int p, boolean append) throws SAXException {
        if (p >= end) {
            return needMore();
        }
        if (buf[p] == '#') {
            p++;
            if (p >= end) {
                return needMore();
            }
            boolean hex = buf[p] == 'x';
            if (hex) {
                p++;
            }
            int digits = p;
            long value = 0;
            for (;; p++) {
                if (p >= end) {
                    return needMore();
                }
                int d = Character.digit(buf[p], hex ? 16 : 10);
                if (d < 0 || buf[p] >= 0x80) {
                    break;
                }
                value = Math.min(value * (hex ? 16 : 10) + d, 0x7FFFFFFFL);
            }
            if (p == digits) {
                throw error(p, hex ? "A hexadecimal representation must immediately follow the \"&#x\" in a"
                        + " character reference." : "A decimal representation must immediately follow the \"&#\" in a"
                        + " character reference.");
            }
            if (buf[p] != ';') {
                throw error(p, "The character reference must end with the ';' delimiter.");
            }
            p++;
            if (value > Character.MAX_CODE_POINT || !isChar((int) value)) {
                throw error(p, "Character reference \"&#" + (hex ? "x" : "")
                        + new String(buf, digits, p - 1 - digits, StandardCharsets.ISO_8859_1)
                        + "\" is an invalid XML character.");
            }
            if (append) {
                appendText((int) value);
            }
            return p;
        }
        int nameEnd = scanName(p);
        if (nameEnd < 0) {
            return nameEnd;
        }
        if (nameEnd == p) {
            throw error(p, "The entity name must immediately follow the '&' in the entity reference.");
        }
        if (nameEnd >= end) {
            return needMore();
        }
        int c = predefined(buf, p, nameEnd);
        if (buf[nameEnd] != ';') {
            throw error(nameEnd, "The reference to entity \"" + utf8(p, nameEnd) + "\" must end with the ';'"
                    + " delimiter.");
        }
        if (c < 0) {
            throw error(nameEnd + 1, "The entity \"" + utf8(p, nameEnd) + "\" was referenced, but not declared.");
        }
        if (append) {
            appendText(c);
        }
        return nameEnd + 1;
    }

    /** The character of one of the five predefined entities, else -1. */
    static int predefined(byte[] buf, int from, int to) {
        int n = to - from;
        byte a = buf[from];
        if (n == 2 && buf[from + 1] == 't') {
            return a == 'l' ? '<' : a == 'g' ? '>' : -1;
        }
        if (n == 3 && a == 'a' && buf[from + 1] == 'm' && buf[from + 2] == 'p') {
            return '&';
        }
        if (n == 4) {
            if (a == 'q' && buf[from + 1] == 'u' && buf[from + 2] == 'o' && buf[from + 3] == 't') {
                return '"';
            }
            if (a == 'a' && buf[from + 1] == 'p' && buf[from + 2] == 'o' && buf[from + 3] == 's') {
                return '\'';
            }
        }
        return -1;
    }

    /** A CDATA section at pos, its text appended as it is apart from line ends. */
    private void cdata() throws IOException, SAXException {
        pos += 9;
        startData(pos);
        for (;;) {
            if (pos >= end && !read()) {
                throw endInData(2);
            }
            int x = buf[pos] & 0xFF;
            if (x == ']') {
                if (available(3) < 3) {
                    throw endInData(2);
                }
                if (buf[pos + 1] == ']' && buf[pos + 2] == '>') {
                    pos += 3;
                    return;
                }
                appendText(']');
                pos++;
            } else if (x == '\n' || x == '\r') {
                dataNewline(pos, (byte) x);
                pos++;
                if (x == '\r' && available(1) >= 1 && buf[pos] == '\n') {
                    dataNewline(pos, (byte) '\n');
                    pos++;
                }
                appendText('\n');
            } else if (x >= 0x80) {
                int c = codePoint(pos);
                if (c < 0) {
                    if (!read()) {
                        throw truncated(pos);
                    }
                    continue;
                }
                if (!isChar(c)) {
                    throw invalidData(c, "the CDATA section", 2);
                }
                appendText(c);
                pos += sequenceLength(x);
            } else if (x < 0x20 && x != '\t') {
                throw invalidData(x, "the CDATA section", 2);
            } else {
                appendText(x);
                pos++;
            }
        }
    }

    // ---- comments and processing instructions -------------------------------------------------------------

    /** A comment at pos, checked and skipped. */
    private void comment() throws IOException, SAXException {
        pos += 4;
        startData(pos);
        for (;;) {
            if (pos >= end && !read()) {
                throw endInData(1);
            }
            int x = buf[pos] & 0xFF;
            if (x == '-') {
                if (available(3) < 2) {
                    throw endInData(1);
                }
                if (buf[pos + 1] == '-') {
                    if (end - pos < 3) {
                        throw endInData(1);
                    }
                    if (buf[pos + 2] != '>') {
                        throw error(pos + 2, "The string \"--\" is not permitted within comments.");
                    }
                    pos += 3;
                    return;
                }
                pos++;
            } else {
                skipChar(x, "the comment");
            }
        }
    }

    /** A processing instruction at pos, checked and skipped. */
    private void instruction() throws IOException, SAXException {
        int target = token(TARGET);
        int mark = pos;
        if (target >= end) {
            throw error(end, END_OF_ENTITY);
        }
        if (target == mark + 2) {
            throw error(target, "The processing instruction must begin with the name of the target.");
        }
        if (target - mark - 2 == 3 && (buf[mark + 2] | 0x20) == 'x' && (buf[mark + 3] | 0x20) == 'm'
                && (buf[mark + 4] | 0x20) == 'l') {
            throw error(target, "The processing instruction target matching \"[xX][mM][lL]\" is not allowed.");
        }
        pos = target;
        if (!isSpace(buf[pos])) {
            if (startsWith(pos, "?>")) {
                pos += 2;
                return;
            }
            throw error(pos, "White space is required between the processing instruction target and data.");
        }
        skipSpaces();
        startData(pos);
        for (;;) {
            if (pos >= end && !read()) {
                throw endInData(1);
            }
            int x = buf[pos] & 0xFF;
            if (x == '?') {
                if (available(2) < 2) {
                    throw endInData(1);
                }
                pos++;
                if (buf[pos] == '>') {
                    pos++;
                    return;
                }
            } else {
                skipChar(x, "the processing instruction");
            }
        }
    }

    /** Steps over one character of a comment or instruction at pos, checking it. */
    private void skipChar(int x, String where) throws IOException, SAXException {
        if (x == '\n' || x == '\r') {
            dataNewline(pos, (byte) x);
            pos++;
        } else if (x >= 0x80) {
            int c = codePoint(pos);
            if (c < 0) {
                if (!read()) {
                    throw truncated(pos);
                }
                return;
            }
            if (!isChar(c)) {
                throw invalidData(c, where, 1);
            }
            pos += sequenceLength(x);
        } else if (x < 0x20 && x != '\t') {
            throw invalidData(x, where, 1);
        } else {
            pos++;
        }
    }

    // ---- tags ----------------------------------------------------------------------------------------------

    /** A start tag at pos: its element started, and ended too when it is empty. */
    private void startTag() throws IOException, SAXException {
        int r = token(START_TAG);
        Symbol element = attributes.element;
        boolean empty = buf[r - 2] == '/';
        handler.startElement("", "", element.name, attributes);
        attributes.count = 0;
        pos = r;
        if (empty) {
            handler.endElement("", "", element.name);
        } else {
            if (depth == open.length) {
                open = Arrays.copyOf(open, depth * 2);
            }
            open[depth++] = element;
        }
    }

    /** Scans the start tag at mark into the attributes; the position after it, or -1 when the buffer ends first. */
    private int scanStartTag(int mark) throws SAXException {
        PartAttributes a = attributes;
        a.count = 0;
        int p = mark + 1;
        int nameEnd = scanName(p);
        if (nameEnd < 0) {
            return nameEnd;
        }
        Symbol element = symbol(p, nameEnd);
        a.element = element;
        a.buf = buf;
        p = nameEnd;
        for (;;) {
            boolean space = false;
            for (;; p++) {
                if (p >= end) {
                    return needMore();
                }
                byte x = buf[p];
                if (x == ' ') {
                    space = true;
                } else if (x == '\n' || x == '\r') {
                    newline(p, x);
                    space = true;
                } else if (x == '\t') {
                    space = true;
                } else {
                    break;
                }
            }
            byte x = buf[p];
            if (x == '>') {
                return p + 1;
            }
            if (x == '/') {
                if (p + 1 >= end) {
                    return needMore();
                }
                if (buf[p + 1] == '>') {
                    return p + 2;
                }
                throw error(p + 1, followedBy(element));
            }
            int attributeEnd = space ? scanName(p) : p;
            if (attributeEnd < 0) {
                return attributeEnd;
            }
            if (attributeEnd == p) {
                throw error(p, followedBy(element));
            }
            p = scanAttribute(element, p, attributeEnd);
            if (p < 0) {
                return p;
            }
        }
    }

    /** One attribute from its name at p to its closing quote; the position after it, or -1. */
    private int scanAttribute(Symbol element, int p, int nameEnd) throws SAXException {
        Symbol name = symbol(p, nameEnd);
        p = skipTagSpaces(nameEnd);
        if (p < 0) {
            return p;
        }
        if (buf[p] != '=') {
            throw error(p, "Attribute name \"" + name.name + "\" associated with an element type \"" + element.name
                    + "\" must be followed by the ' = ' character.");
        }
        p = skipTagSpaces(p + 1);
        if (p < 0) {
            return p;
        }
        byte quote = buf[p];
        if (quote != '"' && quote != '\'') {
            throw error(p, "Open quote is expected for attribute \"" + name.name + "\" associated with an  element"
                    + " type  \"" + element.name + "\".");
        }
        int start = ++p;
        boolean plain = true;
        for (;;) {
            if (p >= end) {
                return needMore();
            }
            int x = buf[p] & 0xFF;
            if (!VALUE_STOP[x]) {
                p++;
                continue;
            }
            if (x == '"' || x == '\'') {
                if (x == quote) {
                    break;
                }
                p++;
                continue;
            }
            plain = false;
            if (x == '\t') {
                p++;
            } else if (x == '\n' || x == '\r') {
                newline(p, (byte) x);
                p++;
            } else if (x == '&') {
                p = scanReference(p + 1, false);
                if (p < 0) {
                    return p;
                }
            } else if (x == '<') {
                throw error(p, "The value of attribute \"" + name.name + "\" associated with an element type \""
                        + element.name + "\" must not contain the '<' character.");
            } else if (x >= 0x80) {
                int c = codePoint(p);
                if (c < 0) {
                    return needMore();
                }
                if (!isChar(c)) {
                    throw invalidValueChar(p, c, name, element);
                }
                p += sequenceLength(x);
            } else {
                throw invalidValueChar(p, x, name, element);
            }
        }
        int valueEnd = p++;
        PartAttributes a = attributes;
        if (a.has(name)) {
            throw error(p, "Attribute \"" + name.name + "\" was already specified for element \"" + element.name
                    + "\".");
        }
        if (a.count == MAX_ATTRIBUTES) {
            throw error(p, "JAXP00010002:  Element \"" + element.name + "\" has more than \"10,000\" attributes,"
                    + " \"10,000\" is the limit imposed by the JDK.");
        }
        a.add(name, start, valueEnd, plain);
        return p;
    }

    private int skipTagSpaces(int p) throws SAXException {
        for (;; p++) {
            if (p >= end) {
                return needMore();
            }
            byte x = buf[p];
            if (x == '\n' || x == '\r') {
                newline(p, x);
            } else if (x != ' ' && x != '\t') {
                return p;
            }
        }
    }

    private static String followedBy(Symbol element) {
        return "Element type \"" + element.name + "\" must be followed by either attribute specifications, \">\" or"
                + " \"/>\".";
    }

    /** An end tag at pos, matched against the open element by its bytes. */
    private void endTag() throws IOException, SAXException {
        pos = token(END_TAG);
        Symbol element = open[--depth];
        open[depth] = null;
        handler.endElement("", "", element.name);
    }

    private int scanEndTag(int mark) throws SAXException {
        Symbol element = open[depth - 1];
        byte[] name = element.bytes;
        int p = mark + 2;
        for (byte b : name) {
            if (p >= end && !eof) {
                return -1;
            }
            if (p >= end || buf[p] != b) {
                throw error(mark + 2, "The element type \"" + element.name + "\" must be terminated by the matching"
                        + " end-tag \"</" + element.name + ">\".");
            }
            p++;
        }
        p = skipTagSpaces(p);
        if (p < 0) {
            return p;
        }
        if (buf[p] != '>') {
            throw error(p, "The end-tag for element type \"" + element.name + "\" must end with a '>' delimiter.");
        }
        return p + 1;
    }

    // ---- names ---------------------------------------------------------------------------------------------

    /**
     * Scans a name at p: the position after it (p itself when no name starts there), or -1 when the buffer
     * ends first, since the name may go on in the next chunk.
     */
    private int scanName(int p) throws SAXException {
        int start = p;
        int chars = 0;
        for (;;) {
            if (p >= end) {
                if (!eof) {
                    return -1;
                }
                break;
            }
            int x = buf[p] & 0xFF;
            if (x < 0x80) {
                int kind = NAME_ASCII[x];
                if (kind == 0 || kind == 1 && p == start) {
                    break;
                }
                p++;
                chars++;
            } else {
                int c = codePoint(p);
                if (c < 0) {
                    return needMore();
                }
                if (p == start ? !XmlNameChars.isNameStart(c) : !XmlNameChars.isName(c)) {
                    break;
                }
                p += sequenceLength(x);
                chars++;
            }
        }
        if (chars > MAX_NAME) {
            throw error(p, "JAXP00010005: The length of entity \"[xml]\" is \"" + String.format("%,d", chars)
                    + "\" that exceeds the \"1,000\" limit set by \"FEATURE_SECURE_PROCESSING\".");
        }
        return p;
    }

    private boolean nameStartAt(int p) throws IOException, SAXException {
        int x = buf[p] & 0xFF;
        if (x < 0x80) {
            return NAME_ASCII[x] == 2;
        }
        int c;
        while ((c = codePoint(p)) < 0) {
            int shift = pos;
            if (!read()) {
                throw truncated(p);
            }
            p -= shift - pos;
        }
        return XmlNameChars.isNameStart(c);
    }


    /** The symbol of the name in buf[from, to): one String per distinct name, kept from part to part. */
    private Symbol symbol(int from, int to) {
        if (to - from == 1 && buf[from] >= 0) { // c, v, t, r, s: most names of a worksheet
            Symbol s = single[buf[from]];
            return s != null ? s : (single[buf[from]] = new Symbol(new byte[] {buf[from]}, buf[from], true));
        }
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + buf[i];
        }
        Symbol[] table = symbols;
        int mask = table.length - 1;
        for (int i = h & mask;; i = i + 1 & mask) {
            Symbol s = table[i];
            if (s == null) {
                boolean kept = symbolCount < MAX_SYMBOLS; // a part of made-up names must not fill the memory
                Symbol made = new Symbol(Arrays.copyOfRange(buf, from, to), h, kept);
                if (kept) {
                    table[i] = made;
                    symbolCount++;
                }
                return made;
            }
            if (s.hash == h && Arrays.equals(s.bytes, 0, s.bytes.length, buf, from, to)) {
                return s;
            }
        }
    }

    // ---- characters ----------------------------------------------------------------------------------------

    /** The code point of the UTF-8 sequence at p, -1 when the buffer ends inside it; a bad sequence is an error. */
    private int codePoint(int p) throws SAXException {
        int b0 = buf[p] & 0xFF;
        int n = sequenceLength(b0);
        if (n == 0) {
            throw error(p, "Invalid byte 1 of 1-byte UTF-8 sequence.");
        }
        int c = b0 & (0xFF >> (n + 1));
        for (int i = 1; i < n; i++) {
            if (p + i >= end) {
                if (eof) {
                    throw truncated(p);
                }
                return -1;
            }
            int b = buf[p + i];
            if ((b & 0xC0) != 0x80) {
                throw error(p, "Invalid byte " + (i + 1) + " of " + n + "-byte UTF-8 sequence.");
            }
            c = c << 6 | b & 0x3F;
        }
        if (n == 3 && (c < 0x800 || c >= 0xD800 && c <= 0xDFFF) || n == 4 && (c < 0x10000 || c > 0x10FFFF)) {
            throw error(p, "Invalid byte 2 of " + n + "-byte UTF-8 sequence.");
        }
        return c;
    }

    /** Bytes of the UTF-8 sequence led by b0; 0 for a byte that cannot lead one. */
    static int sequenceLength(int b0) {
        if (b0 < 0x80) {
            return 1;
        }
        if (b0 < 0xC2) {
            return 0;
        }
        return b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : b0 < 0xF5 ? 4 : 0;
    }

    private static boolean isChar(int c) {
        return c >= 0x20 ? c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF
                : c == 0x9 || c == 0xA || c == 0xD;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    private String utf8(int from, int to) {
        return new String(buf, from, to - from, StandardCharsets.UTF_8);
    }

    // ---- the buffer ----------------------------------------------------------------------------------------

    /**
     * Scans the token of that kind at pos; while the buffer ends inside it, reads on and scans it again
     * from its start. Leaves pos at its start, moved with the buffer, and gives the position after it.
     */
    private int token(int kind) throws IOException, SAXException {
        int mark = pos;
        saveLine();
        for (;;) {
            int r = switch (kind) {
                case START_TAG -> scanStartTag(mark);
                case END_TAG -> scanEndTag(mark);
                case REFERENCE -> scanReference(mark + 1, true);
                default -> scanName(mark + 2);
            };
            if (r >= 0) {
                pos = mark;
                return r;
            }
            restoreLine();
            pos = mark;
            read();
            mark = pos;
            saveLine();
        }
    }

    /**
     * Drops the bytes before pos (but the last few, for {@link #endInData}) and reads more after the ones kept;
     * false at the end of the part.
     * Positions inside the buffer move down by what was dropped.
     */
    private boolean read() throws IOException {
        if (eof) {
            return false;
        }
        int drop = pos - TAIL;
        if (drop > 0) {
            if (lineStart < drop) {
                columnBase += columns(lineStart, drop);
                lineStart = drop;
            }
            System.arraycopy(buf, drop, buf, 0, end - drop);
            end -= drop;
            lineStart -= drop;
            base += drop;
            pos -= drop;
        }
        if (end == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2); // a tag longer than the buffer
        }
        for (;;) {
            int n = in.read(buf, end, buf.length - end);
            if (n < 0) {
                eof = true;
                return false;
            }
            if (n > 0) {
                end += n;
                return true;
            }
        }
    }

    /** Loads until n bytes from pos are in the buffer or the part ends; the number available, up to n. */
    private int available(int n) throws IOException {
        while (end - pos < n && read()) {
            // reading on
        }
        return Math.min(n, end - pos);
    }

    private boolean startsWith(int p, String s) throws IOException {
        int shift = pos;
        int need = p - pos + s.length();
        if (available(need) < need) {
            return false;
        }
        p -= shift - pos;
        for (int i = 0; i < s.length(); i++) {
            if (buf[p + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void skipSpaces() throws IOException {
        for (;;) {
            if (pos >= end && !read()) {
                return;
            }
            byte x = buf[pos];
            if (x == '\n' || x == '\r') {
                newline(pos, x);
            } else if (x != ' ' && x != '\t') {
                return;
            }
            pos++;
        }
    }

    /** -1, for a scan that reached the end of the buffer, or the error at the end of the part. */
    private int needMore() throws SAXException {
        if (eof) {
            throw error(end, END_OF_ENTITY);
        }
        return -1;
    }

    // ---- where: line and column as the JDK's parser counts them -------------------------------------------

    /** Starts a comment, instruction or CDATA section at p: no line end seen in it yet. */
    private void startData(int p) {
        dataStart = base + p;
        dataBreakAt[0] = -1;
        dataBreakAt[1] = -1;
    }

    /** A line end inside data, remembered before it is counted. */
    private void dataNewline(int p, byte b) {
        if (b == '\n' && lastCr == base + p - 1) {
            newline(p, b); // the LF of a CR LF, which the JDK's parser has counted with the CR
            return;
        }
        dataBreakAt[1] = dataBreakAt[0];
        dataBreakLine[1] = dataBreakLine[0];
        dataBreakColumn[1] = dataBreakColumn[0];
        dataBreakAt[0] = base + p;
        dataBreakLine[0] = line;
        dataBreakColumn[0] = columnBase + (p > lineStart ? columns(lineStart, p) : 0) + 1;
        newline(p, b);
    }

    /**
     * An invalid character at pos inside data; but when the part ends within the first {@code raw} characters
     * of the data, which the JDK's parser holds back and never checks, the end of the part is the error.
     */
    private SAXParseException invalidData(int c, String where, int raw) throws IOException {
        if (available(4 * raw + 1) <= 4 * raw && dataStart >= base) {
            int chars = 0;
            for (int p = (int) (dataStart - base); p < end; p++) {
                chars += (buf[p] & 0xC0) != 0x80 ? 1 : 0;
            }
            if (chars <= raw) {
                return endInData(raw);
            }
        }
        return invalidChar(pos, c, where);
    }

    /**
     * The part ends inside a comment, instruction or CDATA section: the JDK's parser counts its last {@code raw}
     * characters (those it holds back, looking for the closing delimiter) as columns, line ends included.
     */
    private SAXParseException endInData(int raw) {
        int p = end;
        int units = 0;
        while (units < raw && p > 0 && base + p > dataStart) {
            p--;
            while (p > 0 && (buf[p] & 0xC0) == 0x80) {
                p--;
            }
            units += (buf[p] & 0xF8) == 0xF0 ? 2 : 1;
        }
        long tail = base + p;
        for (int q = p; q < end; q++) {
            if (buf[q] == '\r') {
                return error(end, END_OF_ENTITY); // how the JDK's parser counts a CR there is its own
            }
        }
        for (int i = 1; i >= 0; i--) {
            if (dataBreakAt[i] >= tail) {
                int at = (int) (dataBreakAt[i] - base);
                return new SAXParseException(END_OF_ENTITY, null, null, dataBreakLine[i],
                        dataBreakColumn[i] + columns(at, end));
            }
        }
        return error(end, END_OF_ENTITY);
    }

    /** Counts the line end at p; CR LF is one. */
    private void newline(int p, byte b) {
        if (b == '\r') {
            lastCr = base + p;
            line++;
        } else if (lastCr != base + p - 1) {
            line++;
        }
        lineStart = p + 1;
        columnBase = 0;
    }

    /** Remembers where a token starts, to scan it again from there once more of the part is read. */
    private void saveLine() {
        savedLine = line;
        savedLineStart = lineStart;
        savedColumnBase = columnBase;
        savedCr = lastCr;
    }

    private void restoreLine() {
        line = savedLine;
        lineStart = savedLineStart;
        columnBase = savedColumnBase;
        lastCr = savedCr;
    }

    /** UTF-16 units in buf[from, to): what the JDK's parser counts as columns. Eight bytes at a time. */
    private int columns(int from, int to) {
        byte[] b = buf;
        int n = to - from;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONGS.get(b, i);
            // continuation bytes 10xxxxxx count nothing, the lead of a four-byte sequence 11110xxx two
            n -= Long.bitCount(x & ~(x << 1) & 0x8080808080808080L);
            n += Long.bitCount(x & x << 1 & x << 2 & x << 3 & ~(x << 4) & 0x8080808080808080L);
        }
        for (; i < to; i++) {
            int x = b[i];
            if ((x & 0xC0) == 0x80) {
                n--;
            } else if ((x & 0xF8) == 0xF0) {
                n++;
            }
        }
        return n;
    }

    private SAXParseException error(int p, String message) {
        int column = columnBase + (p > lineStart ? columns(lineStart, Math.min(p, end)) : 0) + 1;
        return new SAXParseException(message, null, null, line, column);
    }

    private SAXParseException truncated(int p) {
        int n = sequenceLength(buf[p] & 0xFF);
        return error(p, "Invalid byte " + (end - p + 1) + " of " + n + "-byte UTF-8 sequence.");
    }

    private SAXParseException invalidChar(int p, int c, String where) {
        return error(p, "An invalid XML character (Unicode: 0x" + Integer.toHexString(c) + ") was found in " + where
                + ".");
    }

    private SAXParseException invalidValueChar(int p, int c, Symbol name, Symbol element) {
        return error(p, "An invalid XML character (Unicode: 0x" + Integer.toHexString(c) + ") was found in the value"
                + " of attribute \"" + name.name + "\" and element is \"" + element.name + "\".");
    }
}
