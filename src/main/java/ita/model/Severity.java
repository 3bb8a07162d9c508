package ita.model;

/** How bad a finding is. ERROR rejects the value (or the file); WARNING keeps it but doubts it. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
