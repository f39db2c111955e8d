package org.ladder.cycles;

import java.util.List;

import org.ladder.charter.CharterPublished;
import org.ladder.cycles.CyclePersonStatus.Step;
import org.ladder.cycles.domain.Cycle;
import org.ladder.cycles.domain.CyclePerson;
import org.ladder.cycles.domain.CyclePersonRepository;
import org.ladder.cycles.domain.CycleRepository;
import org.ladder.goals.GoalApproved;
import org.ladder.goals.GoalFigures;
import org.ladder.reviews.ReviewRoundCompleted;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The cycle follows what happens elsewhere, after it committed (so a failure here never undoes it): an approved
 * personal goal completes its owner's personal-goals task in their running cycle; a published charter version lets
 * the cycles waiting for one go on (recorded on them, {@link CycleCharterWaits}); a completed review round ends the cycle's review phase.
 */
@Component
class CycleListeners {

    private final CycleRepository cycles;
    private final CyclePersonRepository persons;
    private final CycleWorkflow workflow;
    private final GoalFigures goals;
    private final CycleCharterWaits charterWaits;

    CycleListeners(CycleRepository cycles, CyclePersonRepository persons, CycleWorkflow workflow,
            GoalFigures goals, CycleCharterWaits charterWaits) {
        this.charterWaits = charterWaits;
        this.cycles = cycles;
        this.persons = persons;
        this.workflow = workflow;
        this.goals = goals;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void goalApproved(GoalApproved event) {
        if (!event.becameActive() || event.ownerPersonId() == null) {
            return;
        }
        long personId = event.ownerPersonId();
        for (CyclePerson row : persons.ofPerson(personId, PageRequest.of(0, 5))) {
            if (row.status() != Step.DRAFTING) {
                continue;
            }
            Cycle cycle = cycles.findById(row.cycleId()).orElse(null);
            if (cycle != null && cycle.status() == CycleStatus.RUNNING
                    && goals.personHasActiveGoal(personId, cycle.periodStart(), cycle.periodEnd())) {
                workflow.completePersonalGoals(cycle.getId(), personId);
            }
        }
    }

    /** The cycles waiting for a charter version take it, each in a transaction of its own (ADR 0035). */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void charterPublished(CharterPublished event) {
        charterWaits.published();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void reviewRoundCompleted(ReviewRoundCompleted event) {
        String key = event.roundKey();
        if (key != null && key.matches("cycle-\\d+")) {
            workflow.reviewsDone(Long.parseLong(key.substring("cycle-".length())));
        }
    }
}
