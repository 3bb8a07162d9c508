package ita.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the input files under the paths given on the command line. A file named explicitly is always
 * read; inside folders, documents that cannot be results (README, PDF, pictures) and office lock files
 * are passed over. The format itself is decided later from the content, not from the name.
 */
public final class InputFinder {

    private static final Set<String> NOT_RESULTS = Set.of("md", "pdf", "doc", "docx", "png", "jpg", "jpeg", "gif",
            "json", "jar", "exe", "bat", "cmd", "sh", "bas", "cls", "zip", "7z", "rar", "odt", "ppt", "pptx");

    private InputFinder() {
    }

    /** Files under the given paths, sorted by display name so that runs are reproducible. */
    public static List<InputFile> find(List<Path> roots, Path excludedFolder) {
        List<InputFile> found = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isRegularFile(root)) {
                found.add(new InputFile(root, root.getFileName().toString()));
            } else if (Files.isDirectory(root)) {
                try (Stream<Path> s = Files.walk(root)) {
                    // links are not followed: a link inside the folder must not lead the run outside it
                    s.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                            .filter(p -> excludedFolder == null || !p.toAbsolutePath().normalize()
                                    .startsWith(excludedFolder.toAbsolutePath().normalize()))
                            .filter(p -> !root.relativize(p).toString().contains("/.")
                                    && !root.relativize(p).toString().startsWith("."))
                            .filter(InputFinder::looksLikeData)
                            .forEach(p -> found.add(new InputFile(p, display(root, p))));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        found.sort(Comparator.comparing(InputFile::displayName));
        return found;
    }

    private static String display(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    static boolean looksLikeData(Path p) {
        String name = p.getFileName().toString();
        if (name.startsWith("~$") || name.startsWith(".")) {
            return false;
        }
        if (name.equalsIgnoreCase("README") || name.toUpperCase(Locale.ROOT).startsWith("README.")) {
            return false;
        }
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return !NOT_RESULTS.contains(ext);
    }
}
