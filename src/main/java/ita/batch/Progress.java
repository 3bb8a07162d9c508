package ita.batch;

/** What the batch tells whoever shows progress. Called from worker threads; implementations must be thread-safe. */
public interface Progress {

    void startReading(int files);

    void fileRead(FileOutcome outcome);

    void startWriting(int agencies);

    void agencyWritten();

    void done();

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
        public void done() {
        }
    };
}
