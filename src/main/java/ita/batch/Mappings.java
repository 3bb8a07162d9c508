package ita.batch;

import ita.ingest.ColumnMapping;
import ita.ingest.InputException;
import java.nio.file.Path;
import java.util.Optional;

/** Loads the user's column mapping once per run. */
final class Mappings {

    private Mappings() {
    }

    static Optional<ColumnMapping> load(Optional<Path> file) {
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ColumnMapping.load(file.get()));
        } catch (InputException e) {
            throw new UsageException(e.toFinding().toLine(), e);
        }
    }
}
