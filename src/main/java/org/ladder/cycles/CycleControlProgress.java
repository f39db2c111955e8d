package org.ladder.cycles;

import java.time.Instant;
import java.util.Locale;

import org.ladder.cycles.domain.ControlRun;
import org.ladder.cycles.domain.ControlRun.Stage;

/**
 * How far HR's latest pause, resume or cancel of a cycle has come (ADR 0034): the engine work runs in chunks after
 * the click, and the cycle page says so honestly (“Cancelling: 12,400 of 55,000 instances ended”).
 *
 * @param operation  PAUSE, RESUME or CANCEL
 * @param running    whether its jobs are still at work
 * @param done       instances (or, in a cancel's later stages, people or reviews) done so far
 * @param total      of how many (the instances counted at the click, plus any started meanwhile)
 * @param message    what the page shows
 */
public record CycleControlProgress(String operation, boolean running, String stage, int done, int total,
        String message, String requestedBy, Instant requestedAt, Instant finishedAt) {

    static CycleControlProgress of(ControlRun run) {
        return new CycleControlProgress(run.operation().name(), run.isOpen(), run.stage().name(),
                switch (run.stage()) {
                    case APPROVALS -> run.approvalsDone();
                    case ONBOARDINGS -> run.onboardingsDone();
                    case CADENCES -> run.cadencesDone();
                    case REVIEWS -> run.reviewsDone();
                    default -> run.instancesDone();
                },
                switch (run.stage()) {
                    case APPROVALS, ONBOARDINGS, REVIEWS -> 0;
                    case CADENCES -> run.cadencesTotal();
                    default -> run.instancesTotal();
                },
                message(run), run.requestedBy(), run.requestedAt(), run.finishedAt());
    }

    private static String message(ControlRun run) {
        ControlRun.Operation op = run.operation();
        String instances = n(run.instancesDone()) + " of " + n(run.instancesTotal()) + " instances " + op.done();
        if (run.superseded()) {
            return op.doing() + " was overtaken by the cancel after " + instances + ".";
        }
        if (run.isOpen()) {
            return switch (run.stage()) {
                case INSTANCES -> op.doing() + ": " + instances;
                case APPROVALS -> op.doing() + ": all " + n(run.instancesDone()) + " instances going on; "
                        + n(run.approvalsDone()) + " approvals and acknowledgements made while paused taken so far";
                case ONBOARDINGS -> op.doing() + ": all " + n(run.instancesDone()) + " instances ended; "
                        + n(run.onboardingsDone()) + " open onboardings closed so far";
                case CADENCES -> op.doing() + ": all " + n(run.instancesDone()) + " instances ended; check-in cadences"
                        + " of " + n(run.cadencesDone()) + " of " + n(run.cadencesTotal()) + " people stopped";
                case REVIEWS -> op.doing() + ": all " + n(run.instancesDone()) + " instances ended, cadences of "
                        + n(run.cadencesDone()) + " people stopped; " + n(run.reviewsDone())
                        + " open reviews ended so far";
                case DONE -> op.doing();
            };
        }
        return switch (op) {
            case PAUSE -> "Paused: all " + n(run.instancesDone()) + " instances suspended.";
            case RESUME -> "Resumed: all " + n(run.instancesDone()) + " instances going on."
                    + (run.approvalsDone() > 0 ? " " + n(run.approvalsDone()) + " approvals and acknowledgements"
                            + " made while paused taken." : "");
            case CANCEL -> "Cancelled: all " + n(run.instancesDone()) + " instances ended, "
                    + (run.onboardingsDone() > 0 ? n(run.onboardingsDone()) + " open onboardings closed, " : "")
                    + "check-in cadences of " + n(run.cadencesDone()) + " people stopped, " + n(run.reviewsDone())
                    + " open reviews ended.";
        };
    }

    private static String n(int value) {
        return String.format(Locale.ENGLISH, "%,d", value);
    }
}
