package ita.framework;

import java.util.List;

/** An OIT sub-indicator such as 9.1 ข้อมูลพื้นฐาน, with the codes of its items in order. */
public record OitSubIndicator(String code, int indicator, String name, List<String> items) {
    public OitSubIndicator {
        items = List.copyOf(items);
    }
}
