package ita.batch;

import ita.model.Finding;
import ita.model.SourceRef;
import ita.report.SafeNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Every name a run writes under its output folder, decided once, after the whole set is known and before anything is
 * written. Names come from the data (provinces, districts, agencies, input files) and from the run (summary.csv …);
 * two that are one file on Windows or macOS (compared by {@link SafeNames#fold}: without case, after Unicode
 * normalisation) never share it. One rule settles every clash, so the result does not depend on the order of the
 * input files: the run's own names come first, then the others in the order of the text they are made from
 * (province, district, agency name, input path); the first keeps the name and each later one gets -2, -3 … before
 * its extension (on a whole family of names at once: an agency's workbook and its documents keep one stem), with a
 * warning naming both.
 *
 * <p>A name is also taken when something already stands at its path that the run must not replace: an input of this
 * run, a symbolic link (which could lead out of the folder), or a folder where a file is wanted and the reverse. So
 * no output is written over an input or over another output, and nothing is written outside the output folder.
 */
final class OutputPlan {

    /** Who comes first when names clash (after the paths already in use): the run's own names, then the data's. */
    enum Rank { RUN, DATA }

    private final Path out;
    private final Folder root;
    private final Set<String> protectedPaths = new HashSet<>();
    private final List<Finding> renamed = new ArrayList<>();
    private boolean resolved;

    OutputPlan(Path out) {
        this.out = out;
        this.root = new Folder();
    }

    Folder root() {
        return root;
    }

    /** An input inside the output folder: no output may take its path (compared folded). */
    void protect(Path input) {
        Path rel = relativeInside(input);
        if (rel != null) {
            protectedPaths.add(SafeNames.fold(rel.toString().replace('\\', '/')));
        }
    }

    /** The relative path of {@code p} inside the output folder (real paths compared), or null when outside. */
    private Path relativeInside(Path p) {
        try {
            Path realOut = out.toRealPath();
            Path real = p.toRealPath();
            return real.startsWith(realOut) && !real.equals(realOut) ? realOut.relativize(real) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Settles every name; returns one warning per name that had to change. */
    List<Finding> resolve() {
        if (!resolved) {
            root.resolve("");
            resolved = true;
        }
        return List.copyOf(renamed);
    }

    /** A folder of the plan: its claims (files and folders), each under an owner's key. */
    final class Folder {
        private final Map<String, Claim> claims = new LinkedHashMap<>();
        private final Map<String, Folder> folders = new HashMap<>();
        /** Below the output folder, with a trailing slash; empty for the output folder itself. */
        private String relative = "";

        private Folder() {
        }

        /**
         * The folder {@code owner} stands for (a province, a district, a folder of the inputs), made on first call;
         * later calls with the same owner give the same folder.
         *
         * @param sortKey the text the name is made from, which orders clashes
         * @param wanted  a safe name
         * @param what    how a warning names it: "province 'ชัยภูมิ.'"
         * @param where   where it comes from, for the warning
         */
        Folder folder(String owner, Rank rank, String sortKey, String wanted, String what, SourceRef where) {
            Folder f = folders.get(owner);
            if (f == null) {
                Claim c = new Claim(this, owner, rank, sortKey, wanted, List.of(""), true, what, where);
                claims.put(owner, c);
                f = new Folder();
                c.folder = f;
                folders.put(owner, f);
            }
            return f;
        }

        /**
         * Files that keep one stem: {@code base} followed by each tail ("-มาตรการ2568.docx", ".xlsx"), the suffix
         * -2, -3 … going between the two. One claim per owner.
         */
        Claim files(String owner, Rank rank, String sortKey, String base, List<String> tails, String what,
                    SourceRef where) {
            if (resolved) {
                throw new IllegalStateException("the names are settled; " + owner + " came too late");
            }
            return claims.computeIfAbsent(owner, k -> new Claim(this, owner, rank, sortKey, base, tails, false, what,
                    where));
        }

        /** The folder as resolved. */
        Path path() {
            return relative.isEmpty() ? out : out.resolve(relative.substring(0, relative.length() - 1));
        }

        private void resolve(String relative) {
            this.relative = relative;
            List<Claim> order = new ArrayList<>(claims.values());
            order.sort(Comparator.comparing((Claim c) -> c.rank).thenComparing(c -> c.sortKey)
                    .thenComparing(c -> c.owner));
            Map<String, Claim> taken = new HashMap<>();
            for (Claim c : order) {
                for (int n = 1; ; n++) {
                    List<String> names = c.names(n);
                    Claim holder = holder(names, relative, c.isFolder, taken);
                    if (holder == null) {
                        c.name = names.get(0);
                        c.suffix = n;
                        names.forEach(x -> taken.put(SafeNames.fold(x), c));
                        if (n > 1) {
                            renamed.add(c.renamedFinding(relative, clash(c.names(1), relative, c.isFolder, taken)));
                        }
                        break;
                    }
                }
            }
            for (Claim c : order) {
                if (c.folder != null) {
                    c.folder.resolve(relative + c.name + "/");
                }
            }
        }

        /** Who holds one of the names already: a claim of this folder, or null. {@link Claim#EXISTING} for a path in use. */
        private Claim holder(List<String> names, String relative, boolean folder, Map<String, Claim> taken) {
            Set<String> own = new HashSet<>();
            for (String n : names) {
                String key = SafeNames.fold(n);
                if (!own.add(key)) {
                    return EXISTING; // a family whose names clash among themselves cannot be written
                }
                Claim c = taken.get(key);
                if (c != null) {
                    return c;
                }
                if (protectedPaths.contains(SafeNames.fold(relative + n)) || unusable(relative + n, folder)) {
                    return EXISTING;
                }
            }
            return null;
        }

        /** What made the first choice unusable, for the warning. */
        private Claim clash(List<String> names, String relative, boolean folder, Map<String, Claim> taken) {
            Claim h = holder(names, relative, folder, taken);
            return h == null ? EXISTING : h;
        }

        /** Something already stands at the path that must not be replaced or followed. */
        private boolean unusable(String relative, boolean folder) {
            Path p = out.resolve(relative);
            if (Files.isSymbolicLink(p)) {
                return true;
            }
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            return folder != Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
        }
    }

    /** Stands for a path already in use (an input, a link, a folder of another kind). */
    private static final Claim EXISTING = new Claim(null, "", Rank.RUN, "", "", List.of(""), false,
            "a file, folder or link already in the output folder (an input of this run, a folder where a file goes or"
                    + " the reverse, or a link that could lead outside it)",
            null);

    /** One owner's name or family of names in a folder. */
    static final class Claim {
        private final Folder parent;
        private final String owner;
        private final Rank rank;
        private final String sortKey;
        private final String base;
        private final List<String> tails;
        private final boolean isFolder;
        private final String what;
        private final SourceRef where;
        private Folder folder;
        private String name;
        private int suffix;

        private Claim(Folder parent, String owner, Rank rank, String sortKey, String base, List<String> tails,
                      boolean isFolder, String what, SourceRef where) {
            this.parent = parent;
            this.owner = Objects.requireNonNull(owner);
            this.rank = rank;
            this.sortKey = sortKey == null ? "" : sortKey;
            this.base = base;
            this.tails = List.copyOf(tails);
            this.isFolder = isFolder;
            this.what = what;
            this.where = where;
        }

        private List<String> names(int n) {
            String b = n == 1 ? base : base + "-" + n;
            return tails.stream().map(t -> b + t).toList();
        }

        /** The file with this tail, as resolved. */
        Path path(String tail) {
            if (name == null) {
                throw new IllegalStateException("the names of " + owner + " are not settled");
            }
            if (!tails.contains(tail)) {
                throw new IllegalArgumentException(owner + " has no file ending in " + tail);
            }
            return parent.path().resolve(base + (suffix == 1 ? "" : "-" + suffix) + tail);
        }

        /** The one file of a claim with one tail. */
        Path onlyPath() {
            if (tails.size() != 1) {
                throw new IllegalStateException(owner + " has " + tails.size() + " files");
            }
            return path(tails.get(0));
        }

        private Finding renamedFinding(String relative, Claim holder) {
            String wanted = relative + names(1).get(0) + (isFolder ? "/" : "");
            String given = relative + name + (isFolder ? "/" : "");
            String other;
            String fix;
            if (holder == EXISTING) {
                other = holder.what + " stands at that path";
                fix = "Nothing to do; to keep the name, move what stands there or choose another --out.";
            } else if (holder.rank == Rank.RUN) {
                other = "the run writes " + holder.what + " under that name";
                fix = "Nothing to do; the name is kept as it is inside the outputs.";
            } else {
                other = holder.what + (holder.where == null ? "" : " (" + holder.where.describe() + ")")
                        + " takes that name too (names that differ only in case, in Unicode form or in characters a"
                        + " file name cannot hold are one file on Windows and macOS)";
                fix = "If the two are one, correct the name in the file that is wrong; otherwise nothing to do.";
            }
            SourceRef at = where != null ? where : SourceRef.file(given);
            return Finding.warning("output-renamed", at, "expected " + wanted + " for " + what + " but " + other
                    + "; it is written as " + given + (tails.size() > 1 ? ", its other files named alike" : ""), fix);
        }
    }
}
