package org.ladder.cycles;

import java.time.LocalDate;

import org.ladder.checkins.Frequency;

/**
 * A cycle to launch (the wizard's form).
 *
 * @param name            shown to everyone, e.g. “H1 2027”, at most {@link CycleLimits#NAME_MAX_LENGTH}
 * @param periodStart     first day of the period
 * @param periodEnd       last day of the period
 * @param scope           the whole organisation or a unit subtree
 * @param deadlines       the deadline of each phase, inside the period and in order
 * @param frequency       the check-in cadence for everyone; null: each unit's from the cycle rules
 * @param reviewTemplateId the review template of the review phase
 * @param acceptGaps      launch although some people have no manager or some units no head (the preview lists them)
 */
public record LaunchRequest(String name, LocalDate periodStart, LocalDate periodEnd, CycleScope scope,
        PhaseDeadlines deadlines, Frequency frequency, Long reviewTemplateId, boolean acceptGaps) {

    public LaunchRequest withAcceptGaps(boolean accept) {
        return new LaunchRequest(name, periodStart, periodEnd, scope, deadlines, frequency, reviewTemplateId, accept);
    }

    public LaunchRequest withDeadlines(PhaseDeadlines newDeadlines) {
        return new LaunchRequest(name, periodStart, periodEnd, scope, newDeadlines, frequency, reviewTemplateId,
                acceptGaps);
    }

    public LaunchRequest withScope(CycleScope newScope) {
        return new LaunchRequest(name, periodStart, periodEnd, newScope, deadlines, frequency, reviewTemplateId,
                acceptGaps);
    }

    public LaunchRequest withFrequency(Frequency newFrequency) {
        return new LaunchRequest(name, periodStart, periodEnd, scope, deadlines, newFrequency, reviewTemplateId,
                acceptGaps);
    }

    public LaunchRequest withName(String newName) {
        return new LaunchRequest(newName, periodStart, periodEnd, scope, deadlines, frequency, reviewTemplateId,
                acceptGaps);
    }

    public LaunchRequest withPeriod(LocalDate start, LocalDate end) {
        return new LaunchRequest(name, start, end, scope, deadlines, frequency, reviewTemplateId, acceptGaps);
    }
}
