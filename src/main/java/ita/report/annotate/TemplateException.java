package ita.report.annotate;

import ita.model.LocatedException;
import ita.model.SourceRef;

/**
 * A template that cannot be filled: an unknown or unclosed placeholder, a placeholder outside its repeating row,
 * a file that is not a workbook. Carries the one line the user sees, naming template file, sheet and cell.
 */
public class TemplateException extends LocatedException {

    public TemplateException(String kind, SourceRef where, String message, String fix) {
        this(kind, where, message, fix, null);
    }

    public TemplateException(String kind, SourceRef where, String message, String fix, Throwable cause) {
        super(kind, where, message, fix, cause);
    }
}
