package org.ladder.checkins;

import org.ladder.people.PersonAccessChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The cadence follows what happens elsewhere, after it committed: a person who left has their cadence stopped. A
 * joiner is not started automatically: which cadence they get is the cycle's (or HR's) decision (ADR 0019). A
 * submitted check-in completes the person's open period inside its own transaction ({@link CheckIns#submit}, ADR
 * 0031), not here.
 */
@Component
class CadenceListeners {

    private final CheckInCadences cadences;

    CadenceListeners(CheckInCadences cadences) {
        this.cadences = cadences;
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
