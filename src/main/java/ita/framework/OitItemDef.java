package ita.framework;

/** An OIT item of one fiscal year: canonical code (o1 … o43), Thai title and its sub-indicator (9.1 … 10.3). */
public record OitItemDef(String code, String title, String subIndicator) {
}
