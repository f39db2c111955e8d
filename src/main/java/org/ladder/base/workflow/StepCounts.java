package org.ladder.base.workflow;

/**
 * How many instances are at one step of a process (an activity, event or gateway of the model), as the diagram
 * shows them: {@code active} are there now, {@code overdue} are user tasks past their due date (a part of the
 * active ones), {@code completed} passed through it (left it normally, not cancelled), {@code failed} are open
 * incidents there (a job that used up its retries).
 */
public record StepCounts(long active, long overdue, long completed, long failed) {

    public static final StepCounts NONE = new StepCounts(0, 0, 0, 0);

    public StepCounts {
        if (active < 0 || overdue < 0 || completed < 0 || failed < 0) {
            throw new IllegalArgumentException("Counts are never negative");
        }
    }

    public boolean isEmpty() {
        return active == 0 && overdue == 0 && completed == 0 && failed == 0;
    }

    public StepCounts plus(StepCounts other) {
        return new StepCounts(active + other.active, overdue + other.overdue, completed + other.completed,
                failed + other.failed);
    }
}
