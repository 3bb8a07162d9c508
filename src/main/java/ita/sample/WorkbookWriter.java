package ita.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Renders sheets in one file format. Implementations keep no state between files and are thread-safe. */
interface WorkbookWriter {

    void write(List<Grid> sheets, OutputStream out) throws IOException;
}
