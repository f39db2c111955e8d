package org.ladder.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.ladder.goals.GoalDetails;
import org.ladder.goals.GoalDraft;
import org.ladder.goals.GoalLevel;
import org.ladder.goals.GoalPlanning;
import org.ladder.goals.KeyResultDraft;
import org.ladder.goals.KeyResultType;
import org.ladder.goals.Visibility;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What the probes share: the section of the report a probe writes and hands back through
 * {@link BenchLaunch#runProbe}, and the helpers around its measurement (signing in, the database's name, the
 * generated organisation's HR person, the charter, goals, draining launch jobs, waiting for a quiet machine). A probe
 * keeps only its own measurement in {@link #run}.
 */
abstract class BenchProbe {

    /** The probe's section of the report; its tables append to it. */
    protected final StringBuilder section = new StringBuilder();

    /** Runs the probe made by {@code probe} in this JVM and hands its section back (see {@link BenchLaunch}). */
    static void launch(Supplier<? extends BenchProbe> probe, String[] springArgs) {
        BenchLaunch.runProbe(args -> {
            BenchProbe made = probe.get();
            made.run(args);
            return made.section;
        }, springArgs);
    }

    /** The probe's own measurement; what it writes with {@link #line} is its section of the report. */
    protected abstract void run(String[] springArgs) throws Exception;

    /** One line of the probe's section. */
    protected final void line(String text) {
        section.append(text).append('\n');
    }

    /** Signs {@code username} in on this thread, with a fresh security context. */
    static void signIn(ApplicationContext context, String username) {
        UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        SecurityContext security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(security);
    }

    /** Signs the person with this id in on this thread. */
    static void signIn(ApplicationContext context, JdbcTemplate jdbc, long personId) {
        signIn(context, username(jdbc, personId));
    }

    static String username(JdbcTemplate jdbc, long personId) {
        return jdbc.queryForObject("select username from person where id = ?", String.class, personId);
    }

    /**
     * The generated organisation has no HR person: the top unit's head (the active person with the smallest id) gets
     * HR; returns that person's id.
     */
    static long grantHrToFirstPerson(JdbcTemplate jdbc) {
        long hrId = jdbc.queryForObject("select min(id) from person where active = true", Long.class);
        jdbc.update("insert into person_role (person_id, role) values (?, 'HR')", hrId);
        return hrId;
    }

    /** The database's product name and version, for the section's heading. */
    static String databaseVersion(ApplicationContext context) {
        try (Connection c = context.getBean(DataSource.class).getConnection()) {
            return c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
        } catch (Exception e) {
            return "(database version unknown: " + e.getMessage() + ")";
        }
    }

    /** Runs every executable job of the process {@code processKey} on this thread; returns how many. */
    static int drainExecutableJobs(ManagementService management, String processKey) {
        int n = 0;
        List<Job> jobs;
        while (!(jobs = management.createJobQuery().processDefinitionKey(processKey).executable()
                .listPage(0, 100)).isEmpty()) {
            for (Job j : jobs) {
                management.executeJob(j.getId());
                n++;
            }
        }
        return n;
    }

    /**
     * Up to {@code quietWaitSeconds} (none when 0 or less) until other processes use less than 0.2 cores for 10 s;
     * prints what they used.
     */
    static void waitForQuiet(int quietWaitSeconds) {
        if (quietWaitSeconds <= 0) {
            return;
        }
        try {
            double others = MachineLoad.waitUntilQuiet(0.2, quietWaitSeconds);
            System.out.printf(Locale.ROOT, "[probe] others' CPU before this measurement: %.2f cores%n", others);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A published charter with one value and these pillars (owned by the top unit's head), inserted with JDBC. */
    static void insertPublishedCharter(JdbcTemplate jdbc, List<String> pillars) {
        long ceo = jdbc.queryForObject("select head_id from org_unit where parent_id is null", Long.class);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into charter_version (id, version, number, status, mission, vision, drafted_by, "
                + "created_at, submitted_at, published_at, published_slot) values (next value for "
                + "charter_version_seq, 0, 1, 'PUBLISHED', 'Make everyday logistics "
                + "effortless.', 'On time, every time, with half the footprint.', ?, ?, ?, ?, 1)", ceo, now, now, now);
        long id = jdbc.queryForObject("select id from charter_version where number = 1", Long.class);
        jdbc.update("insert into charter_value (version_id, position, name, description) values (?, 0, 'Own it', "
                + "'We do what we say.')", id);
        for (int i = 0; i < pillars.size(); i++) {
            jdbc.update("insert into charter_pillar (version_id, position, name, description, owner_person_id) values "
                    + "(?, ?, ?, ?, ?)", id, i, pillars.get(i), "Pillar " + (i + 1), ceo);
        }
    }

    /** Creates the goal and activates it as the signed-in person; returns its id. */
    static long activeGoal(ApplicationContext context, GoalDraft draft) {
        GoalPlanning goals = context.getBean(GoalPlanning.class);
        GoalDetails created = goals.create(draft);
        return goals.activate(created.id(), created.version()).id();
    }

    /** The benchmark's active company goal, the parent of the top units' goals. */
    static GoalDraft companyGoalDraft() {
        return new GoalDraft(GoalLevel.COMPANY, "Bench company goal", "For the benchmark", null, null, null, List.of(),
                "Customers", LocalDate.now(), LocalDate.now().plusYears(1), Visibility.PUBLIC, keyResults(), null);
    }

    /** A unit's goal under its parent unit's goal (or the company goal). */
    static GoalDraft unitGoalDraft(long unitId, long parentGoal) {
        return new GoalDraft(GoalLevel.UNIT, "Unit goal " + unitId, "For the benchmark", unitId, null, parentGoal,
                List.of(), null, LocalDate.now(), LocalDate.now().plusYears(1), Visibility.PUBLIC, keyResults(), null);
    }

    /** The one numeric key result the benchmark goals have. */
    static List<KeyResultDraft> keyResults() {
        return List.of(new KeyResultDraft(null, "Done", KeyResultType.NUMERIC, BigDecimal.ZERO, BigDecimal.TEN,
                BigDecimal.ZERO, "items", 100));
    }

    /** Job runs that failed (a deadlock or an optimistic-lock conflict rolled them back; the job was retried). */
    static long failedJobRuns(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from ACT_HI_JOB_LOG where JOB_STATE_ = 1", Long.class);
    }
}
