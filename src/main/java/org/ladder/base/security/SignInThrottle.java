package org.ladder.base.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.ladder.base.audit.AuditLog;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Throttles failed sign-ins per account (the name typed, whether or not such an account exists, so the answer
 * reveals nothing) and per client address: after a few free failures each further one locks that key for a
 * growing time (1, 2, 4… minutes, at most 15). Counters live in the database, so every node sees them; time is
 * the injected clock. Signing in, failing and being locked are audited. See ADR 0013.
 */
@Service
public class SignInThrottle {

    /** Failures of one account before it is locked. */
    public static final int ACCOUNT_FREE_FAILURES = 5;
    /** Failures from one client address (any accounts) before it is locked. */
    public static final int ADDRESS_FREE_FAILURES = 20;
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
    /** Failures older than this are forgotten. */
    static final Duration FORGET_AFTER = Duration.ofHours(1);

    enum Policy {
        ACCOUNT(ACCOUNT_FREE_FAILURES, "account:"), ADDRESS(ADDRESS_FREE_FAILURES, "address:");

        private final int freeFailures;
        private final String prefix;

        Policy(int freeFailures, String prefix) {
            this.freeFailures = freeFailures;
            this.prefix = prefix;
        }

        int freeFailures() {
            return freeFailures;
        }

        String key(String value) {
            String v = prefix + value;
            return v.length() <= SignInThrottleEntry.MAX_KEY ? v : v.substring(0, SignInThrottleEntry.MAX_KEY);
        }
    }

    private final SignInThrottleRepository entries;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate tx;

    SignInThrottle(SignInThrottleRepository entries, AuditLog audit, Clock clock,
            PlatformTransactionManager transactions) {
        this.entries = entries;
        this.audit = audit;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The login as counted: trimmed, lower case. */
    static String normalise(String login) {
        return login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
    }

    /** Until when sign-in is refused for this account or address, or empty when it may be tried. */
    public Optional<Instant> lockedUntil(String login, String address) {
        Instant now = clock.instant();
        return tx.execute(s -> {
            Optional<Instant> account = entries.findById(Policy.ACCOUNT.key(normalise(login)))
                    .filter(e -> e.lockedAt(now)).map(SignInThrottleEntry::lockedUntil);
            Optional<Instant> client = address == null ? Optional.<Instant>empty()
                    : entries.findById(Policy.ADDRESS.key(address)).filter(e -> e.lockedAt(now))
                            .map(SignInThrottleEntry::lockedUntil);
            return account.isPresent() && client.isPresent()
                    ? Optional.of(account.get().isAfter(client.get()) ? account.get() : client.get())
                    : account.or(() -> client);
        });
    }

    /** A refused attempt while locked: audited, not counted. */
    public void refusedWhileLocked(String login, String address) {
        tx.executeWithoutResult(s -> audit.recordAs(actor(login), "auth.sign-in-refused-locked", "account",
                actor(login), "from " + address));
    }

    public void failed(String login, String address) {
        String name = normalise(login);
        retryOnce(() -> tx.executeWithoutResult(s -> {
            Instant now = clock.instant();
            audit.recordAs(actor(login), "auth.sign-in-failed", "account", actor(login), "from " + address);
            count(Policy.ACCOUNT, name, now, login, address);
            if (address != null) {
                count(Policy.ADDRESS, address, now, login, address);
            }
        }));
    }

    public void succeeded(String login, String address) {
        String name = normalise(login);
        tx.executeWithoutResult(s -> {
            entries.findForUpdate(Policy.ACCOUNT.key(name)).ifPresent(entries::delete);
            audit.recordAs(actor(login), "auth.signed-in", "account", actor(login), "from " + address);
        });
    }

    private void count(Policy policy, String value, Instant now, String login, String address) {
        String key = policy.key(value);
        SignInThrottleEntry entry = entries.findForUpdate(key)
                .orElseGet(() -> entries.saveAndFlush(new SignInThrottleEntry(key, now)));
        if (entry.fail(now, policy)) {
            audit.recordAs(actor(login), "auth.locked", policy == Policy.ACCOUNT ? "account" : "client-address",
                    policy == Policy.ACCOUNT ? actor(login) : value, entry.failures() + " failed sign-ins; locked until " + entry.lockedUntil()
                            + (policy == Policy.ACCOUNT ? " (from " + address + ")" : ""));
        }
    }

    private static String actor(String login) {
        String name = normalise(login);
        return name.isEmpty() ? "(blank)" : name.length() <= 100 ? name : name.substring(0, 100);
    }

    /** Two nodes may insert the first failure of a key at once: the loser counts again on the existing row. */
    private static void retryOnce(Runnable work) {
        try {
            work.run();
        } catch (DataIntegrityViolationException e) {
            work.run();
        }
    }
}
