package org.ladder.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ladder.people.domain.PersonRepository;
import org.ladder.support.CsvFiles;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Imported people get no password; an admin sets one, and then they can sign in. */
@LadderIntegrationTest
class AccountServiceTest {

    @Autowired
    AccountService accounts;
    @Autowired
    OrgImportService imports;
    @Autowired
    PersonRepository people;
    @Autowired
    SignedIn signedIn;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder encoder;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    private AuthenticationManager authentication() {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetails);
        provider.setPasswordEncoder(encoder);
        return new ProviderManager(provider);
    }

    @Test
    void anImportedPersonCanSignInOnceAnAdminSetsAPassword() {
        signedIn.as("hr");
        String run = CsvFiles.runId();
        imports.apply(CsvFiles.goodFile(run));
        long jon = people.findByExternalId(run + "-P2").orElseThrow().getId();
        String login = run.toLowerCase() + ".jon@import.example";
        assertThatThrownBy(() -> authentication().authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(login, "whatever-it-is")))
                .isInstanceOf(DisabledException.class);

        signedIn.as("admin");
        accounts.setPassword(jon, "correct horse battery");

        assertThat(authentication().authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(login, "correct horse battery")).isAuthenticated())
                .isTrue();
    }

    @Test
    void shortPasswordsAreRefusedAndOnlyAdminsMaySetThem() {
        signedIn.as("admin");
        long employee = people.findByUsername("employee").orElseThrow().getId();
        String before = people.findById(employee).orElseThrow().getPasswordHash();
        assertThatThrownBy(() -> accounts.setPassword(employee, "short"))
                .isInstanceOf(PasswordRejectedException.class).hasMessage("Use at least 10 characters.");
        assertThat(people.findById(employee).orElseThrow().getPasswordHash()).isEqualTo(before);

        signedIn.as("hr");
        assertThatThrownBy(() -> accounts.setPassword(employee, "long enough password"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
