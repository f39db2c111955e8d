package org.ladder.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ladder.notifications.NotificationKind;
import org.ladder.notifications.NotificationService;
import org.ladder.people.PeopleService;
import org.ladder.support.LadderIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real browser: every demo login signs in, sees its own navigation and home page, and signs out again. HR opens
 * the organisation and the import; an employee finds a colleague; an admin opens Cockpit without a second login.
 */
@Tag("e2e")
@LadderIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInJourneyE2ETest {

    @LocalServerPort
    int port;
    @Autowired
    NotificationService notifications;
    @Autowired
    PeopleService people;

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

    private void signInAndCheck(String username, String displayName, List<String> navigation) throws Exception {
        browser.signIn(username, "demo");
        assertThat(browser.text("signed-in-user")).isEqualTo(displayName);
        assertThat(browser.navigationLabels()).containsExactlyElementsOf(navigation);
        browser.find(By.id("my-organisation"));
        browser.screenshot(username + "-home");
    }

    private void signOut() {
        browser.click("logout");
        browser.waitUpTo(30).until(ExpectedConditions.urlContains("/login"));
        browser.open("/");
        browser.waitUpTo(30).until(ExpectedConditions.urlContains("/login"));
        assertThat(browser.currentPath()).startsWith("/login");
    }

    @Test
    void everyDemoLoginSeesItsOwnNavigation() throws Exception {
        notifications.notify(List.of(people.findByUsername("employee").orElseThrow().id()),
                NotificationKind.ACKNOWLEDGE, "Please acknowledge: Charter 2027",
                "Please read it and confirm that you have.", "people");
        signInAndCheck("employee", "Emma Lindqvist", List.of("Home", "Mission & strategy", "Alignment", "My ladder", "Check-in", "1:1s", "My reviews", "Tasks", "Feedback", "Notifications", "Organisation", "People"));
        assertThat(browser.text("my-manager")).contains("Marco Rossi");
        assertThat(browser.text("badge-notifications")).isNotBlank(); // the count, next to the label
        browser.open("/notifications");
        browser.waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("notifications-grid"),
                "Please acknowledge: Charter 2027"));
        browser.screenshot("employee-notifications");
        browser.open("/people");
        browser.find(By.cssSelector("#directory-search input")).sendKeys("Reyes");
        browser.waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("directory-count"), "1 person"));
        browser.screenshot("employee-directory");
        browser.open("/organisation/import");
        browser.find(By.id("access-denied-view"));
        browser.screenshot("employee-denied-import");
        signOut();
        browser.screenshot("signed-out");

        signInAndCheck("manager", "Marco Rossi", List.of("Home", "Mission & strategy", "Alignment", "My ladder", "Team goals", "Check-in", "1:1s", "My reviews", "Team reviews", "Tasks", "Feedback", "Notifications", "Organisation", "People",
                "Acknowledgements", "Check-in cadences", "Alignment pulse"));
        assertThat(browser.text("my-reports")).contains("Emma Lindqvist");
        signOut();

        signInAndCheck("ceo", "Catherine Okafor",
                List.of("Home", "Mission & strategy", "Alignment", "My ladder", "Team goals", "Check-in", "1:1s", "My reviews", "Team reviews", "Tasks", "Feedback", "Notifications", "Organisation", "People", "Acknowledgements",
                        "Check-in cadences", "Alignment pulse"));
        signOut();

        signInAndCheck("hr", "Hannah Reyes", List.of("Home", "Mission & strategy", "Alignment", "My ladder", "Team goals", "Check-in", "1:1s", "My reviews", "Tasks", "Feedback", "Notifications", "Organisation", "Import",
                "People", "Cycles", "Acknowledgements", "Check-in cadences", "Alignment pulse", "Review overview", "Review templates"));
        browser.open("/organisation");
        browser.find(By.id("org-tree"));
        browser.waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("org-tree"), "Brightwater Ltd"));
        browser.screenshot("hr-organisation");
        browser.click("open-import");
        browser.find(By.id("import-upload"));
        browser.screenshot("hr-import-dialog");
        browser.open("/organisation/import");
        browser.find(By.id("import-history"));
        browser.screenshot("hr-import-page");
        signOut();

        signInAndCheck("admin", "Adrian Moreau", List.of("Home", "Mission & strategy", "Alignment", "My ladder", "Check-in", "1:1s", "My reviews", "Tasks", "Feedback", "Notifications", "Organisation", "Import",
                "People", "Cycles", "Acknowledgements", "Check-in cadences", "Review overview", "Review templates", "Operations"));
        browser.open("/admin/operations");
        browser.find(By.id("operations-view"));
        browser.screenshot("admin-operations");
        browser.open("/camunda/app/cockpit/default/");
        browser.waitUpTo(60).until(ExpectedConditions.titleContains("Cockpit"));
        // the engine webapp shows the portal's signed-in person: no second login
        browser.waitUpTo(60).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Adrian Moreau"));
        assertThat(browser.currentPath()).startsWith("/camunda/app/cockpit");
        browser.screenshot("admin-cockpit");
        browser.open("/");
        signOut();
    }

    @Test
    void aWrongPasswordKeepsYouOnTheLoginPage() throws Exception {
        browser.open("/login");
        browser.find(By.cssSelector("input[name='username']")).sendKeys("employee");
        browser.find(By.cssSelector("input[name='password']")).sendKeys("not-the-password\n");
        browser.waitUpTo(30).until(ExpectedConditions.urlContains("error"));
        browser.screenshot("login-error");
        assertThat(browser.currentPath()).startsWith("/login");
    }
}
