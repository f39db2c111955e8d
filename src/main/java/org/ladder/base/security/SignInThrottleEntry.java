package org.ladder.base.security;

import java.time.Instant;

import org.ladder.base.persistence.UtcInstantConverter;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Failed sign-ins of one account or one client address, shared by every node through the database. */
@Entity
@Table(name = "sign_in_throttle")
class SignInThrottleEntry {

    static final int MAX_KEY = 320;

    @Id
    @Column(name = "throttle_key", length = MAX_KEY)
    private String key;

    @Column(nullable = false)
    private int failures;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected SignInThrottleEntry() {
    }

    SignInThrottleEntry(String key, Instant now) {
        this.key = key;
        this.lastFailureAt = now;
    }

    String key() {
        return key;
    }

    int failures() {
        return failures;
    }

    Instant lastFailureAt() {
        return lastFailureAt;
    }

    Instant lockedUntil() {
        return lockedUntil;
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failure; returns whether a new lock starts. */
    boolean fail(Instant now, SignInThrottle.Policy policy) {
        if (lastFailureAt != null && now.isAfter(lastFailureAt.plus(SignInThrottle.FORGET_AFTER))) {
            failures = 0;
            lockedUntil = null;
        }
        failures++;
        lastFailureAt = now;
        if (failures < policy.freeFailures()) {
            return false;
        }
        int beyond = Math.min(failures - policy.freeFailures(), 10);
        java.time.Duration lock = SignInThrottle.FIRST_LOCK.multipliedBy(1L << beyond);
        if (lock.compareTo(SignInThrottle.LONGEST_LOCK) > 0) {
            lock = SignInThrottle.LONGEST_LOCK;
        }
        lockedUntil = now.plus(lock);
        return true;
    }
}
