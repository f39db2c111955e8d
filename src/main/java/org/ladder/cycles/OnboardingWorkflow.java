package org.ladder.cycles;

import java.util.List;
import java.util.Optional;

/**
 * The onboarding's way to the engine (implemented in {@code cycles.workflow}), so a move to Operaton stays small.
 */
public interface OnboardingWorkflow {

    /** Queues start jobs, one per chunk of onboardings, each starting the instances not started yet. */
    int startAll(String request, List<Long> onboardingIds);

    /**
     * Ends the onboarding's running instance at once, its task and timers with it (a suspended one, which takes no
     * message while its cycle is paused, is deleted); false when none runs.
     */
    boolean stop(long onboardingId);

    /**
     * The onboarding's charter campaign ended: its instance moves on if it still waits for that (idempotent); false
     * when it did not wait.
     */
    boolean charterCampaignEnded(long onboardingId);

    /** Suspends these onboarding instances, started while their cycle is paused. */
    void suspend(List<String> processInstanceIds);

    /** Completes the open first goals task of the onboarding; false when none is open. */
    boolean firstGoalsSet(long onboardingId);

    /** The open first goals task of the onboarding, if any. */
    Optional<String> openFirstGoalsTask(long onboardingId);
}
