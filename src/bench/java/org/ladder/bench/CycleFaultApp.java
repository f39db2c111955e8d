package org.ladder.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.ladder.base.security.Role;
import org.ladder.charter.CharterService;
import org.ladder.cycles.CycleDecisions;
import org.ladder.cycles.CycleLaunches;
import org.ladder.cycles.LaunchRequest;
import org.ladder.cycles.LaunchedCycle;
import org.ladder.cycles.workflow.AlignmentCycleProcess;
import org.ladder.cycles.workflow.UnitCascadeProcess;
import org.ladder.goals.GoalDetails;
import org.ladder.goals.GoalDraft;
import org.ladder.goals.GoalLevel;
import org.ladder.goals.GoalPlanning;
import org.ladder.goals.KeyResultDraft;
import org.ladder.goals.KeyResultType;
import org.ladder.goals.Visibility;
import org.ladder.people.PeopleService;
import org.ladder.people.demo.DemoOrganisationGenerator;
import org.ladder.people.demo.OrgPlanWriter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An application node of {@link CycleFaultProgram}: the whole application (job executor on) on the database it is
 * given (program arguments are Spring arguments). On an empty database ({@code ladder.fault.people} above 0) it
 * writes a generated organisation, makes its first person HR and has leadership publish a charter. Then it reads
 * commands on standard input: {@code launch <name>} launches a cycle for the whole organisation as HR and starts
 * driving it; {@code drive <cycleId>} drives a cycle launched elsewhere (after the node that drove it was killed).
 * Driving is what people do as soon as their task is there: leadership confirms the charter, each head gets a unit
 * goal (made by HR under the parent unit's goal) and says the unit's goals are set. A failed action (the database is
 * down) is tried again a second later; every action is idempotent. It prints {@value #READY} once it serves.
 */
final class CycleFaultApp {

    static final String READY = "CYCLE-FAULT-APP READY";
    static final String LAUNCHED = "CYCLE-FAULT-APP LAUNCHED ";
    static final String DRIVEN = "CYCLE-FAULT-APP DRIVEN ";

    private final ConfigurableApplicationContext context;
    private final JdbcTemplate jdbc;
    private final String hr;

    private CycleFaultApp(ConfigurableApplicationContext context) {
        this.context = context;
        this.jdbc = new JdbcTemplate(context.getBean(DataSource.class));
        this.hr = jdbc.queryForObject("select p.username from person p join person_role r on r.person_id = p.id "
                + "where r.role = 'HR' order by p.id limit 1", String.class);
    }

    public static void main(String[] springArgs) throws Exception {
        ConfigurableApplicationContext context = StartupProbe.start(springArgs).context();
        int people = Integer.getInteger("ladder.fault.people", 0);
        JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
        if (people > 0 && jdbc.queryForObject("select count(*) from person", Long.class) == 0) {
            String hash = context.getBean(PasswordEncoder.class).encode("fault");
            context.getBean(OrgPlanWriter.class).write(DemoOrganisationGenerator.scaled(people, 42), hash);
            long hrId = jdbc.queryForObject("select min(id) from person where active = true", Long.class);
            jdbc.update("insert into person_role (person_id, role) values (?, 'HR')", hrId);
            String hr = jdbc.queryForObject("select username from person where id = ?", String.class, hrId);
            UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(hr);
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
            context.getBean(org.ladder.reviews.ReviewTemplates.class).create(
                    org.ladder.reviews.DefaultTemplate.draft("Fault program review"));
            SecurityContextHolder.clearContext();
            long version = FaultApp.publish(context, "Fault program mission");
            CharterService charter = context.getBean(CharterService.class);
            while (charter.published().filter(p -> p.versionId() == version).isEmpty()) {
                TimeUnit.MILLISECONDS.sleep(200);
            }
        }
        CycleFaultApp app = new CycleFaultApp(context);
        System.out.println(READY);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            try {
                if (line.startsWith("launch ")) {
                    LaunchedCycle launched = app.launch(line.substring("launch ".length()));
                    System.out.println(LAUNCHED + launched.cycleId() + " " + launched.units() + " "
                            + launched.people());
                    app.driveInBackground(launched.cycleId());
                } else if (line.startsWith("drive ")) {
                    app.driveInBackground(Long.parseLong(line.substring("drive ".length()).trim()));
                }
            } catch (RuntimeException e) {
                e.printStackTrace(System.out);
                System.out.println("CYCLE-FAULT-APP FAILED " + e);
            }
        }
        Thread.currentThread().join();
    }

    private LaunchedCycle launch(String name) {
        signIn(hr);
        try {
            CycleLaunches launches = context.getBean(CycleLaunches.class);
            LaunchRequest request = launches.suggestedRequest().withName(name).withAcceptGaps(true);
            return launches.launch(request);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void driveInBackground(long cycleId) {
        Thread driver = new Thread(() -> {
            while (true) {
                try {
                    if (driveOnce(cycleId)) {
                        System.out.println(DRIVEN + cycleId);
                        return;
                    }
                    TimeUnit.MILLISECONDS.sleep(100);
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    System.out.println("CYCLE-FAULT-APP RETRYING after " + e); // the database is down: again soon
                    try {
                        TimeUnit.SECONDS.sleep(1);
                    } catch (InterruptedException stop) {
                        return;
                    }
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }
        }, "fault-people");
        driver.setDaemon(true);
        driver.start();
    }

    /** One pass of people's actions; true when every unit of the cycle is ready (the cascade reached everyone). */
    private boolean driveOnce(long cycleId) {
        TaskService tasks = context.getBean(TaskService.class);
        String prefix = AlignmentCycleProcess.businessKeyPrefix(cycleId);
        for (Task confirm : tasks.createTaskQuery().processDefinitionKey(AlignmentCycleProcess.KEY)
                .processInstanceBusinessKey(AlignmentCycleProcess.businessKey(cycleId))
                .taskDefinitionKey(AlignmentCycleProcess.TASK_CONFIRM_CHARTER).active().list()) {
            signIn(context.getBean(PeopleService.class).activeUsernamesWithRole(Role.LEADERSHIP).get(0));
            context.getBean(CycleDecisions.class).confirmCharter(confirm.getId());
        }
        Map<Long, Long> parents = new HashMap<>();
        jdbc.query("select id, parent_id from org_unit", rs -> {
            parents.put(rs.getLong(1), (Long) rs.getObject(2));
        });
        for (Task t : tasks.createTaskQuery().processDefinitionKey(UnitCascadeProcess.KEY)
                .processInstanceBusinessKeyLike(prefix + "unit-%")
                .taskDefinitionKey(UnitCascadeProcess.TASK_SET_UNIT_GOALS).active().list()) {
            String key = context.getBean(RuntimeService.class).createProcessInstanceQuery()
                    .processInstanceId(t.getProcessInstanceId()).singleResult().getBusinessKey();
            long unitId = Long.parseLong(key.substring(key.lastIndexOf("unit-") + "unit-".length()));
            if (unitGoal(unitId).isEmpty()) {
                Long parent = parents.get(unitId);
                Long parentGoal = parent == null ? companyGoal() : unitGoal(parent).orElse(companyGoal());
                signIn(hr);
                activeGoal(new GoalDraft(GoalLevel.UNIT, "Unit goal " + unitId, "Fault program", unitId, null,
                        parentGoal, List.of(), null, LocalDate.now(), LocalDate.now().plusYears(1), Visibility.PUBLIC,
                        keyResults(), null));
            }
            signIn(t.getAssignee());
            context.getBean(CycleDecisions.class).unitGoalsSet(t.getId());
        }
        long units = jdbc.queryForObject("select count(*) from cycle_unit where cycle_id = ?", Long.class, cycleId);
        long waiting = jdbc.queryForObject("select count(*) from cycle_unit where cycle_id = ? and status <> 'READY'",
                Long.class, cycleId);
        return units > 0 && waiting == 0;
    }

    private Optional<Long> unitGoal(long unitId) {
        return jdbc.queryForList("select id from goal where owner_unit_id = ? and level = 'UNIT' and status = "
                + "'ACTIVE' order by id", Long.class, unitId).stream().findFirst();
    }

    private long companyGoal() {
        Optional<Long> existing = jdbc.queryForList("select id from goal where level = 'COMPANY' and status = 'ACTIVE' "
                + "order by id", Long.class).stream().findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        signIn(context.getBean(PeopleService.class).activeUsernamesWithRole(Role.LEADERSHIP).get(0));
        return activeGoal(new GoalDraft(GoalLevel.COMPANY, "Fault program company goal", "Fault program", null, null,
                null, List.of(), "Customers", LocalDate.now(), LocalDate.now().plusYears(1), Visibility.PUBLIC,
                keyResults(), null));
    }

    private long activeGoal(GoalDraft draft) {
        GoalPlanning goals = context.getBean(GoalPlanning.class);
        GoalDetails created = goals.create(draft);
        return goals.activate(created.id(), created.version()).id();
    }

    private static List<KeyResultDraft> keyResults() {
        return List.of(new KeyResultDraft(null, "Done", KeyResultType.NUMERIC, BigDecimal.ZERO, BigDecimal.TEN,
                BigDecimal.ZERO, "items", 100));
    }

    private void signIn(String username) {
        UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
