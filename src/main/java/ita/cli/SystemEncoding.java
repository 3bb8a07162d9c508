package ita.cli;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether the system lets Java name files in Thai. On Linux and other Unix systems Java turns file names into bytes
 * with the encoding of the locale ({@code sun.jnu.encoding}); under {@code LANG=C} that is ASCII, and every Thai
 * folder or file name fails. Windows names files in UTF-16 whatever its code page, but passes the command line through
 * the code page, which may have no Thai letters.
 */
final class SystemEncoding {

    /** A Thai letter and sara am: what every output path holds. */
    private static final String THAI = "กำ";

    private SystemEncoding() {
    }

    /** The line that stops the run when file names cannot hold Thai; empty when they can. */
    static Optional<String> fileNameProblem(String encoding, String osName) {
        if (osName.toLowerCase(Locale.ROOT).startsWith("windows") || canHoldThai(encoding)) {
            return Optional.empty();
        }
        return Optional.of("ita: the system names files in " + encoding + ", which has no Thai letters, so no Thai"
                + " folder or file could be read or written. Run under a UTF-8 locale: LC_ALL=C.UTF-8 java -jar"
                + " ita-analyzer.jar ..., or use the ita script, which does so.");
    }

    static Optional<String> fileNameProblem() {
        return fileNameProblem(System.getProperty("sun.jnu.encoding", "UTF-8"), System.getProperty("os.name", ""));
    }

    /**
     * What to add to "no such file" when the path may have lost Thai letters on the way in: the system code page
     * turns letters it lacks into '?'.
     */
    static String lostLettersHint(String path, String encoding) {
        if ((path.indexOf('?') < 0 && path.indexOf('\uFFFD') < 0) || canHoldThai(encoding)) {
            return "";
        }
        return " (the system passed the path through " + encoding + ", which has no Thai letters, so they became '?':"
                + " give the folder above it, whose files are found by their own names, or switch Windows to UTF-8"
                + " (Region → Administrative → Change system locale → Use Unicode UTF-8))";
    }

    static String lostLettersHint(String path) {
        return lostLettersHint(path, System.getProperty("sun.jnu.encoding", "UTF-8"));
    }

    static boolean canHoldThai(String encoding) {
        try {
            return Charset.forName(encoding).newEncoder().canEncode(THAI);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
