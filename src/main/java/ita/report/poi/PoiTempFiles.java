package ita.report.poi;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * Where POI keeps the temporary files of streamed workbooks. By default that is one folder, {@code poifiles}, shared
 * by every user of the machine, so a folder left there by another user stops every write; this gives the process a
 * folder of its own instead (in the system's temporary folder, or else in the given fallback, such as the output
 * folder), made once, readable only by its owner.
 */
public final class PoiTempFiles {

    private static Path folder;

    private PoiTempFiles() {
    }

    /**
     * Makes sure POI writes its temporary files into a folder of this process's own; the first call chooses it.
     *
     * @param fallback a folder that can be written, used when the system's temporary folder cannot
     * @throws IOException when neither can hold a folder
     */
    public static synchronized Path useOwnFolder(Path fallback) throws IOException {
        if (folder != null && Files.isDirectory(folder)) {
            return folder;
        }
        Path made;
        try {
            made = Files.createTempDirectory("ita-poi-");
        } catch (IOException | SecurityException e) {
            made = Files.createTempDirectory(fallback, ".ita-poi-");
        }
        File dir = made.toFile();
        dir.deleteOnExit();
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(dir));
        folder = made;
        return made;
    }
}
