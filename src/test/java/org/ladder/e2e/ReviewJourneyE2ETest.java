package org.ladder.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.ladder.goals.GoalDetails;
import org.ladder.goals.GoalPlanning;
import org.ladder.people.PeopleService;
import org.ladder.support.GoalFixtures;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.ReviewFixtures;
import org.ladder.support.SignedIn;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Real browsers through a whole review: {@code hr} starts reviews for the Core Services team; {@code employee}
 * writes her self review; {@code manager} names no colleagues and writes his review with both ratings (the other
 * people of the round are reviewed through the services meanwhile); {@code hr} calibrates the unit, changing a rating
 * with a reason, and closes it (where the unit is large enough to be calibrated); {@code manager} shares;
 * {@code employee} reads both ratings, acknowledges and responds, on her phone; {@code hr} sees the distributions
 * move. Screenshots at desktop width and at 390 px under {@code target/e2e-screenshots/review-*}.
 */
@Tag("e2e")
@LadderIntegrationTest
class ReviewJourneyE2ETest {

    @LocalServerPort
    int port;
    @Autowired
    ReviewFixtures reviews;
    @Autowired
    PeopleService people;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SignedIn signedIn;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    GoalPlanning goals;

    @Test
    void hrStartsEmployeeAndManagerReviewHrCalibratesManagerSharesEmployeeAcknowledgesHrSeesTheDistributions()
            throws Exception {
        long templateId = reviews.template(true); // a template of this run: its round is new on a kept database
        String templateName = jdbc.queryForObject("select name from review_template where id = ?", String.class,
                templateId);
        long employeeId = personId("employee");
        // a goal of hers for the period, set by her manager (active at once)
        String goalTitle = "Cut the nightly build to ten minutes " + templateId;
        signedIn.as("manager");
        GoalDetails draft = goals.create(GoalFixtures.personal(goalTitle, employeeId, null,
                GoalFixtures.numeric("Minutes saved", 0, 30, 20, 100)));
        GoalDetails goal = goals.submit(draft.id(), draft.version());
        signedIn.nobody();

        try (BrowserSession hr = new BrowserSession(port); BrowserSession employee = new BrowserSession(port);
                BrowserSession manager = new BrowserSession(port)) {
            // HR starts the reviews for Core Services with this run's template
            hr.signIn("hr", "demo");
            hr.open("/review-rounds/new");
            WebElement unit = hr.find(By.cssSelector("#start-review-unit input"));
            unit.sendKeys("Core Services");
            hr.choose(By.xpath("//vaadin-combo-box-item[contains(., 'Core Services')]"));
            hr.click("start-review-template");
            hr.choose(By.xpath("//vaadin-select-list-box/vaadin-select-item[contains(., '" + templateName + "')]"));
            hr.waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("start-review-preview"),
                    "will be reviewed in Core Services"));
            hr.screenshot("review-hr-start");
            phone(hr);
            hr.screenshot("review-hr-start-phone");
            desktop(hr);
            press(hr, "start-review-start");
            confirm(hr);
            hr.waitUpTo(30).until(ExpectedConditions.urlContains("/review-overview/hr-"));
            String roundKey = hr.currentPath().substring("/review-overview/".length());
            reviews.runLaunchJobs();
            runJobs(roundKey);
            long emma = reviews.reviewOf(roundKey, employeeId);
            hr.open("/review-overview/" + roundKey);
            hr.waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-overview-rated"),
                    "has both ratings yet"));
            hr.screenshot("review-hr-overview-started");

            // everyone else in the round through the services: self review, no colleagues, manager review
            List<Map<String, Object>> others = jdbc.queryForList("select id, person_id, manager_id from review "
                    + "where round_key = ? and person_id <> ?", roundKey, employeeId);
            for (Map<String, Object> r : others) {
                long id = ((Number) r.get("id")).longValue();
                String person = username(((Number) r.get("person_id")).longValue());
                String boss = username(((Number) r.get("manager_id")).longValue());
                reviews.selfReview(id, person);
                if ("PEER_INPUT".equals(step(id))) {
                    reviews.namePeers(id, boss, List.of());
                }
                reviews.managerReview(id, boss, 3, 4);
            }

            // the employee writes her self review
            employee.signIn("employee", "demo");
            employee.open("/my-reviews");
            employee.click("my-review-go-" + emma);
            employee.find(By.id("self-review-form"));
            assertThat(employee.text("self-goal-" + goal.id())).contains(goalTitle);
            for (WebElement group : employee.driver().findElements(By.cssSelector(
                    "vaadin-radio-group[id^='self-result-']"))) {
                scrollAndClick(employee, group.findElement(By.xpath(".//vaadin-radio-button[normalize-space(.)="
                        + "'Achieved']")));
            }
            employee.find(By.cssSelector("#self-question-highlights textarea")).sendKeys(
                    "Cut the nightly build to twelve minutes and paired on the cache.");
            employee.screenshot("review-employee-self-review");
            phone(employee);
            employee.screenshot("review-employee-self-review-phone");
            assertNoSidewaysScrolling(employee);
            desktop(employee);
            press(employee, "self-review-submit");
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !"SELF_REVIEW".equals(step(emma)));

            // the manager: no colleagues to ask, then his review with both ratings
            manager.signIn("manager", "demo");
            manager.open("/team-reviews");
            manager.find(By.id("team-reviews-board"));
            manager.waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.id("team-review-" + emma)));
            manager.screenshot("review-manager-board");
            manager.open("/review/" + emma);
            if ("PEER_INPUT".equals(step(emma))) {
                manager.find(By.id("peer-nomination"));
                press(manager, "peer-nomination-send");
                Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "MANAGER_REVIEW".equals(step(emma)));
            }
            manager.find(By.id("manager-review-form"));
            assertThat(manager.text("manager-self-" + goal.id())).contains("Achieved");
            for (WebElement group : manager.driver().findElements(By.cssSelector(
                    "vaadin-radio-group[id^='manager-result-']"))) {
                scrollAndClick(manager, group.findElement(By.xpath(".//vaadin-radio-button[normalize-space(.)="
                        + "'Exceeded']")));
            }
            manager.find(By.cssSelector("#manager-question-highlights textarea")).sendKeys(
                    "Took the build from forty to twelve minutes.");
            scrollAndClick(manager, manager.find(By.xpath("//vaadin-radio-group[@id='manager-performance']"
                    + "//vaadin-radio-button[starts-with(normalize-space(.), '5')]")));
            manager.find(By.cssSelector("#manager-performance-justification textarea")).sendKeys(
                    "Outstanding delivery, ahead of plan.");
            scrollAndClick(manager, manager.find(By.xpath("//vaadin-radio-group[@id='manager-alignment']"
                    + "//vaadin-radio-button[starts-with(normalize-space(.), '2')]")));
            manager.find(By.cssSelector("#manager-alignment-justification textarea")).sendKeys(
                    "The build work was not on the unit's goals this half.");
            manager.screenshot("review-manager-review");
            phone(manager);
            manager.screenshot("review-manager-review-phone");
            assertNoSidewaysScrolling(manager);
            desktop(manager);
            press(manager, "manager-review-submit");
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !"MANAGER_REVIEW".equals(step(emma)));
            runJobs(roundKey);

            // HR sees the distributions move; calibrates where a calibration is open
            hr.open("/review-overview/" + roundKey);
            hr.waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-overview-rated"),
                    "with both ratings"));
            assertThat(hr.text("review-overview-rated")).contains("high performance and low alignment");
            hr.screenshot("review-hr-overview-rated");
            if ("CALIBRATION".equals(step(emma))) {
                long calibration = jdbc.queryForObject("select c.id from review_calibration c join review r on "
                        + "r.calibration_unit_id = c.unit_id and r.round_key = c.round_key where r.id = ?",
                        Long.class, emma);
                hr.open("/calibration/" + calibration);
                hr.find(By.id("calibration-grid"));
                hr.screenshot("review-hr-calibration");
                phone(hr);
                hr.screenshot("review-hr-calibration-phone");
                desktop(hr);
                hr.click("calibration-change-" + emma);
                hr.find(By.id("calibration-change-dialog"));
                scrollAndClick(hr, hr.find(By.xpath("//vaadin-radio-group[@id='calibration-change-rating']"
                        + "//vaadin-radio-button[starts-with(normalize-space(.), '4')]")));
                hr.find(By.cssSelector("#calibration-change-reason textarea")).sendKeys(
                        "Strong, and in line with the unit's other fours.");
                hr.screenshot("review-hr-calibration-change");
                press(hr, "calibration-change-save");
                Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                        "select performance_rating from review where id = ?", Integer.class, emma) == 4);
                press(hr, "calibration-close");
                confirm(hr);
                Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "SHARING".equals(step(emma)));
            }
            assertThat(step(emma)).isEqualTo("SHARING");

            // the manager shares
            manager.open("/review/" + emma);
            press(manager, "review-share");
            confirm(manager);
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "ACKNOWLEDGEMENT".equals(step(emma)));
            runJobs(roundKey);

            // the employee, on her phone, reads both ratings, acknowledges and responds
            phone(employee);
            employee.open("/my-reviews");
            String ratings = employee.text("my-review-ratings-" + emma);
            assertThat(ratings).contains("Performance", "Alignment", "2 — Partly aligned");
            employee.screenshot("review-employee-my-reviews-phone");
            employee.click("my-review-go-" + emma);
            employee.find(By.id("review-acknowledge-form"));
            assertThat(employee.text("review-content")).doesNotContain("Peer input").doesNotContain("calibration");
            employee.find(By.cssSelector("#review-response textarea")).sendKeys(
                    "Fair. I will move the build work onto our goals next half.");
            employee.screenshot("review-employee-acknowledge-phone");
            assertNoSidewaysScrolling(employee);
            press(employee, "review-acknowledge");
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                    "select count(*) from review where id = ? and acknowledged_at is not null", Integer.class,
                    emma) == 1);
            employee.find(By.id("review-acknowledged"));
            employee.screenshot("review-employee-acknowledged-phone");

            // HR: the distributions with everyone's ratings, and the two-by-two
            hr.open("/review-overview/" + roundKey);
            hr.find(By.id("review-quadrants-chart"));
            hr.screenshot("review-hr-overview-done");
            phone(hr);
            hr.open("/review-overview/" + roundKey);
            hr.find(By.id("review-quadrants-chart"));
            hr.screenshot("review-hr-overview-done-phone");
            assertNoSidewaysScrolling(hr);
        }
    }

    private long personId(String username) {
        return people.findByUsername(username).orElseThrow().id();
    }

    private String username(long personId) {
        return people.usernameOf(personId).orElseThrow();
    }

    private String step(long reviewId) {
        return jdbc.queryForObject("select step from review where id = ?", String.class, reviewId);
    }

    /** Runs the waiting continuations of the round's instances, as the job executor would (it is off in tests). */
    private void runJobs(String roundKey) {
        signedIn.nobody();
        for (int round = 0; round < 10; round++) {
            List<Job> jobs = new ArrayList<>();
            runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike("%" + roundKey + "%").list()
                    .forEach(pi -> jobs.addAll(management.createJobQuery().processInstanceId(pi.getId()).messages()
                            .list()));
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(j -> management.executeJob(j.getId()));
        }
    }

    /**
     * Clicks a button through the page (a toast may lie over it at the bottom of a phone's screen), after leaving the
     * field being typed in, so Vaadin sends its value first.
     */
    private static void press(BrowserSession browser, String id) {
        WebElement button = browser.waitUpTo(30).until(ExpectedConditions.elementToBeClickable(By.id(id)));
        ((JavascriptExecutor) browser.driver()).executeScript(
                "if (document.activeElement) { document.activeElement.blur(); }"
                        + " arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", button);
    }

    private static void confirm(BrowserSession browser) {
        // the dialog's own buttons sit in its overlay, moved to the end of the page
        WebElement button = browser.waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[slot='confirm-button']")));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", button);
    }

    private static void phone(BrowserSession browser) {
        browser.driver().manage().window().setSize(new Dimension(390, 844));
    }

    private static void desktop(BrowserSession browser) {
        browser.driver().manage().window().setSize(new Dimension(1400, 900));
    }

    private static void assertNoSidewaysScrolling(BrowserSession browser) {
        Number overflow = (Number) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(0);
    }

    private static void scrollAndClick(BrowserSession browser, WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                element);
        element.click();
    }
}
