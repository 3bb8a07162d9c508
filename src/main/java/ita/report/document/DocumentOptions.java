package ita.report.document;

/**
 * Choices for the documents.
 *
 * @param thaiDigits write every number of the documents in Thai digits (๒๕๖๖), as many official documents do
 */
public record DocumentOptions(boolean thaiDigits) {

    public static final DocumentOptions DEFAULT = new DocumentOptions(false);
}
