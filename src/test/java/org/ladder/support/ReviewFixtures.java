package org.ladder.support;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.ladder.people.OrgImportService;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonEditing;
import org.ladder.reviews.DefaultTemplate;
import org.ladder.reviews.ManagerReviewDraft;
import org.ladder.reviews.RatingScale;
import org.ladder.reviews.ReviewAnswers;
import org.ladder.reviews.ReviewCalibrations;
import org.ladder.reviews.ReviewDetails;
import org.ladder.reviews.ReviewForms;
import org.ladder.reviews.ReviewLaunches;
import org.ladder.reviews.ReviewPeers;
import org.ladder.reviews.ReviewQueries;
import org.ladder.reviews.ReviewRoundRequest;
import org.ladder.reviews.ReviewRoundStarted;
import org.ladder.reviews.ReviewTemplateDetails;
import org.ladder.reviews.ReviewTemplates;
import org.ladder.reviews.TemplateDraft;
import org.ladder.reviews.domain.Calibration;
import org.ladder.reviews.domain.CalibrationRepository;
import org.ladder.reviews.domain.ReviewRepository;
import org.ladder.reviews.workflow.ReviewProcess;
import org.springframework.stereotype.Component;

/**
 * Drives reviews through their steps for tests (reviews, their views, the cycle): a fresh team (a unit headed by
 * its manager Ines, with reports Jon, Kim, Lia, …), a template, a round started for the team's unit with its launch
 * jobs run, and each step taken as the person whose step it is, through the real services. Every call signs the
 * test out afterwards.
 */
@Component
public class ReviewFixtures {

    /** The fresh team: the head (manager) and the reports, usernames and ids in order. */
    public record Team(String manager, long managerId, List<String> reports, List<Long> reportIds, long unitId) {

        public String person() {
            return reports.get(0);
        }

        public long personId() {
            return reportIds.get(0);
        }
    }

    private static final String[] NAMES = {"Jon", "Kim", "Lia", "Max", "Noa", "Oli", "Pia", "Rio"};

    private final OrgImportService imports;
    private final PeopleService people;
    private final ReviewTemplates templates;
    private final ReviewLaunches launches;
    private final ReviewForms forms;
    private final ReviewPeers peers;
    private final ReviewCalibrations calibrations;
    private final ReviewQueries queries;
    private final ReviewRepository reviews;
    private final CalibrationRepository calibrationRows;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final SignedIn signedIn;
    private final PersonEditing editing;
    private final org.ladder.reviews.ReviewTemplateSeeds seeds;
    private final List<org.ladder.tasks.TaskSubjects> subjects;

    ReviewFixtures(OrgImportService imports, PeopleService people, ReviewTemplates templates, ReviewLaunches launches,
            ReviewForms forms, ReviewPeers peers, ReviewCalibrations calibrations, ReviewQueries queries,
            ReviewRepository reviews, CalibrationRepository calibrationRows, RuntimeService runtime,
            TaskService tasks, ManagementService management, SignedIn signedIn, PersonEditing editing,
            List<org.ladder.tasks.TaskSubjects> subjects, org.ladder.reviews.ReviewTemplateSeeds seeds) {
        this.imports = imports;
        this.people = people;
        this.templates = templates;
        this.launches = launches;
        this.forms = forms;
        this.peers = peers;
        this.calibrations = calibrations;
        this.queries = queries;
        this.reviews = reviews;
        this.calibrationRows = calibrationRows;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.signedIn = signedIn;
        this.editing = editing;
        this.subjects = subjects;
        this.seeds = seeds;
    }

    /** A new unit under the demo company: its head Ines (a manager) and three reports. */
    public Team freshTeam() {
        return freshTeam(3);
    }

    /** A new unit under the demo company: its head Ines (a manager) and {@code reports} reports (1 to 8). */
    public Team freshTeam(int reports) {
        String run = CsvFiles.runId();
        StringBuilder csv = new StringBuilder(CsvFiles.HEADER)
                .append("unit,").append(run).append("-U1,Review Team ").append(run).append(",U-CO,").append(run)
                .append("-P0,,,,,,,,\n")
                .append("person,").append(run).append("-P0,,,,Ines,Lead,").append(run.toLowerCase())
                .append(".ines@import.example,Team Lead,").append(run).append("-U1,,MANAGER,yes\n");
        for (int i = 0; i < reports; i++) {
            csv.append("person,").append(run).append("-P").append(i + 1).append(",,,,").append(NAMES[i])
                    .append(",Doe,").append(run.toLowerCase()).append('.').append(NAMES[i].toLowerCase())
                    .append("@import.example,Analyst,").append(run).append("-U1,").append(run).append("-P0,,yes\n");
        }
        signedIn.as("hr");
        try {
            imports.apply(csv.toString().getBytes(StandardCharsets.UTF_8));
            String prefix = run.toLowerCase();
            String manager = prefix + ".ines@import.example";
            List<String> names = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < reports; i++) {
                String u = prefix + "." + NAMES[i].toLowerCase() + "@import.example";
                names.add(u);
                ids.add(people.findByUsername(u).orElseThrow().id());
            }
            return new Team(manager, people.findByUsername(manager).orElseThrow().id(), names, ids,
                    people.findByUsername(names.get(0)).orElseThrow().unitId());
        } finally {
            signedIn.nobody();
        }
    }

    /** The default template (as the demo seeds it), seeded first if needed; returns its id. */
    public long defaultTemplate() {
        return seeds.seedDefault();
    }

    /** A new template (as HR) with the default questions and scales; peers asked or not. */
    public long template(boolean peersAsked) {
        TemplateDraft d = DefaultTemplate.draft("Test template " + CsvFiles.runId());
        return template(new TemplateDraft(d.name(), d.sections(), d.performanceScale(), d.alignmentScale(),
                peersAsked, d.deadlineDays()));
    }

    /** A new template (as HR) from this draft. */
    public long template(TemplateDraft draft) {
        signedIn.as("hr");
        try {
            ReviewTemplateDetails t = templates.create(draft);
            return t.templateId();
        } finally {
            signedIn.nobody();
        }
    }

    /** The default scales, for building drafts. */
    public static RatingScale performanceScale() {
        return DefaultTemplate.draft("x").performanceScale();
    }

    /** Starts a round for the team's unit (as HR) and runs its launch jobs; returns the round key. */
    public String startRound(Team team, long templateId) {
        String key = "test-" + CsvFiles.runId().toLowerCase();
        ReviewRoundStarted started = start(key, team.unitId(), templateId);
        if (started.started() == 0) {
            throw new IllegalStateException("Nobody was started in " + key);
        }
        runLaunchJobs();
        return key;
    }

    /** Starts (as HR) without running the launch jobs. */
    public ReviewRoundStarted start(String roundKey, Long unitId, long templateId) {
        signedIn.as("hr");
        try {
            return launches.startRound(new ReviewRoundRequest(roundKey, "Reviews " + roundKey,
                    LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), templateId, unitId, null));
        } finally {
            signedIn.nobody();
        }
    }

    /** Runs every waiting launch job of the reviews. */
    public void runLaunchJobs() {
        signedIn.nobody();
        for (int round = 0; round < 3; round++) {
            List<Job> jobs = management.createJobQuery().processDefinitionKey(ReviewProcess.LAUNCH_KEY).messages()
                    .list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(j -> management.executeJob(j.getId()));
        }
    }

    public long reviewOf(String roundKey, long personId) {
        return reviews.findByRoundKeyAndPersonId(roundKey, personId).orElseThrow().id();
    }

    public long version(long reviewId) {
        return reviews.findById(reviewId).orElseThrow().version();
    }

    /** The review as {@code username} reads it. */
    public ReviewDetails details(long reviewId, String username) {
        return as(username, () -> queries.review(reviewId));
    }

    /** The person writes and submits the self review (the required answers, no goals). */
    public void selfReview(long reviewId, String person) {
        as(person, () -> {
            forms.submitSelfReview(reviewId, version(reviewId), answers(), "I learned to plan in smaller steps.");
            return null;
        });
    }

    /** The manager names these colleagues (none: straight to the manager review). */
    public void namePeers(long reviewId, String manager, List<Long> peerIds) {
        as(manager, () -> {
            peers.name(reviewId, version(reviewId), peerIds);
            return null;
        });
    }

    public void givePeerInput(long reviewId, String peer, String input) {
        as(peer, () -> {
            peers.give(reviewId, input);
            return null;
        });
    }

    public void declinePeerInput(long reviewId, String peer) {
        as(peer, () -> {
            peers.decline(reviewId);
            return null;
        });
    }

    /** The manager writes and submits the manager review with both ratings. */
    public void managerReview(long reviewId, String manager, int performance, int alignment) {
        as(manager, () -> {
            forms.submitManagerReview(reviewId, version(reviewId), new ManagerReviewDraft(answers(), performance,
                    "Delivered the billing migration.", alignment, "Worked on what the unit needed most."));
            return null;
        });
    }

    /** The open calibration of the round's unit, if any. */
    public Optional<Calibration> calibration(String roundKey, long unitId) {
        return calibrationRows.findByRoundKeyAndUnitId(roundKey, unitId);
    }

    /** Closes the calibration of the round's unit as {@code username} (the head or HR). */
    public void closeCalibration(String roundKey, long unitId, String username) {
        Calibration c = calibration(roundKey, unitId).orElseThrow();
        as(username, () -> {
            calibrations.close(c.id(), calibrationRows.findById(c.id()).orElseThrow().version());
            return null;
        });
    }

    public void share(long reviewId, String manager) {
        as(manager, () -> {
            forms.share(reviewId, version(reviewId));
            return null;
        });
    }

    public void acknowledge(long reviewId, String person, String response) {
        as(person, () -> {
            forms.acknowledge(reviewId, version(reviewId), response);
            return null;
        });
    }

    /** Every step from the self review to sharing with these ratings (no peers named, calibration closed by HR). */
    public void throughSharing(String roundKey, Team team, int performance, int alignment) {
        for (long id : team.reportIds()) {
            long reviewId = reviewOf(roundKey, id);
            selfReview(reviewId, username(team, id));
            if (reviews.findById(reviewId).orElseThrow().step() == org.ladder.reviews.ReviewStep.PEER_INPUT) {
                namePeers(reviewId, team.manager(), List.of());
            }
            managerReview(reviewId, team.manager(), performance, alignment);
        }
        calibration(roundKey, team.unitId()).filter(Calibration::isOpen)
                .ifPresent(c -> closeCalibration(roundKey, team.unitId(), "hr"));
        for (long id : team.reportIds()) {
            share(reviewOf(roundKey, id), team.manager());
        }
    }

    /** The review's process instance, while it runs. */
    public Optional<ProcessInstance> instance(String roundKey, long personId) {
        return Optional.ofNullable(runtime.createProcessInstanceQuery().processDefinitionKey(ReviewProcess.KEY)
                .processInstanceBusinessKey(ReviewProcess.businessKey(roundKey, personId)).singleResult());
    }

    public long instances(String roundKey, long personId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(ReviewProcess.KEY)
                .processInstanceBusinessKey(ReviewProcess.businessKey(roundKey, personId)).count();
    }

    /** The review's open tasks of one definition. */
    public List<Task> openTasks(String roundKey, long personId, String taskKey) {
        return tasks.createTaskQuery().processDefinitionKey(ReviewProcess.KEY)
                .processInstanceBusinessKey(ReviewProcess.businessKey(roundKey, personId)).taskDefinitionKey(taskKey)
                .active().list();
    }

    /** Fires a timer of the review's instance, as if its time had come. */
    public void fireTimer(String roundKey, long personId, String timerId) {
        signedIn.nobody();
        ProcessInstance pi = instance(roundKey, personId).orElseThrow();
        Job timer = management.createJobQuery().processInstanceId(pi.getId()).timers().activityId(timerId)
                .singleResult();
        if (timer == null) {
            throw new IllegalStateException("No timer waiting in " + timerId);
        }
        management.executeJob(timer.getId());
    }

    /** Deactivates a person (as HR): they left. */
    public void leave(long personId) {
        as("hr", () -> {
            editing.setActive(personId, false);
            return null;
        });
    }

    /** What the inbox names a review task for {@code viewer} (through the reviews' TaskSubjects). */
    public Map<String, String> subjects(String businessKey, long viewer) {
        return subjects.stream().filter(s -> s.processKeys().contains(ReviewProcess.KEY)).findFirst().orElseThrow()
                .subjects(ReviewProcess.KEY, List.of(businessKey), viewer);
    }

    /** The answers the default template requires. */
    public static ReviewAnswers answers() {
        return new ReviewAnswers(List.of(), Map.of("highlights", "Shipped the new billing service."), Map.of());
    }

    private String username(Team team, long id) {
        return team.reports().get(team.reportIds().indexOf(id));
    }

    private <T> T as(String username, java.util.function.Supplier<T> action) {
        signedIn.as(username);
        try {
            return action.get();
        } finally {
            signedIn.nobody();
        }
    }
}
