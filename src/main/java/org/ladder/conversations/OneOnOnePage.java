package org.ladder.conversations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A 1:1 as the caller may see it: the current agenda (check-in topics first), the notes the caller may read
 * (shared ones and their own private ones — never another's private note), the action items, and the latest held
 * meetings with what was discussed, noted and done in them.
 *
 * @param current   the two are still manager and report (else the 1:1 is kept as it was, read-only)
 * @param mayWork   the caller is one of the two of a current 1:1
 * @param mayHold   the caller is its manager and may record it as held
 */
public record OneOnOnePage(long id, long version, long managerId, String managerName, long reportId,
        String reportName, boolean current, boolean mayWork, boolean mayHold, LocalDate lastHeldOn,
        List<Topic> agenda, List<Note> notes, List<Action> actions, List<Meeting> meetings, long meetingsTotal) {

    /** A topic; {@code goalId} is set for a goal a check-in rated at risk or off track. */
    public record Topic(long id, long version, String text, Long goalId, String addedByName, Instant addedAt,
            boolean discussed, boolean mayEdit, boolean mayRemove) {

        public boolean fromCheckIn() {
            return goalId != null;
        }
    }

    public record Note(long id, long version, String text, boolean shared, boolean mine, String authorName,
            Instant writtenAt, Instant updatedAt) {
    }

    public record Action(long id, long version, String text, long ownerId, String ownerName, LocalDate dueOn,
            boolean done, boolean overdue) {
    }

    public record Meeting(long id, LocalDate heldOn, String recordedByName, List<Topic> discussed, List<Note> notes,
            List<Action> done) {
    }

    /** Undiscussed topics on the agenda. */
    public long topicsWaiting() {
        return agenda.stream().filter(t -> !t.discussed()).count();
    }

    public long openActions() {
        return actions.stream().filter(a -> !a.done()).count();
    }
}
