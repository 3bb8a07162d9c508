package ita.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One kind of file written for each agency: its analysis workbook, a filled template, and any other per-agency
 * output. Called from worker threads, one agency at a time per thread; an exception fails this agency only.
 */
@FunctionalInterface
interface AgencyOutput {

    /** Writes this output for one agency; returns the files written. */
    List<Path> write(AgencyWork work) throws IOException;
}
