package org.ladder.cycles;

import java.util.EnumSet;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.ladder.charter.CharterService;
import org.ladder.charter.PublishedCharter;
import org.ladder.cycles.domain.Cycle;
import org.ladder.cycles.domain.CycleRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The cycle's two waits for a charter version (after leadership revises the charter in Define, and after it drafts a
 * new one in Revise) never miss a publication, whichever commits first (ADR 0035):
 * <ul>
 * <li>on arriving at the wait ({@link #arrived}, in the transaction of the decision that leads there), the cycle
 * looks whether a version it has not taken yet is already published, and if so goes on at once;</li>
 * <li>after a publication commits ({@link #published}), each cycle that waits takes the version and goes on, one
 * cycle per transaction, tried again when the engine is busy with the same instance;</li>
 * <li>a paused cycle's instance cannot take the message: it looks again when resumed ({@link #arrived}).</li>
 * </ul>
 * Both sides lock the cycle's row first, so a publication that commits while a decision is under way is seen by one
 * of them: the decision's look finds it, or the publication's correlation finds the decision's wait.
 */
@Component
public class CycleCharterWaits {

    /** How often a correlation is tried when the engine is busy with the same instance. */
    static final int ATTEMPTS = 3;

    private static final Logger log = LoggerFactory.getLogger(CycleCharterWaits.class);

    private final CycleRepository cycles;
    private final CycleWorkflow workflow;
    private final CharterService charter;
    private final TransactionTemplate eachCycle;

    CycleCharterWaits(CycleRepository cycles, CycleWorkflow workflow, CharterService charter,
            PlatformTransactionManager transactions) {
        this.cycles = cycles;
        this.workflow = workflow;
        this.charter = charter;
        this.eachCycle = new TransactionTemplate(transactions);
        this.eachCycle.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Locks the cycle's row before a decision that may lead to a charter wait (see the class comment). */
    @Transactional
    public void lock(long cycleId) {
        cycles.lockById(cycleId);
    }

    /**
     * The cycle may just have arrived at a charter wait: if a version it has not taken is published, it takes it
     * and goes on. In the caller's transaction; the cycle's row is locked.
     *
     * @return whether the cycle went on
     */
    @Transactional
    public boolean arrived(long cycleId) {
        Cycle cycle = cycles.lockById(cycleId).orElse(null);
        if (cycle == null || cycle.status() != CycleStatus.RUNNING) {
            return false;
        }
        Long published = charter.published().map(PublishedCharter::versionId).orElse(null);
        if (published == null || !waitsFor(cycle, published)) {
            return false;
        }
        if (!workflow.charterPublished(cycleId)) {
            return false; // not at the wait (yet): the decision that leads there looks again
        }
        if (cycle.phase() == CyclePhase.DEFINE) {
            cycle.useCharter(published);
        } else {
            cycle.nextCharter(published);
        }
        return true;
    }

    /** A version is published (after its commit): every running cycle that waits for one goes on. */
    public void published() {
        for (Cycle cycle : cycles.withStatus(EnumSet.of(CycleStatus.RUNNING))) {
            if (cycle.phase() == CyclePhase.DEFINE || cycle.phase() == CyclePhase.REVISE) {
                arrivedRetried(cycle.getId());
            }
        }
    }

    private void arrivedRetried(long cycleId) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                eachCycle.executeWithoutResult(s -> arrived(cycleId));
                return;
            } catch (OptimisticLockingException busy) {
                log.info("Cycle {}: the engine was busy with its instance (attempt {} of {})", cycleId, attempt,
                        ATTEMPTS);
            } catch (RuntimeException e) {
                // one cycle's failure does not keep the others waiting; it looks again when it is resumed
                log.warn("Cycle {}: could not take the published charter", cycleId, e);
                return;
            }
        }
        log.warn("Cycle {}: the engine stayed busy; the cycle takes the charter when it is next resumed", cycleId);
    }

    /** Whether the published version is one the cycle waits for: in Define a new one, in Revise the next one. */
    private static boolean waitsFor(Cycle cycle, long published) {
        if (cycle.phase() == CyclePhase.DEFINE) {
            return cycle.charterVersionId() == null || cycle.charterVersionId() != published;
        }
        return cycle.phase() == CyclePhase.REVISE && "NEW_CHARTER".equals(cycle.strategyDecision())
                && (cycle.charterVersionId() == null || cycle.charterVersionId() != published)
                && cycle.nextCharterVersionId() == null;
    }
}
