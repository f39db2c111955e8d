package org.ladder.support;

import java.sql.SQLTimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loses a lock conflict a chosen number of times, then succeeds (test-only, for the deadlock retry). */
@Service
@Transactional
public class FlakyLockService {

    private final AtomicInteger calls = new AtomicInteger();
    private volatile int failures;
    private volatile boolean asH2LockTimeout;

    public void failNext(int times) {
        calls.set(0);
        failures = times;
        asH2LockTimeout = false;
    }

    /** As {@link #failNext(int)}, failing as H2 does when a lock wait times out (Spring: a query timeout). */
    public void failNextWithH2LockTimeout(int times) {
        failNext(times);
        asH2LockTimeout = true;
    }

    /** How often {@link #work()} ran since {@link #failNext(int)}. */
    public int calls() {
        return calls.get();
    }

    public String work() {
        calls.incrementAndGet();
        if (failures > 0) {
            failures--;
            if (asH2LockTimeout) {
                throw new QueryTimeoutException("Timeout trying to lock table (test)",
                        new SQLTimeoutException("Timeout trying to lock table \"GOAL\"", "HYT00", 50200));
            }
            throw new CannotAcquireLockException("Deadlock found when trying to get lock (test)");
        }
        return "done";
    }
}
