package org.ladder.reviews.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.ladder.notifications.FreshPeople;
import org.ladder.people.PeopleService;
import org.ladder.reviews.DefaultTemplate;
import org.ladder.reviews.ReviewLaunches;
import org.ladder.reviews.ReviewRoundRequest;
import org.ladder.reviews.ReviewTemplates;
import org.ladder.reviews.TemplateDraft;
import org.ladder.reviews.workflow.ReviewProcess;
import org.ladder.support.SignedIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A review round for a fresh team (a lead, Ines, and her two reports — called Jon and Kim here — in a unit of their own): HR writes a
 * template and starts the round for the unit, the engine's launch jobs run, and the reviews are at the self review.
 * For the review views' browserless tests.
 */
@Component
class ReviewScenario {

    /** The round: the team, the template, the round's key and Jon's and Kim's reviews. */
    record Round(FreshPeople.Team team, long unitId, long templateId, String roundKey, long jonReview,
            long kimReview) {
    }

    private final org.ladder.support.ReviewFixtures fixtures;
    private final ReviewTemplates templates;
    private final ReviewLaunches launches;
    private final PeopleService people;
    private final SignedIn signedIn;
    private final ManagementService management;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final JdbcTemplate jdbc;

    ReviewScenario(org.ladder.support.ReviewFixtures fixtures, ReviewTemplates templates, ReviewLaunches launches, PeopleService people,
            SignedIn signedIn, ManagementService management, RuntimeService runtime, TaskService tasks,
            JdbcTemplate jdbc) {
        this.fixtures = fixtures;
        this.templates = templates;
        this.launches = launches;
        this.people = people;
        this.signedIn = signedIn;
        this.management = management;
        this.runtime = runtime;
        this.tasks = tasks;
        this.jdbc = jdbc;
    }

    Round started(boolean peersAsked) {
        // a lead and two reports, all with a login (ReviewFixtures' import)
        org.ladder.support.ReviewFixtures.Team fresh = fixtures.freshTeam(2);
        FreshPeople.Team team = new FreshPeople.Team(fresh(fresh.manager()), fresh(fresh.reports().get(0)),
                fresh(fresh.reports().get(1)));
        String run = team.jon().username().substring(0, team.jon().username().indexOf('.'));
        signedIn.as("hr");
        try {
            long unitId = fresh.unitId();
            TemplateDraft d = DefaultTemplate.draft("UI test " + run);
            TemplateDraft draft = new TemplateDraft(d.name(), d.sections(), d.performanceScale(), d.alignmentScale(),
                    peersAsked, d.deadlineDays());
            long templateId = templates.create(draft).templateId();
            String roundKey = "ui-" + run.toLowerCase(java.util.Locale.ROOT);
            launches.startRound(new ReviewRoundRequest(roundKey, "Reviews " + run, LocalDate.of(2026, 7, 1),
                    LocalDate.of(2026, 12, 31), templateId, unitId, null));
            runJobs(roundKey);
            return new Round(team, unitId, templateId, roundKey, reviewOf(roundKey, team.jon().id()),
                    reviewOf(roundKey, team.kim().id()));
        } finally {
            signedIn.nobody();
        }
    }

    private FreshPeople.Fresh fresh(String username) {
        var p = people.findByUsername(username).orElseThrow();
        return new FreshPeople.Fresh(p.id(), username, p.email(), p.displayName());
    }

    long reviewOf(String roundKey, long personId) {
        return jdbc.queryForObject("select id from review where round_key = ? and person_id = ?", Long.class,
                roundKey, personId);
    }

    String step(long reviewId) {
        return jdbc.queryForObject("select step from review where id = ?", String.class, reviewId);
    }

    /** Runs the launch jobs and the round's instances' waiting continuations, as the job executor would. */
    void runJobs(String roundKey) {
        signedIn.nobody();
        for (int round = 0; round < 10; round++) {
            List<Job> jobs = new ArrayList<>(management.createJobQuery().processDefinitionKey(ReviewProcess.LAUNCH_KEY)
                    .messages().list());
            runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike("%" + roundKey + "%").list()
                    .forEach(pi -> jobs.addAll(management.createJobQuery().processInstanceId(pi.getId()).messages()
                            .list()));
            if (jobs.isEmpty()) {
                return;
            }
            for (Job job : jobs) {
                management.executeJob(job.getId());
            }
        }
    }

    /** The id of the open task of this definition key in the round's instances for a person's review. */
    String task(String roundKey, long personId, String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(ReviewProcess.businessKey(roundKey, personId))
                .taskDefinitionKey(taskKey).singleResult().getId();
    }

    /** The calibration of the round's unit. */
    long calibration(String roundKey, long unitId) {
        return jdbc.queryForObject("select id from review_calibration where round_key = ? and unit_id = ?",
                Long.class, roundKey, unitId);
    }
}
