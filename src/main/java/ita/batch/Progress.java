package ita.batch;

import ita.model.Finding;

/** What the batch tells whoever shows progress. Called from worker threads; implementations must be thread-safe. */
public interface Progress {

    void startReading(int files);

    void fileRead(FileOutcome outcome);

    void startWriting(int agencies);

    /** One agency done, whether written, left out by the filters, or failed. */
    void agencyWritten();

    /** An agency, summary or copy that could not be analysed or written; the run goes on without it. */
    void failed(Finding finding, Throwable cause);

    void done();

    /** Something the user must know that does not stop anything, such as an output written under another name. */
    default void notice(Finding finding) {
    }

    /** Progress that shows nothing, for tests and --quiet. */
    Progress NONE = new Progress() {
        @Override
        public void startReading(int files) {
        }

        @Override
        public void fileRead(FileOutcome outcome) {
        }

        @Override
        public void startWriting(int agencies) {
        }

        @Override
        public void agencyWritten() {
        }

        @Override
        public void failed(Finding finding, Throwable cause) {
        }

        @Override
        public void done() {
        }
    };
}
