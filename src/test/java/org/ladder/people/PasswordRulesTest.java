package org.ladder.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ladder.people.domain.PersonRepository;
import org.ladder.support.Accounts;
import org.ladder.support.Accounts.Account;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords (issue 8, security item 5): people change their own with the current one, an admin's password is
 * one-time, and common passwords are refused from the list shipped with the application.
 */
@LadderIntegrationTest
class PasswordRulesTest {

    @Autowired
    AccountService accounts;
    @Autowired
    Accounts fresh;
    @Autowired
    PersonRepository people;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void theHundredThousandMostCommonPasswordsAreRefusedWhateverTheirCase() throws Exception {
        assertThat(new String(getClass().getResourceAsStream(CommonPasswords.RESOURCE).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8).lines()).hasSize(100_000);
        assertThat(CommonPasswords.size()).isGreaterThan(95_000); // fewer once case is ignored
        assertThat(AccountService.check("1234567890")).isEqualTo(AccountService.COMMON);
        assertThat(AccountService.check("QwertyUiop")).isEqualTo(AccountService.COMMON);
        assertThat(AccountService.check("short")).isEqualTo("Use at least 10 characters.");
        assertThat(AccountService.check("plum orbit saddle")).isNull();

        signedIn.as("admin");
        long employee = people.findByUsername("employee").orElseThrow().getId();
        assertThatThrownBy(() -> accounts.setPassword(employee, "password123"))
                .isInstanceOf(PasswordRejectedException.class).hasMessage(AccountService.COMMON);
    }

    @Test
    void theAdminsPasswordIsOneTimeAndThePersonChangesItWithTheCurrentOne() {
        Account account = fresh.fresh();
        assertThat(people.findById(account.id()).orElseThrow().isPasswordChangeRequired()).isTrue();

        signedIn.as(account.login());
        assertThat(accounts.passwordChangeRequired()).isTrue();
        assertThatThrownBy(() -> accounts.changeOwnPassword("not the current one", "lantern meadow quartz"))
                .isInstanceOf(PasswordRejectedException.class).hasMessage(AccountService.CURRENT_WRONG);
        assertThatThrownBy(() -> accounts.changeOwnPassword(account.password(), "iloveyou12"))
                .isInstanceOf(PasswordRejectedException.class).hasMessage(AccountService.COMMON);
        assertThatThrownBy(() -> accounts.changeOwnPassword(account.password(), account.password()))
                .isInstanceOf(PasswordRejectedException.class);

        accounts.changeOwnPassword(account.password(), "lantern meadow quartz");

        var person = people.findById(account.id()).orElseThrow();
        assertThat(person.isPasswordChangeRequired()).isFalse();
        assertThat(encoder.matches("lantern meadow quartz", person.getPasswordHash())).isTrue();
        assertThat(accounts.passwordChangeRequired()).isFalse();
    }
}
