package org.ladder.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.ladder.base.security.Role;
import org.ladder.charter.CharterDraft;
import org.ladder.charter.CharterService;
import org.ladder.charter.CharterSnapshot;
import org.ladder.charter.workflow.CharterPublicationProcess;
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
 * The application process of {@link FaultProgram}: the whole application (job executor on) on the database it is
 * given (program arguments are Spring arguments). On an empty database it writes a generated organisation of
 * {@code ladder.fault.people} people. Then it reads commands on standard input: {@code publish <mission>} has
 * leadership draft, submit and approve a charter version the way people do (the last approval starts the
 * acknowledgement fan-out, an asynchronous job). It prints {@code FAULT-APP READY} once it serves, and runs until
 * it is killed.
 */
final class FaultApp {

    static final String READY = "FAULT-APP READY";
    static final String PUBLISHED = "FAULT-APP PUBLISHED ";

    private FaultApp() {
    }

    public static void main(String[] springArgs) throws Exception {
        ConfigurableApplicationContext context = StartupProbe.start(springArgs).context();
        int people = Integer.getInteger("ladder.fault.people", 0);
        JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
        if (people > 0 && jdbc.queryForObject("select count(*) from person", Long.class) == 0) {
            String hash = context.getBean(PasswordEncoder.class).encode("fault");
            context.getBean(OrgPlanWriter.class).write(DemoOrganisationGenerator.scaled(people, 42), hash);
        }
        System.out.println(READY);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            if (line.startsWith("publish ")) {
                try {
                    System.out.println(PUBLISHED + publish(context, line.substring("publish ".length())));
                } catch (RuntimeException e) {
                    e.printStackTrace(System.out);
                    System.out.println("FAULT-APP FAILED " + e);
                }
            }
        }
        Thread.currentThread().join();
    }

    /** Leadership publishes a new charter version: the first leader drafts and submits, the others approve. */
    static long publish(ConfigurableApplicationContext context, String mission) {
        CharterService charter = context.getBean(CharterService.class);
        TaskService tasks = context.getBean(TaskService.class);
        List<String> leaders = context.getBean(PeopleService.class).activeUsernamesWithRole(Role.LEADERSHIP);
        String drafter = leaders.get(0);
        signIn(context, drafter);
        CharterSnapshot draft = charter.draft();
        long id = charter.submit(draft.id(), new CharterDraft(mission, "Every person sees how their work matters.",
                List.of(new CharterSnapshot.Value("Candour", "We say what we see, kindly.")),
                List.of(new CharterDraft.PillarInput("Customers", "Win and keep customers who love us.", null)),
                "Fault program: " + mission), draft.version()).id();
        for (String approver : leaders.subList(1, leaders.size())) {
            signIn(context, approver);
            Task task = tasks.createTaskQuery()
                    .processInstanceBusinessKey(CharterPublicationProcess.businessKey(id))
                    .taskDefinitionKey(CharterPublicationProcess.TASK_APPROVE).taskAssignee(approver).singleResult();
            if (task != null) {
                charter.approve(task.getId(), "Fine.");
            }
        }
        SecurityContextHolder.clearContext();
        return id;
    }

    private static void signIn(ConfigurableApplicationContext context, String username) {
        UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
