package ita.ingest;

import ita.model.Finding;
import ita.model.RawCell;
import ita.model.SourceRef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The findings of one file, in the order found, each once. */
final class FindingLog {

    private final String file;
    private final Set<Finding> findings = new LinkedHashSet<>();

    FindingLog(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    SourceRef at(String sheet, RawCell cell) {
        return new SourceRef(file, sheet, cell == null ? null : cell.address());
    }

    SourceRef at(String sheet, String cellAddress) {
        return new SourceRef(file, sheet, cellAddress);
    }

    void add(Finding f) {
        findings.add(f);
    }

    void error(String kind, SourceRef where, String message, String fix) {
        add(Finding.error(kind, where, message, fix));
    }

    void warning(String kind, SourceRef where, String message, String fix) {
        add(Finding.warning(kind, where, message, fix));
    }

    void info(String kind, SourceRef where, String message) {
        add(Finding.info(kind, where, message));
    }

    List<Finding> findings() {
        return new ArrayList<>(findings);
    }

    int size() {
        return findings.size();
    }

    /** The findings added after the first {@code size}. */
    List<Finding> since(int size) {
        return new ArrayList<>(findings).subList(size, findings.size());
    }

    void addAll(List<Finding> more) {
        findings.addAll(more);
    }

    /** Drops every finding after the first {@code size}, to discard the findings of a trial read. */
    void truncate(int size) {
        List<Finding> keep = new ArrayList<>(findings).subList(0, size);
        findings.clear();
        findings.addAll(keep);
    }
}
