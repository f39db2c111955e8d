package org.ladder.people;

import java.util.List;

/**
 * What an organisation import would do (preview) or did (applied): counts, every problem with its line, and what
 * each changing row changes ({@code rowChanges}). When there is any problem nothing is imported.
 */
public record ImportReport(int rows, int unitsCreated, int unitsUpdated, int peopleCreated, int peopleUpdated,
        int unchanged, List<Line> problems, boolean applied, List<Change> rowChanges) {

    public ImportReport(int rows, int unitsCreated, int unitsUpdated, int peopleCreated, int peopleUpdated,
            int unchanged, List<Line> problems, boolean applied) {
        this(rows, unitsCreated, unitsUpdated, peopleCreated, peopleUpdated, unchanged, problems, applied, List.of());
    }

    public record Line(int line, String message) {
    }

    /**
     * One unit or person the import creates or changes: {@code kind} "Unit" or "Person", {@code action} "New",
     * "Changed", "Deactivated" or "Reactivated", and for a change each field as "field: before → after".
     */
    public record Change(int line, String kind, String externalId, String name, String action,
            List<String> details) {
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public int changes() {
        return unitsCreated + unitsUpdated + peopleCreated + peopleUpdated;
    }
}
