package ita.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.xml.sax.Attributes;

/**
 * The attributes of the start tag being reported, valid during its startElement call: their values are
 * decoded only when asked for, from the bytes still in the buffer.
 */
final class PartAttributes implements Attributes {

    PartParser.Symbol element;
    int count;
    /** The parser's buffer, which holds the values while the start tag is reported. */
    byte[] buf;
    private PartParser.Symbol[] names = new PartParser.Symbol[16];
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private boolean[] plain = new boolean[16];
    private String[] values = new String[16];
    private char[] scratch = new char[256];
    private final Set<String> many = new HashSet<>();

    void add(PartParser.Symbol name, int start, int end, boolean isPlain) {
        if (count == names.length) {
            int n = count * 2;
            names = Arrays.copyOf(names, n);
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
            plain = Arrays.copyOf(plain, n);
            values = Arrays.copyOf(values, n);
        }
        if (count >= 32) {
            many.add(name.name);
        }
        names[count] = name;
        starts[count] = start;
        ends[count] = end;
        plain[count] = isPlain;
        values[count] = null;
        count++;
    }

    /** Whether the start tag already has this attribute; a set past a few, so that thousands cost no more. */
    boolean has(PartParser.Symbol name) {
        int n = count;
        if (n < 32) {
            for (int i = 0; i < n; i++) {
                PartParser.Symbol other = names[i];
                if (other == name || !(other.kept && name.kept) && other.name.equals(name.name)) {
                    return true;
                }
            }
            return false;
        }
        if (n == 32) {
            many.clear();
            for (int i = 0; i < n; i++) {
                many.add(names[i].name);
            }
        }
        return many.contains(name.name);
    }

    @Override
    public int getLength() {
        return count;
    }

    @Override
    public String getURI(int index) {
        return index >= 0 && index < count ? "" : null;
    }

    @Override
    public String getLocalName(int index) {
        return getQName(index);
    }

    @Override
    public String getQName(int index) {
        return index >= 0 && index < count ? names[index].name : null;
    }

    @Override
    public String getType(int index) {
        return index >= 0 && index < count ? "CDATA" : null;
    }

    @Override
    public String getValue(int index) {
        if (index < 0 || index >= count) {
            return null;
        }
        String v = values[index];
        if (v == null) {
            v = plain[index] ? new String(buf, starts[index], ends[index] - starts[index], StandardCharsets.ISO_8859_1)
                    : decode(starts[index], ends[index]);
            values[index] = v;
        }
        return v;
    }

    @Override
    public int getIndex(String uri, String localName) {
        return uri != null && uri.isEmpty() ? getIndex(localName) : -1;
    }

    @Override
    public int getIndex(String qName) {
        for (int i = 0; i < count; i++) {
            String name = names[i].name;
            if (name == qName || name.equals(qName)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String getType(String uri, String localName) {
        return getType(getIndex(uri, localName));
    }

    @Override
    public String getType(String qName) {
        return getType(getIndex(qName));
    }

    @Override
    public String getValue(String uri, String localName) {
        return getValue(getIndex(uri, localName));
    }

    @Override
    public String getValue(String qName) {
        return getValue(getIndex(qName));
    }

    /** A checked value with references, line ends, tabs or non-ASCII: normalised as XML 1.0 says for CDATA. */
    private String decode(int from, int to) {
        if (scratch.length < to - from) {
            scratch = new char[to - from];
        }
        char[] out = scratch;
        int n = 0;
        int p = from;
        while (p < to) {
            int x = buf[p] & 0xFF;
            if (x == '&') {
                int semicolon = p + 1;
                while (buf[semicolon] != ';') {
                    semicolon++;
                }
                int c = buf[p + 1] == '#' ? charReference(p + 2, semicolon) : PartParser.predefined(buf, p + 1, semicolon);
                n = put(out, n, c);
                p = semicolon + 1;
            } else if (x == '\r') {
                out[n++] = ' ';
                p += p + 1 < to && buf[p + 1] == '\n' ? 2 : 1;
            } else if (x == '\n' || x == '\t') {
                out[n++] = ' ';
                p++;
            } else if (x >= 0x80) {
                int len = PartParser.sequenceLength(x);
                int c = x & (0xFF >> (len + 1));
                for (int i = 1; i < len; i++) {
                    c = c << 6 | buf[p + i] & 0x3F;
                }
                n = put(out, n, c);
                p += len;
            } else {
                out[n++] = (char) x;
                p++;
            }
        }
        return new String(out, 0, n);
    }

    private int charReference(int from, int to) {
        return buf[from] == 'x' ? Integer.parseInt(new String(buf, from + 1, to - from - 1,
                StandardCharsets.ISO_8859_1), 16) : Integer.parseInt(new String(buf, from, to - from,
                StandardCharsets.ISO_8859_1));
    }

    private static int put(char[] out, int n, int c) {
        if (c >= 0x10000) {
            out[n++] = Character.highSurrogate(c);
            out[n++] = Character.lowSurrogate(c);
        } else {
            out[n++] = (char) c;
        }
        return n;
    }
}
