package org.ladder.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ladder.base.security.OidcRefusal;
import org.ladder.support.LadderIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * Real browser against a real OpenID provider (mock-oauth2-server's login form): "Sign in with Test IdP" on the
 * login page, the provider's form, Home with the person's own navigation; signing out passes the provider's
 * end-session endpoint and returns to the login page; an unknown person reads why they were refused.
 */
@Tag("e2e")
@LadderIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OidcSignInE2ETest {

    private static final String ISSUER = "ladder-idp";
    private static final MockOAuth2Server IDP = new MockOAuth2Server(new OAuth2Config(true));

    static {
        IDP.start(0);
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        String prefix = "spring.security.oauth2.client.";
        registry.add(prefix + "registration.idp.client-id", () -> "ladder");
        registry.add(prefix + "registration.idp.client-secret", () -> "ladder-secret");
        registry.add(prefix + "registration.idp.client-name", () -> "Test IdP");
        registry.add(prefix + "registration.idp.scope", () -> "openid,profile,email");
        registry.add(prefix + "provider.idp.issuer-uri", () -> IDP.issuerUrl(ISSUER).toString());
    }

    @LocalServerPort
    int port;

    private BrowserSession browser;

    @BeforeAll
    void startBrowser() throws Exception {
        browser = new BrowserSession(port);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        IDP.shutdown();
    }

    /** Presses the login page's button and signs in with the provider's form. */
    private void signInAtProvider(String subject, String claimsJson, String screenshot) throws Exception {
        browser.open("/login");
        WebElement button = browser.waitUpTo(60).until(ExpectedConditions.elementToBeClickable(By.id("sso-sign-in")));
        assertThat(button.getText()).isEqualTo("Sign in with Test IdP");
        browser.screenshot(screenshot + "-login");
        button.click();
        WebElement user = browser.waitUpTo(30).until(ExpectedConditions.elementToBeClickable(By.name("username")));
        user.sendKeys(subject);
        browser.find(By.name("claims")).sendKeys(claimsJson);
        browser.screenshot(screenshot + "-provider");
        browser.find(By.cssSelector("input[type='submit']")).click();
    }

    /** The paths the provider was asked for since the last call. */
    private List<String> providerPaths() {
        List<String> paths = new ArrayList<>();
        while (true) {
            RecordedRequest r;
            try {
                r = IDP.takeRequest(1, TimeUnit.MILLISECONDS);
            } catch (RuntimeException none) { // the server says so when its queue is empty
                return paths;
            }
            paths.add(r.getRequestUrl().encodedPath());
        }
    }

    @Test
    void signsInThroughTheProviderAndOutAtTheProvider() throws Exception {
        signInAtProvider("adrian-at-idp", "{\"email\": \"adrian.moreau@brightwater.example\"}", "oidc-admin");
        browser.waitUpTo(60).until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-user")));
        assertThat(browser.text("signed-in-user")).isEqualTo("Adrian Moreau");
        assertThat(browser.navigationLabels()).containsExactly("Home", "Mission & strategy", "Alignment",
                "My ladder", "Check-in", "1:1s", "My reviews", "Tasks", "Feedback", "Notifications", "Organisation", "Import", "People",
                "Cycles", "Acknowledgements", "Check-in cadences", "Review overview", "Review templates", "Operations");
        browser.find(By.id("my-organisation"));
        browser.screenshot("oidc-admin-home");
        providerPaths(); // forget the sign-in's requests

        browser.click("logout");
        browser.waitUpTo(30).until(ExpectedConditions.urlContains("/login?logout"));
        assertThat(providerPaths()).contains("/" + ISSUER + "/endsession");
        browser.waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.className("ladder-signed-out")));
        browser.screenshot("oidc-signed-out");
        browser.open("/");
        browser.waitUpTo(30).until(ExpectedConditions.urlContains("/login"));
    }

    @Test
    void anUnknownPersonReadsWhyOnTheLoginPage() throws Exception {
        signInAtProvider("stranger", "{\"email\": \"stranger@elsewhere.example\"}", "oidc-unknown");
        browser.waitUpTo(60).until(ExpectedConditions.urlContains("/login?sso=unknown"));
        assertThat(browser.text("sso-refused")).isEqualTo(OidcRefusal.UNKNOWN.message());
        browser.screenshot("oidc-unknown-refused");
    }
}
