package org.ladder.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ladder.support.GoalFixtures.numeric;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.ladder.goals.GoalDetails;
import org.ladder.goals.workflow.GoalApprovalProcess;
import org.ladder.goals.workflow.GoalChangeProcess;
import org.ladder.support.GoalFixtures;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.SignedIn;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Real browsers: the employee drafts a goal aligned to the team goal and submits it; the manager approves it from
 * the task; it shows in the employee's ladder and in the alignment tree. Then the manager raises the team goal's
 * target; the employee, already on the home page, sees the change appear live and acknowledges it; the manager
 * sees the acknowledgement on the team goal's page.
 */
@Tag("e2e")
@LadderIntegrationTest
class GoalJourneyE2ETest {

    @LocalServerPort
    int port;
    @Autowired
    GoalFixtures fixtures;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void employeeDraftsManagerApprovesThenManagerChangesTheTeamGoalAndEmployeeAcknowledges() throws Exception {
        String run = String.valueOf(System.currentTimeMillis());
        GoalDetails company = fixtures.activeCompanyGoal("Delight our customers " + run);
        GoalDetails team = fixtures.activeTeamGoal("Ship the self-service portal " + run, company.id(),
                numeric("Releases shipped", 0, 12, 0, 100));
        // more team goals before it than the tree loads in one page (50 rows): the tree must still scroll down to
        // the goal
        for (int i = 0; i < 60; i++) {
            fixtures.activeTeamGoal(String.format("An earlier team goal %02d %s", i, run), company.id());
        }
        signedIn.nobody();
        String title = "Review every pull request within a day " + run;

        try (BrowserSession employee = new BrowserSession(port); BrowserSession manager = new BrowserSession(port)) {
            // the employee aligns a goal of her own to the team goal
            employee.signIn("employee", "demo");
            employee.open("/goal/" + team.id());
            employee.click("goal-new-below");
            WebElement titleField = employee.find(By.cssSelector("#goal-title-field input"));
            titleField.sendKeys(title);
            assertThat(employee.find(By.cssSelector("#goal-parent-field input")).getAttribute("value"))
                    .contains("Ship the self-service portal " + run);
            employee.find(By.cssSelector(".ladder-kr-row .ladder-kr-name input")).sendKeys("Pull requests reviewed");
            employee.find(By.cssSelector(".ladder-kr-row .ladder-kr-number input"));
            List<WebElement> numbers = employee.driver()
                    .findElements(By.cssSelector(".ladder-kr-row .ladder-kr-number input"));
            numbers.get(1).sendKeys("40", Keys.TAB);
            employee.screenshot("goal-employee-editor");
            employee.click("goal-save");
            employee.waitUpTo(30).until(ExpectedConditions.urlMatches(".*/goal/\\d+$"));
            long goalId = Long.parseLong(employee.currentPath().substring("/goal/".length()));
            employee.click("goal-submit");
            employee.waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("goal-status"),
                    "Awaiting approval"));
            employee.screenshot("goal-employee-submitted");

            // the manager approves it from the task
            manager.signIn("manager", "demo");
            String taskId = tasks.createTaskQuery().processInstanceBusinessKey(GoalApprovalProcess.businessKey(goalId))
                    .taskDefinitionKey(GoalApprovalProcess.TASK_APPROVE).singleResult().getId();
            manager.open("/tasks");
            manager.find(By.xpath("//*[contains(text(), 'Manager: approve the goal')]"));
            manager.open("/task/" + taskId);
            assertThat(manager.text("goal-task-summary")).contains(title);
            manager.screenshot("goal-manager-approval-task");
            manager.click("approve-goal");
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "ACTIVE".equals(
                    jdbc.queryForObject("select status from goal where id = ?", String.class, goalId)));

            // it is on the employee's ladder, under the team goal, the company goal, the pillar and the mission
            employee.open("/ladder");
            String card = employee.text("ladder-goal-" + goalId);
            assertThat(card).contains(title, "Ship the self-service portal " + run, "Delight our customers " + run,
                    GoalFixtures.PILLAR);
            employee.screenshot("goal-employee-ladder");

            // and in the alignment tree
            employee.open("/goal/" + goalId);
            employee.click("goal-show-in-tree");
            WebElement row = employee.waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//vaadin-grid-cell-content[contains(., '" + title + "')]")));
            employee.waitUpTo(30).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("""
                    const row = arguments[0].getBoundingClientRect();
                    const tree = document.getElementById('alignment-tree').getBoundingClientRect();
                    return row.height > 0 && row.top >= tree.top && row.bottom <= tree.bottom;""", row));
            employee.screenshot("goal-employee-alignment-tree");

            // the manager raises the team goal's target; the employee, on the home page, is asked to acknowledge
            employee.open("/");
            employee.find(By.id("my-organisation"));
            manager.open("/goal/" + team.id() + "/edit");
            manager.find(By.cssSelector(".ladder-kr-row .ladder-kr-number input"));
            WebElement target = manager.driver()
                    .findElements(By.cssSelector(".ladder-kr-row .ladder-kr-number input")).get(1);
            target.sendKeys(Keys.chord(Keys.CONTROL, "a"), "15", Keys.TAB);
            manager.find(By.cssSelector("#goal-reason-field input, #goal-reason-field textarea"))
                    .sendKeys("A fourth quarterly release was added to the plan.", Keys.TAB);
            manager.screenshot("goal-manager-changes-target");
            manager.click("goal-save");
            manager.waitUpTo(30).until(ExpectedConditions.urlMatches(".*/goal/" + team.id() + "$"));
            runPropagation(team.id());

            long campaignId = jdbc.queryForObject("select c.id from ack_campaign c join goal_revision r "
                    + "on r.id = c.subject_id where c.subject_type = ? and r.goal_id = ?", Long.class,
                    GoalChangeProcess.SUBJECT, team.id());
            WebElement banner = employee.waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(
                    By.id("goal-change-" + campaignId)));
            assertThat(banner.getText()).contains("12 → 15", "A fourth quarterly release was added to the plan.",
                    title);
            employee.screenshot("goal-employee-change-banner");
            employee.click("acknowledge-goal-change-" + campaignId);
            employee.waitUpTo(30).until(ExpectedConditions.invisibilityOfElementLocated(
                    By.id("goal-change-" + campaignId)));

            manager.open("/goal/" + team.id());
            assertThat(manager.text("goal-change-progress")).contains("1 of 1 acknowledged (100%)");
            manager.screenshot("goal-manager-change-progress");
        }
    }

    /** The job executor is off in tests: run the propagation's background step as the engine would. */
    private void runPropagation(long goalId) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !instances(goalId).isEmpty());
        for (ProcessInstance pi : instances(goalId)) {
            for (Job job : management.createJobQuery().processInstanceId(pi.getId()).messages().list()) {
                management.executeJob(job.getId());
            }
        }
    }

    private List<ProcessInstance> instances(long goalId) {
        Long revision = jdbc.queryForObject("select max(id) from goal_revision where material = true and goal_id = ?",
                Long.class, goalId);
        return revision == null ? List.of() : runtime.createProcessInstanceQuery()
                .processDefinitionKey(GoalChangeProcess.KEY)
                .processInstanceBusinessKey(GoalChangeProcess.businessKey(revision)).list();
    }
}
