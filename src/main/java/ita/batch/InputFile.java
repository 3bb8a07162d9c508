package ita.batch;

import ita.model.Finding;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One file to read, with the name shown to the user (relative to the folder it was found in), or an entry found
 * among the inputs that cannot be read as a file (a link leading outside the folders given, a named pipe, a folder
 * that cannot be opened): it is refused with its line, as a file that cannot be read is.
 */
public record InputFile(Path path, String displayName, Optional<Finding> refused) {

    public InputFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(refused, "refused");
    }

    public InputFile(Path path, String displayName) {
        this(path, displayName, Optional.empty());
    }

    InputFile shownAs(String name) {
        return new InputFile(path, name, refused.map(f -> new Finding(f.severity(), f.kind(),
                new ita.model.SourceRef(name, f.where().sheet(), f.where().cell()), f.message(), f.fix())));
    }
}
