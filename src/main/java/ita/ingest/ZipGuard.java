package ita.ingest;

import ita.model.SourceRef;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Opens xlsx entries under the read limits: checks each entry's declared sizes before inflating it,
 * then counts the bytes actually inflated, because declared sizes can lie.
 */
final class ZipGuard {

    /** Entries below this size are not ratio-checked: tiny repetitive parts compress very well. */
    static final long RATIO_GRACE_BYTES = 1L << 20;

    /** Thrown from inside the XML parser's reads; carries the user-facing failure out of it. */
    static final class LimitBreach extends IOException {
        private static final long serialVersionUID = 1L;
        final transient InputException failure;

        LimitBreach(InputException failure) {
            super(failure.getMessage());
            this.failure = failure;
        }
    }

    private final ZipFile zip;
    private final ReadBudget budget;

    ZipGuard(ZipFile zip, ReadBudget budget) throws InputException {
        this.zip = zip;
        this.budget = budget;
        int entries = zip.size();
        if (entries > budget.limits().maxEntries()) {
            throw ReadFailures.of("zip-bomb", where(), "expected at most " + budget.limits().maxEntries()
                    + " entries in the xlsx archive but found " + entries, bombFix());
        }
    }

    ZipEntry entry(String name) {
        return zip.getEntry(name);
    }

    /** A stream over one entry's inflated bytes that stops at the first limit crossed. */
    InputStream open(ZipEntry entry) throws InputException, IOException {
        int method = entry.getMethod();
        if (method != ZipEntry.STORED && method != ZipEntry.DEFLATED) {
            throw unsupportedCompression(budget.file(), entry.getName(), method);
        }
        long size = entry.getSize();
        long compressed = entry.getCompressedSize();
        ReadLimits limits = budget.limits();
        if (size > limits.maxUncompressedBytes() - budget.inflated()) {
            throw tooMuchContent();
        }
        if (size > RATIO_GRACE_BYTES && compressed > 0 && size / compressed > limits.maxEntryRatio()) {
            throw ratioFailure(entry, size / compressed);
        }
        return new CountingStream(zip.getInputStream(entry), entry);
    }

    static InputException unsupportedCompression(String file, String entry, int method) {
        return ReadFailures.of("unsupported-compression", SourceRef.file(file), "expected deflate compression but entry "
                + entry + " uses a compression method this reader does not support (method " + method
                + methodName(method) + ")", ReadFailures.RESAVE);
    }

    /** The failure for a zip the JDK would not open: an unsupported method named, else a damaged archive. */
    static InputException unopenable(Path zip, String file, ZipException e) {
        ZipDiagnosis.UnsupportedEntry entry = ZipDiagnosis.unsupportedMethod(zip);
        if (entry != null && entry.encrypted()) {
            return ReadFailures.of("password-protected", SourceRef.file(file), "expected an xlsx workbook but found"
                    + " a zip archive whose entry " + entry.name() + " is encrypted with a password", "Unzip it with"
                    + " its password and give the workbook inside, or ask the sender for the file without a password.");
        }
        if (entry != null) {
            return unsupportedCompression(file, entry.name(), entry.method());
        }
        return ReadFailures.damaged(SourceRef.file(file), "an xlsx workbook",
                "a damaged or truncated zip archive (" + ReadFailures.oneLine(String.valueOf(e.getMessage())) + ")", e);
    }

    private InputException ratioFailure(ZipEntry entry, long ratio) {
        return ReadFailures.of("zip-bomb", where(), "expected entries that expand at most "
                + budget.limits().maxEntryRatio() + " times but entry " + entry.getName() + " expands " + ratio
                + " times; it was refused as a possible zip bomb", bombFix());
    }

    private InputException tooMuchContent() {
        return ReadFailures.of("zip-bomb", where(), "expected at most "
                + ReadFailures.megabytes(budget.limits().maxUncompressedBytes())
                + " of content once unzipped but found more; it was refused as a possible zip bomb", bombFix());
    }

    private InputException beyondDeclared(ZipEntry entry) {
        return ReadFailures.of("zip-bomb", where(), "expected entry " + entry.getName() + " to expand to its declared "
                + entry.getSize() + " bytes but it expands further; it was refused as a damaged file or zip bomb",
                bombFix());
    }

    private SourceRef where() {
        return SourceRef.file(budget.file());
    }

    private static String bombFix() {
        return "Check where the file came from; a genuine ITAS export is far smaller once unzipped.";
    }

    private static String methodName(int method) {
        return switch (method) {
            case 9 -> ", deflate64";
            case 12 -> ", bzip2";
            case 14 -> ", LZMA";
            case 93 -> ", Zstandard";
            case 95 -> ", XZ";
            case 99 -> ", AES encryption";
            default -> "";
        };
    }

    private final class CountingStream extends FilterInputStream {
        private final ZipEntry entry;
        private final long declared;
        private final long compressed;
        private long count;

        CountingStream(InputStream in, ZipEntry entry) {
            super(in);
            this.entry = entry;
            this.declared = entry.getSize();
            this.compressed = entry.getCompressedSize();
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (Thread.currentThread().isInterrupted()) {
                // the parser pulls a few kilobytes at a time, so this stops even a part with no cells
                throw new LimitBreach(ReadFailures.interrupted(budget.file()));
            }
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        private void counted(long n) throws LimitBreach {
            count += n;
            if (declared >= 0 && count > declared) {
                throw new LimitBreach(beyondDeclared(entry));
            }
            if (!budget.addInflated(n)) {
                throw new LimitBreach(tooMuchContent());
            }
            if (count > RATIO_GRACE_BYTES && compressed > 0 && count / compressed > budget.limits().maxEntryRatio()) {
                throw new LimitBreach(ratioFailure(entry, count / compressed));
            }
        }
    }
}
