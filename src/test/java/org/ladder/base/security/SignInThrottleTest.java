package org.ladder.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ladder.support.HttpBrowser.location;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ladder.base.audit.AuditLog;
import org.ladder.support.Accounts;
import org.ladder.support.Accounts.Account;
import org.ladder.support.HttpBrowser;
import org.ladder.support.LadderIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;

/** Failed sign-ins are throttled per account and per client address, and audited (issue 8, security item 3). */
@LadderIntegrationTest
class SignInThrottleTest {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    AuditLog audit;
    @Autowired
    SignInThrottleRepository entries;
    @Autowired
    PlatformTransactionManager transactions;

    private boolean signsIn(HttpBrowser b, String login, String password) throws Exception {
        return !location(b.login(login, password)).contains("error");
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneIsRefusedJustLikeForAnUnknownAccount() throws Exception {
        Account account = accounts.fresh();
        HttpBrowser attacker = new HttpBrowser(port, Accounts.freshAddress());
        for (int i = 0; i < SignInThrottle.ACCOUNT_FREE_FAILURES; i++) {
            assertThat(signsIn(attacker, account.login(), "wrong-" + i)).isFalse();
        }
        HttpBrowser owner = new HttpBrowser(port, Accounts.freshAddress());
        assertThat(location(owner.login(account.login(), account.password()))).endsWith("/login?error");

        String unknown = "nobody-" + UUID.randomUUID() + "@example.com";
        for (int i = 0; i < SignInThrottle.ACCOUNT_FREE_FAILURES; i++) {
            signsIn(attacker, unknown, "wrong-" + i);
        }
        assertThat(location(new HttpBrowser(port, Accounts.freshAddress()).login(unknown, "anything")))
                .endsWith("/login?error");

        assertThat(audit.recent("auth.locked", 50)).anySatisfy(e -> assertThat(e.getActor())
                .isEqualTo(account.login()));
        assertThat(audit.recent("auth.sign-in-refused-locked", 50)).anySatisfy(e -> assertThat(e.getActor())
                .isEqualTo(account.login()));
        assertThat(audit.recent("auth.sign-in-failed", 200)).filteredOn(e -> e.getActor().equals(account.login()))
                .hasSize(SignInThrottle.ACCOUNT_FREE_FAILURES);
    }

    @Test
    void oneClientAddressIsLockedAfterManyFailuresWhateverTheAccounts() throws Exception {
        Account account = accounts.fresh();
        String address = Accounts.freshAddress();
        HttpBrowser spray = new HttpBrowser(port, address);
        for (int i = 0; i < SignInThrottle.ADDRESS_FREE_FAILURES; i++) {
            signsIn(spray, "spray-" + i + "-" + UUID.randomUUID(), "Summer2026!");
        }
        assertThat(signsIn(new HttpBrowser(port, address), account.login(), account.password())).isFalse();
        HttpBrowser elsewhere = new HttpBrowser(port, Accounts.freshAddress());
        assertThat(signsIn(elsewhere, account.login(), account.password())).isTrue();
        assertThat(audit.recent("auth.signed-in", 20)).anySatisfy(e -> assertThat(e.getActor())
                .isEqualTo(account.login()));
        assertThat(audit.recent("auth.locked", 50)).anySatisfy(e -> assertThat(e.getSubjectId()).isEqualTo(address));
    }

    @Test
    void theLockGrowsWithEachFailureAndEndsWithTheClock() {
        MovableClock clock = new MovableClock(Instant.parse("2026-12-01T09:00:00Z"));
        SignInThrottle throttle = new SignInThrottle(entries, audit, clock, transactions);
        String login = "clock-" + UUID.randomUUID() + "@example.com";
        String address = Accounts.freshAddress();

        for (int i = 0; i < SignInThrottle.ACCOUNT_FREE_FAILURES - 1; i++) {
            throttle.failed(login, address);
        }
        assertThat(throttle.lockedUntil(login, address)).isEmpty();
        throttle.failed(login, address);
        assertThat(throttle.lockedUntil(login, address)).hasValue(clock.instant().plus(Duration.ofMinutes(1)));

        clock.advance(Duration.ofSeconds(61));
        assertThat(throttle.lockedUntil(login, address)).isEmpty();
        throttle.failed(login, address);
        assertThat(throttle.lockedUntil(login, address)).hasValue(clock.instant().plus(Duration.ofMinutes(2)));

        clock.advance(Duration.ofMinutes(3));
        throttle.succeeded(login, address);
        assertThat(throttle.lockedUntil(login, address)).isEmpty();
        throttle.failed(login, address);
        assertThat(throttle.lockedUntil(login, address)).isEmpty();
    }

    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
