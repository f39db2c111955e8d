package org.ladder.support;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loses a lock conflict a chosen number of times, then succeeds (test-only, for the deadlock retry). */
@Service
@Transactional
public class FlakyLockService {

    private final AtomicInteger calls = new AtomicInteger();
    private volatile int failures;

    public void failNext(int times) {
        calls.set(0);
        failures = times;
    }

    /** How often {@link #work()} ran since {@link #failNext(int)}. */
    public int calls() {
        return calls.get();
    }

    public String work() {
        calls.incrementAndGet();
        if (failures > 0) {
            failures--;
            throw new CannotAcquireLockException("Deadlock found when trying to get lock (test)");
        }
        return "done";
    }
}
