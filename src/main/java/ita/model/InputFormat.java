package ita.model;

/** The formats the readers accept, detected from the bytes of a file, never from its name. */
public enum InputFormat {
    XLSX("xlsx"), XLS("xls (BIFF)"), HTML("HTML table"), CSV("CSV");

    private final String label;

    InputFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The format with this label, as a run report names it. */
    public static java.util.Optional<InputFormat> ofLabel(String label) {
        for (InputFormat f : values()) {
            if (f.label.equals(label)) {
                return java.util.Optional.of(f);
            }
        }
        return java.util.Optional.empty();
    }
}
