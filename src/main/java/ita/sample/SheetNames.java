package ita.sample;

/** Sheet names as Excel allows them: at most 31 characters, none of : \ / ? * [ ], not empty. */
final class SheetNames {

    private SheetNames() {
    }

    static String safe(String name, int index) {
        String s = name == null ? "" : name.replaceAll("[:\\\\/?*\\[\\]]", "-").strip();
        if (s.isEmpty()) {
            s = "Sheet" + (index + 1);
        }
        return s.length() > 31 ? s.substring(0, 31) : s;
    }
}
