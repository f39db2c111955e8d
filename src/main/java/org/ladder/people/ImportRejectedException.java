package org.ladder.people;

import org.ladder.base.text.Plural;

/** An import refused as a whole because of bad rows; nothing was saved. */
public class ImportRejectedException extends RuntimeException {

    private final transient ImportReport report;

    public ImportRejectedException(ImportReport report) {
        super(Plural.count(report.problems().size(), "problem") + " in the file; nothing was imported.");
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }
}
