package ita.model;

/** Where the fiscal year of a record was found, in the order the readers look. */
public enum YearSource {
    COLUMN, TITLE, SHEET_NAME, FILE_NAME, FOLDER_NAME, USER;

    public String label() {
        return switch (this) {
            case COLUMN -> "column";
            case TITLE -> "title";
            case SHEET_NAME -> "sheet name";
            case FILE_NAME -> "file name";
            case FOLDER_NAME -> "folder name";
            case USER -> "--assume-year";
        };
    }
}
