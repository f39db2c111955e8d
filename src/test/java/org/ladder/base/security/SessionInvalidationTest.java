package org.ladder.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ladder.support.HttpBrowser.location;

import java.util.EnumSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ladder.people.AccountService;
import org.ladder.support.Accounts;
import org.ladder.support.Accounts.Account;
import org.ladder.support.HttpBrowser;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person's open sessions end at once when their roles change, they are deactivated or an admin sets them a new
 * password (issue 8, security item 4). The check reads the database, so it holds for sessions on every node.
 */
@LadderIntegrationTest
class SessionInvalidationTest {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    AccountService accountService;
    @Autowired
    SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    private HttpBrowser signedInAs(Account account) throws Exception {
        HttpBrowser b = new HttpBrowser(port, Accounts.freshAddress());
        assertThat(location(b.login(account.login(), account.password()))).doesNotContain("error");
        assertThat(b.get("/").statusCode()).isEqualTo(200);
        return b;
    }

    private static void assertSignedOut(HttpBrowser b) throws Exception {
        var home = b.get("/");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(location(home)).endsWith("/login");
    }

    @Test
    void changingRolesEndsTheOpenSession() throws Exception {
        Account account = accounts.fresh();
        HttpBrowser session = signedInAs(account);

        signedIn.as("hr");
        accountService.setRoles(account.id(), EnumSet.of(Role.MANAGER));

        assertSignedOut(session);
        assertThat(location(session.login(account.login(), account.password()))).doesNotContain("error");
        assertThat(session.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void deactivatingEndsTheOpenSessionAndSignInStopsWorking() throws Exception {
        Account account = accounts.fresh();
        HttpBrowser session = signedInAs(account);

        signedIn.as("hr");
        accountService.setActive(account.id(), false);

        assertSignedOut(session);
        assertThat(location(session.login(account.login(), account.password()))).contains("error");
    }

    @Test
    void aNewPasswordFromTheAdminEndsTheOpenSession() throws Exception {
        Account account = accounts.fresh();
        HttpBrowser session = signedInAs(account);

        signedIn.as("admin");
        accountService.setPassword(account.id(), "another-one-time-" + account.id());

        assertSignedOut(session);
    }
}
