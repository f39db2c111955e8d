package org.ladder.people;

import java.util.List;

/**
 * What an organisation import would do (preview) or did (applied): counts, and every problem with its line.
 * When there is any problem nothing is imported.
 */
public record ImportReport(int rows, int unitsCreated, int unitsUpdated, int peopleCreated, int peopleUpdated,
        int unchanged, List<Line> problems, boolean applied) {

    public record Line(int line, String message) {
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public int changes() {
        return unitsCreated + unitsUpdated + peopleCreated + peopleUpdated;
    }
}
