package ita.batch;

import ita.report.SafeNames;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The file names a run has given out, so that two agencies whose names look alike never overwrite each other. */
final class OutputNames {

    private final Set<String> used = ConcurrentHashMap.newKeySet();

    /** {@code dir/stem + extension}, or {@code stem-2}, {@code stem-3} … when taken; the name is taken by the call. */
    Path unique(Path dir, String stem, String extension) {
        return SafeNames.unique(dir, stem, extension, used);
    }
}
