package ita.model;

import java.util.List;

/**
 * What a format reader produced: the sheets of one file, before any layout is recognised.
 *
 * @param file the file's name as shown to the user (relative to the folder given on the command line)
 */
public record RawWorkbook(String file, InputFormat format, List<RawSheet> sheets) {
    public RawWorkbook {
        sheets = List.copyOf(sheets);
    }
}
