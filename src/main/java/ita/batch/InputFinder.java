package ita.batch;

import ita.model.Finding;
import ita.model.SourceRef;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the input files under the paths given on the command line. A file named explicitly is always read, and a
 * folder given through a link is read where the link leads; inside folders, documents that cannot be results
 * (README, PDF, pictures), office lock files and hidden files are passed over. The format itself is decided later
 * from the content, not from the name.
 *
 * <p>Inside the folders, a link to a file is read when it leads to a file inside the paths given (once, however many
 * ways lead to it) and refused with a line when it leads outside them, so that a run never reads what the user did not
 * give it. A named pipe or a device, and a folder or file that cannot be opened, are refused with a line too; the
 * others are still read. Every file is shown by a name of its own: relative to the folder given, or, when two of the
 * paths given hold files of one name, with the path as given.
 */
public final class InputFinder {

    private static final Set<String> NOT_RESULTS = Set.of("md", "pdf", "doc", "docx", "png", "jpg", "jpeg", "gif",
            "json", "jar", "exe", "bat", "cmd", "sh", "bas", "cls", "zip", "7z", "rar", "odt", "ppt", "pptx");

    private InputFinder() {
    }

    /**
     * Files under the given paths, sorted by display name so that runs are reproducible.
     *
     * @param excludedFolder the output folder: when it lies inside a folder given, what it holds is not read
     */
    public static List<InputFile> find(List<Path> roots, Path excludedFolder) {
        Optional<Path> excluded = excludedFolder == null ? Optional.empty() : real(excludedFolder);
        List<Path> realRoots = new ArrayList<>();
        for (Path root : roots) {
            real(root).ifPresent(realRoots::add);
        }
        List<Found> found = new ArrayList<>();
        for (Path root : roots) {
            Optional<Path> realRoot = real(root);
            if (realRoot.isEmpty()) {
                continue;
            }
            if (Files.isRegularFile(realRoot.get())) {
                found.add(new Found(root, new InputFile(root, root.getFileName().toString()), realRoot.get()));
            } else if (Files.isDirectory(realRoot.get())) {
                walk(root, realRoot.get(), excluded, realRoots, found);
            }
        }
        return distinct(found);
    }

    /** One entry found, with the path given it was found under and its real path (for files read twice). */
    private record Found(Path root, InputFile file, Path real) {
    }

    private static void walk(Path root, Path realRoot, Optional<Path> excluded, List<Path> realRoots,
                             List<Found> found) {
        try {
            Files.walkFileTree(realRoot, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(realRoot) && (hidden(dir) || excluded.filter(dir::equals).isPresent())) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (hidden(file) || !looksLikeData(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String shown = display(realRoot, file);
                    if (attrs.isRegularFile()) {
                        found.add(new Found(root, new InputFile(file, shown), file));
                    } else if (attrs.isSymbolicLink()) {
                        link(root, file, shown, realRoots, found);
                    } else if (attrs.isOther()) {
                        found.add(refused(root, file, shown, "not-a-file", "expected a file but found a named pipe, a device or a"
                                + " socket; it is not read", "Remove it from the folder, or give the files one by one."));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    String shown = display(realRoot, file);
                    String what = Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS) ? "a folder" : "a file";
                    found.add(refused(root, file, shown, "unreadable", "expected " + what + " that can be read but "
                            + reason(e) + "; " + (what.equals("a folder") ? "the files in it are" : "it is")
                            + " not read and the others are", "Give yourself permission to read it (or copy the"
                            + " files to a folder you can read), then run again."));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            found.add(refused(root, realRoot, root.toString(), "unreadable", "expected a folder that can be read but "
                    + reason(e), "Give yourself permission to read it, then run again."));
        }
    }

    /** A link inside a folder: read when it leads to a file inside the paths given, refused otherwise. */
    private static void link(Path root, Path link, String shown, List<Path> realRoots, List<Found> found) {
        Path target;
        try {
            target = link.toRealPath();
        } catch (IOException e) {
            found.add(refused(root, link, shown, "broken-link", "expected a file but found a link to "
                    + linkTarget(link) + ", which does not exist", "Remove the link, or give the file itself."));
            return;
        }
        boolean inside = realRoots.stream().anyMatch(target::startsWith);
        if (!inside) {
            found.add(refused(root, link, shown, "link-outside", "expected a file inside the folders given but found a"
                    + " link to " + target + ", outside them; links are not followed out of the folders given",
                    "Give that file (or its folder) on the command line, or copy it into the folder."));
        } else if (Files.isRegularFile(target)) {
            found.add(new Found(root, new InputFile(link, shown), target));
        }
        // a link to a folder inside the paths given: its files are found there
    }

    private static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "a target that cannot be read";
        }
    }

    private static Found refused(Path root, Path path, String shown, String kind, String message, String fix) {
        Finding f = Finding.error(kind, SourceRef.file(shown), message, fix);
        return new Found(root, new InputFile(path, shown, Optional.of(f)), path);
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission was denied";
        }
        if (e instanceof NoSuchFileException) {
            return "it was removed while the folder was read";
        }
        return "it could not be opened (" + e.getMessage() + ")";
    }

    /**
     * Each real file once (the first by display name), and every display name its own: names found under two of
     * the paths given are shown with the path as given.
     */
    private static List<InputFile> distinct(List<Found> found) {
        found.sort(Comparator.comparing((Found f) -> f.file().displayName()).thenComparing(f -> f.root().toString()));
        Set<Path> seen = new HashSet<>();
        List<Found> once = new ArrayList<>();
        for (Found f : found) {
            if (f.file().refused().isPresent() || seen.add(f.real())) {
                once.add(f);
            }
        }
        Map<String, Set<Path>> rootsByName = new HashMap<>();
        once.forEach(f -> rootsByName.computeIfAbsent(f.file().displayName(), k -> new HashSet<>()).add(f.root()));
        Map<String, InputFile> byName = new LinkedHashMap<>();
        for (Found f : once) {
            InputFile file = f.file();
            if (rootsByName.get(file.displayName()).size() > 1) {
                file = file.shownAs(qualified(f.root(), file));
            }
            byName.putIfAbsent(file.displayName(), file);
        }
        List<InputFile> out = new ArrayList<>(byName.values());
        out.sort(Comparator.comparing(InputFile::displayName));
        return out;
    }

    /** The path as given, then the name inside it: "2566/a.xlsx" under "../ข้อมูล" is "../ข้อมูล/2566/a.xlsx". */
    private static String qualified(Path root, InputFile f) {
        String given = root.normalize().toString().replace('\\', '/');
        if (Files.isRegularFile(root) || given.isEmpty()) {
            return given.isEmpty() ? f.displayName() : given;
        }
        return given + "/" + f.displayName();
    }

    private static Optional<Path> real(Path p) {
        try {
            return Optional.of(p.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String display(Path root, Path file) {
        String rel = root.relativize(file).toString().replace('\\', '/');
        return rel.isEmpty() ? file.getFileName().toString() : rel;
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
