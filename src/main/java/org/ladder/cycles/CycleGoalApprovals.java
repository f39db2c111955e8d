package org.ladder.cycles;

import java.time.Clock;
import java.util.List;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.ladder.cycles.CyclePersonStatus.Step;
import org.ladder.cycles.domain.Cycle;
import org.ladder.cycles.domain.CyclePerson;
import org.ladder.cycles.domain.CyclePersonRepository;
import org.ladder.cycles.domain.CycleRepository;
import org.ladder.goals.GoalFigures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An approved personal goal completes its owner's personal-goals task in their cycle, also when the cycle is paused
 * at the time (ADR 0038):
 * <ul>
 * <li>after the approval commits ({@link #approved}), each of the person's cycles in which they still draft takes it
 * in a transaction of its own: a running cycle whose instance is active completes the task at once; a paused one
 * (or one whose resume has not reached the person's instance yet) records the approval on the person's row;</li>
 * <li>the resume, once every instance of the cycle is active again, takes the recorded approvals in chunks
 * ({@link #takeWaiting}): each row's record is cleared in the transaction that completes the task, so nothing is
 * taken twice, and a task completed meanwhile by other means is left alone.</li>
 * </ul>
 * Both sides lock the cycle's row first, so an approval that looks at a suspended instance while the resume
 * activates it is either recorded before the resume's look or sees the active instance itself.
 */
@Component
public class CycleGoalApprovals {

    /** How often an approval is tried when the engine is busy with the same instance (a pause suspending it). */
    static final int ATTEMPTS = 3;

    private static final Logger log = LoggerFactory.getLogger(CycleGoalApprovals.class);

    private final CycleRepository cycles;
    private final CyclePersonRepository persons;
    private final CycleWorkflow workflow;
    private final GoalFigures goals;
    private final Clock clock;
    private final TransactionTemplate eachCycle;

    CycleGoalApprovals(CycleRepository cycles, CyclePersonRepository persons, CycleWorkflow workflow,
            GoalFigures goals, Clock clock, PlatformTransactionManager transactions) {
        this.cycles = cycles;
        this.persons = persons;
        this.workflow = workflow;
        this.goals = goals;
        this.clock = clock;
        this.eachCycle = new TransactionTemplate(transactions);
        this.eachCycle.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A personal goal of the person became active (after its approval committed). */
    public void approved(long personId) {
        for (CyclePerson row : persons.ofPerson(personId, PageRequest.of(0, 5))) {
            if (row.status() == Step.DRAFTING) {
                approvedRetried(row.cycleId(), personId);
            }
        }
    }

    private void approvedRetried(long cycleId, long personId) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                eachCycle.executeWithoutResult(s -> take(cycleId, personId));
                return;
            } catch (OptimisticLockingException busy) {
                log.info("Cycle {}, person {}: the engine was busy with their instance (attempt {} of {})", cycleId,
                        personId, attempt, ATTEMPTS);
            }
        }
        log.warn("Cycle {}, person {}: the engine stayed busy; the approval was not taken", cycleId, personId);
    }

    /**
     * The approval's look at one cycle, on the cycle's locked row.
     *
     * @return whether it completed the person's task
     */
    @Transactional
    public boolean take(long cycleId, long personId) {
        Cycle cycle = cycles.lockById(cycleId).orElse(null);
        if (cycle == null || cycle.status() != CycleStatus.RUNNING && cycle.status() != CycleStatus.PAUSED) {
            return false;
        }
        CyclePerson row = persons.findByCycleIdAndPersonId(cycleId, personId).orElse(null);
        if (row == null || row.status() != Step.DRAFTING
                || !goals.personHasActiveGoal(personId, cycle.periodStart(), cycle.periodEnd())) {
            return false;
        }
        if (cycle.status() == CycleStatus.RUNNING && workflow.completePersonalGoals(cycleId, personId)) {
            row.approvalTaken();
            return true;
        }
        if (cycle.status() == CycleStatus.PAUSED || workflow.personalGoalsSuspended(cycleId, personId)) {
            row.approvalWaiting(clock.instant());
            persons.saveAndFlush(row);
            log.info("Cycle {} is paused: person {}'s approved goal waits for the resume", cycleId, personId);
        }
        return false;
    }

    /**
     * The resume's turn (every instance of the cycle active again): takes the next {@code limit} recorded approvals.
     * In the caller's transaction, on the cycle's locked row.
     *
     * @return how many recorded approvals it looked at (0: none is left)
     */
    @Transactional
    public int takeWaiting(long cycleId, int limit) {
        Cycle cycle = cycles.lockById(cycleId).orElse(null);
        if (cycle == null || cycle.status() != CycleStatus.RUNNING) {
            return 0;
        }
        List<CyclePerson> rows = persons.withApprovalWaiting(cycleId, PageRequest.of(0, limit));
        for (CyclePerson row : rows) {
            row.approvalTaken();
            if (row.status() == Step.DRAFTING
                    && goals.personHasActiveGoal(row.personId(), cycle.periodStart(), cycle.periodEnd())) {
                workflow.completePersonalGoals(cycleId, row.personId());
            }
        }
        persons.saveAllAndFlush(rows);
        return rows.size();
    }
}
