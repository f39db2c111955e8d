package org.ladder.cycles.workflow;

import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The cycle's counters of the current Spring transaction: what its engine work reports adds up here, and is handed
 * to the writer just before the transaction commits (and, for engine work of a synchronization that ran after this
 * one, still before the commit); nothing is written on a rollback.
 */
final class CycleCountsTransactionBuffer {

    private static final Logger log = LoggerFactory.getLogger(CycleStepCounters.class);

    private final Consumer<PendingCycleCounts> writer;

    CycleCountsTransactionBuffer(Consumer<PendingCycleCounts> writer) {
        this.writer = writer;
    }

    /** What the current transaction reported so far; the first call binds it to the transaction. */
    PendingCycleCounts pending() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("The cycle's counters are written in the engine's Spring transaction; "
                    + "none is active");
        }
        PendingCycleCounts p = (PendingCycleCounts) TransactionSynchronizationManager.getResource(this);
        if (p == null) {
            PendingCycleCounts created = new PendingCycleCounts();
            TransactionSynchronizationManager.bindResource(this, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    created.committing = true;
                    writer.accept(created.drain());
                }

                @Override
                public void beforeCompletion() {
                    // engine work of a synchronization that ran after ours (its beforeCommit came later): still in
                    // the transaction, before the commit; never on a rollback (committing is set on commit only)
                    if (created.committing && !created.isEmpty()) {
                        try {
                            writer.accept(created.drain());
                        } catch (RuntimeException e) {
                            log.error("The cycle's counters of a late engine step were not written; the counts of "
                                    + "the cycle may be off until it is counted again (CycleStepCounters#forget)", e);
                        }
                    }
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(CycleCountsTransactionBuffer.this);
                }
            });
            p = created;
        }
        return p;
    }
}
