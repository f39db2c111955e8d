package org.ladder.charter.demo;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.ladder.charter.CharterDraft;
import org.ladder.charter.CharterService;
import org.ladder.charter.CharterSnapshot;
import org.ladder.charter.domain.CharterVersionRepository;
import org.ladder.charter.workflow.CharterPublicationProcess;
import org.ladder.people.PeopleService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes a demo charter on first start of the embedded default, after the demo organisation (which runs at
 * order 0) and before the demo goals (order 20). It goes the real way: {@code ceo} drafts and submits version 1,
 * every other leader approves their task of the {@code charter-publication} process, and the process publishes it
 * (the acknowledgement campaign then starts asynchronously, as after any publication). Only when no charter version
 * exists; on when {@code ladder.demo.enabled} and {@code ladder.demo.goals} are both true (tests set the latter
 * false: they share one database and build their own charters).
 */
@Component
@ConditionalOnProperty(name = {"ladder.demo.enabled", "ladder.demo.goals"}, havingValue = "true")
@Order(10)
class CharterDemoInitializer implements ApplicationRunner {

    static final String DRAFTER = "ceo";
    private static final Logger log = LoggerFactory.getLogger(CharterDemoInitializer.class);

    private final CharterVersionRepository versions;
    private final CharterService charter;
    private final PeopleService people;
    private final TaskService tasks;
    private final ManagementService management;
    private final UserDetailsService users;
    private final TransactionTemplate tx;

    CharterDemoInitializer(CharterVersionRepository versions, CharterService charter, PeopleService people,
            TaskService tasks, ManagementService management, UserDetailsService users, TransactionTemplate tx) {
        this.versions = versions;
        this.charter = charter;
        this.people = people;
        this.tasks = tasks;
        this.management = management;
        this.users = users;
        this.tx = tx;
    }

    /** The demo charter: mission, vision, four values and four pillars (the demo goals serve these pillars). */
    static CharterDraft demoCharter(Long pillarOwner) {
        return new CharterDraft(
                "Make everyday logistics effortless and fair for the businesses that depend on us.",
                "By 2030 every order our customers ship arrives on time, traceably and with half the footprint — "
                        + "and the people who make it happen are proud to work here.",
                List.of(new CharterSnapshot.Value("Customers first", "We start from the customer's problem and "
                                + "finish when it is solved, not when our part is done."),
                        new CharterSnapshot.Value("Own it", "We say what we will do, do it, and say so when we "
                                + "cannot."),
                        new CharterSnapshot.Value("Open by default", "Plans, numbers and mistakes are shared, so "
                                + "everyone can decide well."),
                        new CharterSnapshot.Value("Better every week", "Small, steady improvements beat big "
                                + "rewrites.")),
                List.of(new CharterDraft.PillarInput("Delighted customers", "Customers stay because we are easy to "
                                + "work with: fast answers, reliable service, products they like.", pillarOwner),
                        new CharterDraft.PillarInput("Operational excellence", "A reliable, secure platform and lean "
                                + "processes, so we scale without adding cost or risk.", pillarOwner),
                        new CharterDraft.PillarInput("Sustainable growth", "Profitable growth in recurring revenue and "
                                + "new markets, with half the carbon per shipment.", pillarOwner),
                        new CharterDraft.PillarInput("Great place to work", "People grow their skills and careers "
                                + "here and feel they belong.", pillarOwner)),
                null);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (versions.count() > 0) {
            return;
        }
        try {
            tx.executeWithoutResult(status -> publishDemoCharter());
            log.info("Demo charter published: version 1 with 4 pillars, approved by every leader");
        } catch (RuntimeException e) {
            log.error("Demo charter not created (the portal starts without it; the next start tries again)", e);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void publishDemoCharter() {
        signIn(DRAFTER);
        Long ceo = people.findByUsername(DRAFTER).map(p -> p.id()).orElse(null);
        CharterSnapshot draft = charter.draft();
        CharterSnapshot submitted = charter.submit(draft.id(), demoCharter(ceo), draft.version());
        String businessKey = CharterPublicationProcess.businessKey(submitted.id());
        for (int round = 0; round < 100; round++) {
            List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(businessKey)
                    .taskDefinitionKey(CharterPublicationProcess.TASK_APPROVE).list();
            if (open.isEmpty()) {
                break;
            }
            Task task = open.get(0);
            signIn(task.getAssignee());
            charter.approve(task.getId(), "Agreed — let's publish it.");
        }
        // publication and the request to acknowledge run as asynchronous steps after the last approval: the demo
        // runs them here, in its own transaction, so that the demo goals find the published pillars at once
        for (int round = 0; round < 10; round++) {
            List<Job> due = management.createJobQuery()
                    .processDefinitionKey(CharterPublicationProcess.KEY).messages().list();
            if (due.isEmpty()) {
                break;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        signIn(DRAFTER);
        if (charter.current().isEmpty()) {
            throw new IllegalStateException("The demo charter was approved but not published");
        }
    }

    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
