package org.ladder.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.ladder.goals.GoalDetails;
import org.ladder.goals.GoalPlanning;
import org.ladder.support.GoalFixtures;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.SignedIn;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Real browsers: {@code employee} checks in with one goal at risk and answers the pulse; {@code manager} is told
 * (a notification), opens the 1:1 from "1:1s", finds the goal at the top of the agenda, adds a shared note and an
 * action item for her; {@code employee}, on a phone, sees both in her 1:1.
 */
@Tag("e2e")
@LadderIntegrationTest
class OneOnOneJourneyE2ETest {

    @LocalServerPort
    int port;
    @Autowired
    GoalFixtures fixtures;
    @Autowired
    GoalPlanning goals;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SignedIn signedIn;

    @Test
    void employeeChecksInAtRiskManagerIsToldAndTakesItToTheOneOnOneEmployeeSeesNoteAndActionItem()
            throws Exception {
        String run = String.valueOf(System.currentTimeMillis());
        long employeeId = fixtures.personId("employee");
        String title = "Cut the nightly build to ten minutes " + run;
        signedIn.as("manager");
        GoalDetails draft = goals.create(GoalFixtures.personal(title, employeeId, null,
                GoalFixtures.numeric("Minutes saved", 0, 50, 10, 100)));
        GoalDetails goal = goals.submit(draft.id(), draft.version()); // by her manager: active at once
        signedIn.nobody();
        String note = "We agreed to pair on the build cache on Thursday " + run;
        String action = "Ask the platform team for a bigger build runner " + run;

        try (BrowserSession employee = new BrowserSession(port); BrowserSession manager = new BrowserSession(port)) {
            // the employee checks in: this goal at risk, the others as they are; and answers the pulse
            employee.signIn("employee", "demo");
            checkIn(employee, goal);

            // the manager is told
            manager.signIn("manager", "demo");
            manager.open("/notifications");
            WebElement told = manager.waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                    "//*[contains(@class,'ladder-notification-title')][contains(., 'Emma Lindqvist rated')]")));
            assertThat(told.getText()).contains("at risk or off track");
            manager.screenshot("one-on-one-manager-notified");

            // opens the 1:1 from the list of reports
            manager.open("/one-on-ones");
            manager.find(By.xpath("//vaadin-grid-cell-content//a[contains(., 'Emma Lindqvist')]")).click();
            manager.waitUpTo(30).until(ExpectedConditions.urlMatches(".*/one-on-one/" + employeeId + "$"));
            WebElement first = manager.find(By.cssSelector("#one-on-one-agenda .ladder-one-on-one-item"));
            assertThat(first.getText()).contains("“" + title + "” is at risk", "From a check-in");
            assertThat(manager.text("one-on-one-goals")).contains(title, "At risk");
            manager.screenshot("one-on-one-manager-agenda");

            // adds a shared note and an action item for her
            manager.find(By.cssSelector("vaadin-text-area#note-new textarea")).sendKeys(note);
            manager.click("note-shared");
            manager.click("note-add");
            manager.waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("one-on-one-notes"), note));
            manager.find(By.cssSelector("vaadin-text-field#action-new input")).sendKeys(action);
            manager.click("action-add");
            manager.waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("one-on-one-actions"), action));
            assertThat(manager.text("one-on-one-actions")).contains("Emma Lindqvist");
            manager.screenshot("one-on-one-manager-note-and-action");

            // the employee, on her phone, sees both in her 1:1
            employee.driver().manage().window().setSize(new Dimension(390, 844));
            employee.open("/one-on-ones");
            employee.find(By.cssSelector("#one-on-ones-mine a")).click();
            employee.waitUpTo(30).until(ExpectedConditions.urlMatches(".*/one-on-one/" + employeeId + "$"));
            assertThat(employee.text("one-on-one-notes")).contains(note, "Shared");
            assertThat(employee.text("one-on-one-actions")).contains(action);
            assertThat(employee.text("one-on-one-agenda")).contains("“" + title + "” is at risk");
            employee.screenshot("one-on-one-employee-phone");
            ((org.openqa.selenium.JavascriptExecutor) employee.driver()).executeScript(
                    "document.getElementById('one-on-one-actions').scrollIntoView({block: 'start'});");
            employee.screenshot("one-on-one-employee-phone-actions");
            Number overflow = (Number) ((org.openqa.selenium.JavascriptExecutor) employee.driver()).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow.intValue()).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(0);
        }
    }

    /**
     * The employee's check-in through the form at {@code /check-in} (module checkins): {@code goal} at risk, any other
     * active goal of hers on track, and the pulse answered with 4.
     */
    private void checkIn(BrowserSession employee, GoalDetails goal) throws Exception {
        employee.open("/check-in");
        employee.find(By.id("confidence-" + goal.id()));
        for (WebElement group : employee.driver().findElements(By.cssSelector("vaadin-radio-group[id^='confidence-']"))) {
            String rating = group.getAttribute("id").equals("confidence-" + goal.id()) ? "At risk" : "On track";
            scrollAndClick(employee, group.findElement(By.xpath(".//vaadin-radio-button[normalize-space(.)='"
                    + rating + "']")));
        }
        scrollAndClick(employee, employee.find(By.xpath(
                "//vaadin-radio-group[@id='pulse-score']//vaadin-radio-button[starts-with(normalize-space(.), '4')]")));
        employee.screenshot("one-on-one-employee-check-in");
        employee.click("check-in-submit");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from goal where id = ? and confidence = 'AT_RISK'", Long.class, goal.id()) == 1);
    }

    private static void scrollAndClick(BrowserSession browser, WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }
}
