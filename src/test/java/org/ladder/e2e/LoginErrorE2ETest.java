package org.ladder.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ladder.support.LadderIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Real browser: after a failed sign-in the error shows and the username typed is still there. */
@Tag("e2e")
@LadderIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginErrorE2ETest {

    @LocalServerPort
    int port;

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
    void aFailedSignInKeepsTheUsername() throws Exception {
        browser.submitLogin("employee", "not-the-password");
        browser.waitUpTo(60).until(ExpectedConditions.urlContains("error"));
        browser.waitUpTo(30).until(d -> "employee".equals(browser.inputValue("vaadin-login-form [name=username]")));
        assertThat(browser.find(By.cssSelector("vaadin-login-form")).getAttribute("error")).isNotNull();
        browser.screenshot("login-failed");
    }
}
