package org.ladder.checkins;

import org.ladder.people.PersonAccessChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The cadence follows what happens elsewhere, after it committed: a submitted check-in completes the person's open
 * period (and the manager's 1:1 follows); a person who left has their cadence stopped. A joiner is not started
 * automatically: which cadence they get is the cycle's (or HR's) decision (ADR 0019).
 */
@Component
class CadenceListeners {

    private final CheckInCadences cadences;

    CadenceListeners(CheckInCadences cadences) {
        this.cadences = cadences;
    }

    /** Completes the person's open check-in task; the manager's 1:1 follows. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void checkedIn(CheckInSubmitted event) {
        cadences.checkedIn(event);
    }

    /** Stops the cadence of a person who was deactivated. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void accessChanged(PersonAccessChanged event) {
        if (!event.active()) {
            cadences.personLeft(event.personId());
        }
    }
}
