package ita.sample;

import java.nio.file.Path;

/**
 * Hears about progress, for a progress bar. Called from the writing threads, so implementations must
 * be thread-safe.
 */
public interface SampleListener {

    /** Nothing to hear. */
    SampleListener NONE = new SampleListener() {
    };

    /** Called once before writing, with the number of files that will be written. */
    default void planned(long files) {
    }

    /** Called after each file is complete. */
    default void written(Path file) {
    }
}
