package org.ladder.base.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.ladder.support.FlakyLockService;
import org.ladder.support.LadderIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.transaction.support.TransactionTemplate;

/** A transaction that loses a deadlock is run again from its start; inside a running transaction it is not. */
@LadderIntegrationTest
class DeadlockRetryTest {

    @Autowired
    FlakyLockService service;
    @Autowired
    TransactionTemplate tx;

    @Test
    void aLostDeadlockIsRetriedFromTheStartOfTheTransaction() {
        service.failNext(DeadlockRetry.ATTEMPTS - 1);
        assertThat(service.work()).isEqualTo("done");
        assertThat(service.calls()).isEqualTo(DeadlockRetry.ATTEMPTS);
    }

    @Test
    void afterTheLastAttemptTheConflictIsReported() {
        service.failNext(DeadlockRetry.ATTEMPTS);
        assertThatThrownBy(service::work).isInstanceOf(CannotAcquireLockException.class);
        assertThat(service.calls()).isEqualTo(DeadlockRetry.ATTEMPTS);
    }

    @Test
    void insideARunningTransactionNothingIsRetried() {
        service.failNext(1);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> service.work()))
                .isInstanceOf(CannotAcquireLockException.class);
        assertThat(service.calls()).isEqualTo(1);
    }
}
