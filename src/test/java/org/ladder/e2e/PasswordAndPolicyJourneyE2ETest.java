package org.ladder.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ladder.support.Accounts;
import org.ladder.support.Accounts.Account;
import org.ladder.support.LadderIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real browser (issue 8, security items 5 and 8): the portal works under its Content-Security-Policy (the console
 * reports nothing refused on the main pages, push included), and a one-time password is replaced at the first
 * sign-in.
 */
@Tag("e2e")
@LadderIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PasswordAndPolicyJourneyE2ETest {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;

    private BrowserSession browser;

    @BeforeAll
    void startBrowser() throws Exception {
        browser = new BrowserSession(port);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void thePortalRunsUnderItsContentSecurityPolicy() throws Exception {
        browser.signIn("admin", "demo");
        for (String page : new String[] {"/", "/charter", "/alignment", "/ladder", "/tasks", "/notifications",
                "/organisation", "/people", "/admin/operations"}) {
            browser.open(page);
            browser.find(By.id("signed-in-user"));
            browser.waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("main-nav")));
        }
        browser.screenshot("csp-admin-operations");
        assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
        browser.click("logout");
        browser.waitUpTo(30).until(ExpectedConditions.urlContains("/login"));
    }

    @Test
    void aOneTimePasswordIsReplacedAtTheFirstSignIn() throws Exception {
        Account account = accounts.fresh();
        browser.signIn(account.login(), account.password());
        browser.find(By.id("password-change-required"));
        browser.screenshot("password-change-required");
        browser.find(By.cssSelector("#current-password input")).sendKeys(account.password());
        browser.find(By.cssSelector("#new-password input")).sendKeys("copper violin harbour");
        browser.find(By.cssSelector("#repeat-password input")).sendKeys("copper violin harbour");
        browser.click("save-password");
        browser.find(By.id("my-organisation"));
        browser.screenshot("password-changed-home");
        assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
        browser.waitUpTo(30).until(ExpectedConditions.invisibilityOfElementLocated(
                By.tagName("vaadin-notification-card")));
        browser.click("logout");
        browser.waitUpTo(30).until(ExpectedConditions.urlContains("/login"));

        browser.signIn(account.login(), "copper violin harbour");
        browser.find(By.id("my-organisation"));
    }
}
