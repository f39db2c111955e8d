package org.ladder.people;

/** An import refused as a whole because of bad rows; nothing was saved. */
public class ImportRejectedException extends RuntimeException {

    private final transient ImportReport report;

    public ImportRejectedException(ImportReport report) {
        super(report.problems().size() + " problem(s) in the file; nothing was imported.");
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }
}
