package ita.batch;

import java.nio.file.Path;

/** One file to read, with the name shown to the user (relative to the folder it was found in). */
public record InputFile(Path path, String displayName) {
}
