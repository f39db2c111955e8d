package org.ladder.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.ladder.cycles.CycleControls;
import org.ladder.cycles.workflow.AlignmentCycleProcess;
import org.ladder.cycles.workflow.UnitCascadeProcess;
import org.ladder.goals.GoalDetails;
import org.ladder.goals.workflow.GoalApprovalProcess;
import org.ladder.support.CycleFixtures;
import org.ladder.support.GoalFixtures;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.SignedIn;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Real browsers on the demo organisation: {@code hr} launches a cycle for Core Services through the wizard (on a
 * desktop, then checks the wizard on a phone); {@code ceo} confirms the charter from the task; {@code manager} sets
 * the team's goal aligned to a company goal and says so; {@code employee} drafts her personal goal aligned to it and
 * submits it; {@code manager} approves it; the cycle page shows the cascade done for the team with the diagram's
 * counts. The job executor is off in tests: the cycle's background steps are run by hand between the people's steps,
 * as the executor would run them. Screenshots under {@code target/e2e-screenshots/cycle-*}.
 */
@Tag("e2e")
@LadderIntegrationTest
class CycleJourneyE2ETest {

    @LocalServerPort
    int port;
    @Autowired
    GoalFixtures fixtures;
    @Autowired
    CycleFixtures cycles;
    @Autowired
    CycleControls controls;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void hrLaunchesCeoConfirmsManagerSetsTeamGoalsEmployeeGetsHerGoalApprovedAndTheCyclePageShowsTheCascadeDone()
            throws Exception {
        String run = String.valueOf(System.currentTimeMillis());
        GoalDetails company = fixtures.activeCompanyGoal("Be the most reliable utility in the region " + run);
        signedIn.nobody();
        String cycleName = "Cycle journey " + run.substring(run.length() - 6);
        String teamGoal = "Halve the time to restore service " + run;
        String myGoal = "Automate the failover drill " + run;
        long team = fixtures.teamUnitId();
        cancelRunningCyclesOf(team);

        try (BrowserSession hr = new BrowserSession(port); BrowserSession ceo = new BrowserSession(port);
                BrowserSession manager = new BrowserSession(port); BrowserSession employee = new BrowserSession(port)) {
            // hr launches a cycle for Core Services from the list of cycles
            hr.signIn("hr", "demo");
            hr.open("/cycles");
            hr.find(By.id("cycles-view"));
            hr.screenshot("cycle-hr-list-before");
            hr.click("cycles-launch");
            hr.waitUpTo(30).until(ExpectedConditions.urlMatches(".*/cycles/launch$"));
            long cycleId = launchThroughTheWizard(hr, cycleName, "Core Services", "desktop");
            hr.waitUpTo(30).until(ExpectedConditions.urlMatches(".*/cycles$"));
            hr.waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("cycles-grid"),
                    cycleName));
            hr.screenshot("cycle-hr-list-after-launch");

            // the wizard on a phone, without launching: each step fits the width
            hr.driver().manage().window().setSize(new Dimension(390, 844));
            hr.open("/cycles");
            hr.waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("cycles-grid"),
                    cycleName));
            hr.screenshot("cycle-hr-list-phone");
            assertNoSidewaysScrolling(hr);
            hr.open("/cycles/launch");
            walkTheWizardOnAPhone(hr);
            hr.driver().manage().window().setSize(new Dimension(1400, 900));

            // the cycle's first background steps: its instance asks leadership to confirm the charter
            cycles.runJobs(cycleId);
            Task confirm = task(AlignmentCycleProcess.businessKey(cycleId), AlignmentCycleProcess.TASK_CONFIRM_CHARTER);

            // ceo confirms the charter
            ceo.signIn("ceo", "demo");
            ceo.open("/tasks");
            ceo.click("tab-groups");
            ceo.find(By.xpath("//*[contains(text(), 'Leadership: confirm the charter or revise it')]"));
            ceo.screenshot("cycle-ceo-inbox");
            ceo.open("/task/" + confirm.getId());
            ceo.click("task-claim");
            ceo.find(By.id("cycle-confirm-charter-form"));
            assertThat(ceo.text("cycle-charter-outline")).contains("The published charter");
            ceo.screenshot("cycle-ceo-confirm-charter");
            ceo.click("cycle-confirm-charter");
            ceo.waitUpTo(30).until(ExpectedConditions.urlMatches(".*/tasks$"));
            cycles.runJobs(cycleId);

            // manager sets the team's goal, aligned to the company goal, and says so
            Task unitGoals = task(UnitCascadeProcess.unitBusinessKey(cycleId, team),
                    UnitCascadeProcess.TASK_SET_UNIT_GOALS);
            assertThat(unitGoals.getAssignee()).isEqualTo("manager");
            manager.signIn("manager", "demo");
            manager.open("/task/" + unitGoals.getId());
            assertThat(manager.text("cycle-unit-goals-what")).contains("Set the goals of Core Services");
            manager.screenshot("cycle-manager-unit-goals-task");
            manager.click("cycle-add-unit-goal");
            manager.waitUpTo(30).until(ExpectedConditions.urlContains("/goal/new"));
            fillGoal(manager, teamGoal, company.title(), "Minutes to restore");
            manager.screenshot("cycle-manager-team-goal-editor");
            manager.click("goal-save");
            manager.waitUpTo(30).until(ExpectedConditions.urlMatches(".*/goal/\\d+$"));
            long teamGoalId = Long.parseLong(manager.currentPath().substring("/goal/".length()));
            activate(manager);
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "ACTIVE".equals(
                    jdbc.queryForObject("select status from goal where id = ?", String.class, teamGoalId)));
            manager.open("/task/" + unitGoals.getId());
            manager.click("cycle-unit-goals-set");
            manager.waitUpTo(30).until(ExpectedConditions.urlMatches(".*/tasks$"));
            cycles.runJobs(cycleId);

            // employee drafts her personal goal aligned to the team goal and submits it
            long employeeId = fixtures.personId("employee");
            Task draft = task(UnitCascadeProcess.personBusinessKey(cycleId, employeeId),
                    UnitCascadeProcess.TASK_DRAFT_PERSONAL_GOALS);
            employee.signIn("employee", "demo");
            employee.open("/task/" + draft.getId());
            assertThat(employee.text("cycle-personal-goals-what")).contains("your manager's approval completes");
            employee.screenshot("cycle-employee-personal-goals-task");
            employee.click("cycle-add-personal-goal");
            employee.waitUpTo(30).until(ExpectedConditions.urlContains("/goal/new"));
            fillGoal(employee, myGoal, teamGoal, "Failover drills automated");
            employee.click("goal-save");
            employee.waitUpTo(30).until(ExpectedConditions.urlMatches(".*/goal/\\d+$"));
            long myGoalId = Long.parseLong(employee.currentPath().substring("/goal/".length()));
            employee.click("goal-submit");
            employee.waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("goal-status"),
                    "Awaiting approval"));
            employee.screenshot("cycle-employee-goal-submitted");

            // manager approves it: the approval completes her cycle task
            Task approval = tasks.createTaskQuery()
                    .processInstanceBusinessKey(GoalApprovalProcess.businessKey(myGoalId))
                    .taskDefinitionKey(GoalApprovalProcess.TASK_APPROVE).singleResult();
            manager.open("/task/" + approval.getId());
            assertThat(manager.text("goal-task-summary")).contains(myGoal);
            manager.click("approve-goal");
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "ACTIVE".equals(
                    jdbc.queryForObject("select status from goal where id = ?", String.class, myGoalId)));
            // the approval completes her task after its commit (a listener): run the jobs it leaves until she is done
            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                cycles.runJobs(cycleId);
                return "DONE".equals(jdbc.queryForObject("select status from cycle_person where cycle_id = ? and "
                        + "person_id = ?", String.class, cycleId, employeeId));
            });

            // the cycle page: the cascade done for the team, with the diagram's counts
            hr.open("/cycles");
            hr.find(By.xpath("//vaadin-grid[@id='cycles-grid']//a[normalize-space(.)='" + cycleName + "']")).click();
            hr.waitUpTo(30).until(ExpectedConditions.urlMatches(".*/cycles/" + cycleId + "$"));
            assertThat(hr.text("cycle-name")).isEqualTo(cycleName);
            WebElement teamRow = hr.find(By.xpath("//vaadin-grid[@id='cycle-units']//vaadin-grid-cell-content"
                    + "[normalize-space(.)='Core Services']"));
            assertThat(teamRow.isDisplayed()).isTrue();
            hr.find(By.xpath("//vaadin-grid[@id='cycle-units']//vaadin-grid-cell-content"
                    + "[normalize-space(.)='Goals set']"));
            long drafting = jdbc.queryForObject("select count(*) from cycle_person where cycle_id = ? and status = "
                    + "'DRAFTING'", Long.class, cycleId);
            assertThat(counts(hr, "cycle-cycle-step-" + AlignmentCycleProcess.TASK_CONFIRM_CHARTER))
                    .isEqualTo("0 active, 0 overdue, 1 completed, 0 failed");
            assertThat(counts(hr, "cycle-cascade-step-" + UnitCascadeProcess.TASK_SET_UNIT_GOALS))
                    .as("the team's goals are set").isEqualTo("0 active, 0 overdue, 1 completed, 0 failed");
            assertThat(counts(hr, "cycle-cascade-step-" + UnitCascadeProcess.TASK_DRAFT_PERSONAL_GOALS))
                    .as("her personal goal is approved; the rest of the team is drafting")
                    .isEqualTo(drafting + " active, 0 overdue, 1 completed, 0 failed");
            hr.screenshot("cycle-hr-cycle-page");
            ((JavascriptExecutor) hr.driver()).executeScript(
                    "document.getElementById('cycle-units').scrollIntoView({block: 'start'});");
            hr.screenshot("cycle-hr-cycle-page-units");
            hr.driver().manage().window().setSize(new Dimension(390, 844));
            hr.open("/cycles/" + cycleId);
            hr.find(By.id("cycle-units"));
            hr.screenshot("cycle-hr-cycle-page-phone");
            assertNoSidewaysScrolling(hr);
        }
    }

    /** The counts the cycle page shows beside a step of its diagram. */
    private static String counts(BrowserSession b, String stepId) {
        return b.find(By.xpath("//vaadin-button[@id='" + stepId + "']/following-sibling::span"
                + "[contains(@class, 'ladder-diagram-step-counts')]")).getAttribute("textContent").trim();
    }

    /** Fills the four steps of the wizard, checks what they show, launches; returns the new cycle's id. */
    private long launchThroughTheWizard(BrowserSession hr, String name, String unitName, String shot)
            throws Exception {
        WebElement nameField = hr.find(By.cssSelector("#cycle-name input"));
        nameField.sendKeys(Keys.chord(Keys.CONTROL, "a"), name, Keys.TAB);
        hr.screenshot("cycle-hr-wizard-1-" + shot);
        hr.click("cycle-next");

        hr.find(By.cssSelector("#cycle-wizard-step-scope[aria-current='step']"));
        click(hr, hr.find(By.xpath("//vaadin-radio-group[@id='cycle-scope-kind']"
                + "//vaadin-radio-button[contains(., 'A unit and every unit below it')]")));
        WebElement unit = hr.find(By.cssSelector("#cycle-scope-unit input"));
        hr.waitUpTo(30).until(ExpectedConditions.elementToBeClickable(unit));
        unit.sendKeys(unitName);
        click(hr, hr.waitUpTo(30).until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-combo-box-item[starts-with(normalize-space(.), '" + unitName + "')]"))));
        hr.screenshot("cycle-hr-wizard-2-" + shot);
        hr.click("cycle-next");

        hr.find(By.cssSelector("#cycle-wizard-step-schedule[aria-current='step']"));
        hr.waitUpTo(60).until(ExpectedConditions.visibilityOfElementLocated(By.id("cycle-rules")));
        hr.waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("cycle-rules-note"),
                "1 unit in the scope."));
        WebElement rule = hr.find(By.xpath("//vaadin-grid[@id='cycle-rules']//vaadin-grid-cell-content"
                + "[starts-with(normalize-space(.), 'Rule 1:')]"));
        assertThat(rule.getText()).contains("Top of the scope");
        hr.screenshot("cycle-hr-wizard-3-" + shot);
        hr.click("cycle-next");

        hr.find(By.cssSelector("#cycle-wizard-step-preview[aria-current='step']"));
        hr.waitUpTo(60).until(ExpectedConditions.visibilityOfElementLocated(By.id("cycle-preview-result")));
        assertThat(hr.text("cycle-preview-summary")).contains("for " + unitName + " and the units below it",
                "1 unit and ", "Nothing happens until you launch.");
        hr.find(By.xpath("//vaadin-grid[@id='cycle-first-tasks']//vaadin-grid-cell-content"
                + "[normalize-space(.)='Marco Rossi']"));
        hr.screenshot("cycle-hr-wizard-4-" + shot);
        hr.click("cycle-launch");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from cycle where name = ?", Long.class, name) == 1);
        return jdbc.queryForObject("select id from cycle where name = ?", Long.class, name);
    }

    /** The wizard's steps at 390 px for the whole organisation: screenshots, no sideways scrolling; not launched. */
    private void walkTheWizardOnAPhone(BrowserSession hr) throws Exception {
        for (String step : List.of("basics", "scope", "schedule", "preview")) {
            hr.find(By.cssSelector("#cycle-wizard-step-" + step + "[aria-current='step']"));
            if (step.equals("schedule")) {
                hr.waitUpTo(60).until(ExpectedConditions.visibilityOfElementLocated(By.id("cycle-rules")));
            } else if (step.equals("preview")) {
                hr.waitUpTo(60).until(ExpectedConditions.visibilityOfElementLocated(By.id("cycle-preview-result")));
            }
            hr.screenshot("cycle-hr-wizard-" + step + "-phone");
            assertNoSidewaysScrolling(hr);
            if (!step.equals("preview")) {
                hr.click("cycle-next");
            }
        }
    }

    /** Title, parent (picked by its title), one numeric key result. */
    private static void fillGoal(BrowserSession b, String title, String parentTitle, String keyResult) {
        b.find(By.cssSelector("#goal-title-field input")).sendKeys(title);
        WebElement parent = b.find(By.cssSelector("#goal-parent-field input"));
        parent.sendKeys(parentTitle.substring(0, Math.min(30, parentTitle.length())));
        click(b, b.waitUpTo(30).until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-combo-box-item[contains(., '" + parentTitle + "')]"))));
        b.find(By.cssSelector(".ladder-kr-row .ladder-kr-name input")).sendKeys(keyResult);
        List<WebElement> numbers = b.driver().findElements(By.cssSelector(".ladder-kr-row .ladder-kr-number input"));
        numbers.get(1).sendKeys("10", Keys.TAB);
    }

    /** A head's unit goal starts as a draft: activate it from its page. */
    private static void activate(BrowserSession b) {
        List<WebElement> activate = b.driver().findElements(By.id("goal-activate"));
        if (!activate.isEmpty()) {
            b.click("goal-activate");
        } else {
            b.click("goal-submit");
        }
    }

    private Task task(String businessKey, String taskKey) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> tasks.createTaskQuery()
                .processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).count() == 1);
        return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey)
                .singleResult();
    }

    /** Another test's cycle for the same team would take the team's tasks: cancel it first. */
    private void cancelRunningCyclesOf(long unitId) {
        signedIn.as("hr");
        jdbc.queryForList("select id, version from cycle where scope_key = ? and status in ('RUNNING', 'PAUSED')",
                "unit:" + unitId).forEach(row -> {
                    long id = ((Number) row.get("id")).longValue();
                    controls.cancel(id, ((Number) row.get("version")).longValue(), "Cleared for the cycle journey");
                    cycles.runControl(id);
                    signedIn.as("hr");
                });
        signedIn.nobody();
    }

    private static void click(BrowserSession b, WebElement e) {
        ((JavascriptExecutor) b.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
        e.click();
    }

    /** Neither the document nor the app layout's content area (where the views scroll) scrolls sideways. */
    private static void assertNoSidewaysScrolling(BrowserSession b) {
        b.waitUntilVaadinIsIdle();
        AccessibilityE2ETest.assertNoSidewaysScrolling(b, b.currentPath());
    }
}
