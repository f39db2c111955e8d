package org.ladder.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.ladder.support.CharterFixtures;
import org.ladder.support.LadderIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Real browsers: the CEO drafts and submits a new mission; the other leaders approve; the employee, already on
 * the home page, sees the acknowledgement banner appear live and acknowledges; HR sees the percentage move.
 */
@Tag("e2e")
@LadderIntegrationTest
class CharterJourneyE2ETest {

    @LocalServerPort
    int port;
    @Autowired
    CharterFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void ceoPublishesEmployeeAcknowledgesHrSeesIt() throws Exception {
        String mission = "Help every team see how its work matters — " + System.currentTimeMillis();
        try (BrowserSession ceo = new BrowserSession(port); BrowserSession employee = new BrowserSession(port);
                BrowserSession hr = new BrowserSession(port)) {
            employee.signIn("employee", "demo");
            employee.find(By.id("my-organisation"));

            ceo.signIn("ceo", "demo");
            ceo.open("/charter/edit");
            WebElement missionField = ceo.find(By.cssSelector("#charter-mission-field textarea"));
            missionField.clear();
            missionField.sendKeys(mission);
            WebElement reason = ceo.find(By.cssSelector("#charter-reason-field textarea"));
            reason.clear();
            reason.sendKeys("We grew from one team to many.");
            reason.sendKeys(org.openqa.selenium.Keys.TAB);
            ceo.screenshot("ceo-charter-editor");
            ceo.click("submit-charter");
            ceo.waitUpTo(30).until(ExpectedConditions.urlMatches(".*/charter$"));

            long versionId = jdbc.queryForObject("select id from charter_version where status = 'IN_APPROVAL'", Long.class);
            fixtures.approveAllRemaining(versionId);
            fixtures.runAsyncJobs(fixtures.processInstanceId(versionId));

            // live: the banner appears without a reload
            // (another journey may have left an older version pending: the new one supersedes it, live)
            employee.waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("acknowledge-banner"),
                    "We grew from one team to many."));
            WebElement banner = employee.find(By.id("acknowledge-banner"));
            assertThat(banner.getText()).contains("We grew from one team to many.");
            employee.screenshot("employee-acknowledge-banner");
            employee.find(By.cssSelector("#acknowledge-question textarea")).sendKeys("Does this change our team goals?",
                    org.openqa.selenium.Keys.TAB);
            employee.click("acknowledge");
            employee.waitUpTo(30).until(ExpectedConditions.invisibilityOfElementLocated(By.id("acknowledge-banner")));
            assertThat(employee.text("charter-mission")).isEqualTo(mission);
            employee.screenshot("employee-acknowledged");

            hr.signIn("hr", "demo");
            hr.open("/acknowledgements");
            String overall = hr.text("acknowledged-overall");
            assertThat(overall).startsWith("1 of ");
            hr.screenshot("hr-acknowledgements");
        }
    }
}
