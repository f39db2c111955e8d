package org.ladder.conversations;

import java.time.Clock;
import java.util.Optional;

import org.ladder.conversations.domain.OneOnOne;
import org.ladder.conversations.domain.OneOnOneRepository;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds or starts the 1:1 of a pair. Two first visits at once (the manager opens the page while a check-in's topic
 * arrives) start it once: the start commits on its own, and the loser of the race reads the winner's.
 */
@Component
class OneOnOnePairs {

    private final OneOnOneRepository oneOnOnes;
    private final TransactionTemplate newTransaction;
    private final Clock clock;

    OneOnOnePairs(OneOnOneRepository oneOnOnes, org.springframework.transaction.PlatformTransactionManager tm,
            Clock clock) {
        this.oneOnOnes = oneOnOnes;
        this.newTransaction = new TransactionTemplate(tm);
        this.newTransaction.setPropagationBehavior(Propagation.REQUIRES_NEW.value());
        this.clock = clock;
    }

    Optional<OneOnOne> find(long managerId, long reportId) {
        return oneOnOnes.findByManagerIdAndReportId(managerId, reportId);
    }

    /** The pair's 1:1, started now if it has none. */
    @Transactional(propagation = Propagation.MANDATORY)
    OneOnOne findOrStart(long managerId, long reportId) {
        Optional<OneOnOne> found = find(managerId, reportId);
        if (found.isPresent()) {
            return found.get();
        }
        try {
            newTransaction.executeWithoutResult(s -> oneOnOnes.saveAndFlush(
                    new OneOnOne(managerId, reportId, clock.instant())));
        } catch (DataIntegrityViolationException raced) {
            // someone else started it meanwhile: theirs is the one
        }
        return find(managerId, reportId).orElseThrow(() -> new IllegalStateException(
                "The 1:1 of " + managerId + " and " + reportId + " could not be started"));
    }
}
