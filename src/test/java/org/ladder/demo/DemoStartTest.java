package org.ladder.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.ladder.base.security.Role;
import org.ladder.charter.CharterService;
import org.ladder.charter.CharterSnapshot;
import org.ladder.charter.CharterStatus;
import org.ladder.goals.ApprovalState;
import org.ladder.goals.GoalNode;
import org.ladder.goals.GoalQueries;
import org.ladder.goals.GoalStatus;
import org.ladder.goals.LadderEntry;
import org.ladder.goals.Visibility;
import org.ladder.goals.workflow.GoalApprovalProcess;
import org.ladder.people.PeopleService;
import org.ladder.tasks.AcknowledgementService;
import org.ladder.tasks.InboxService;
import org.ladder.tasks.TaskInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What {@code ./mvnw spring-boot:run} shows on a fresh {@code ./data}: the application started as the README's run
 * command starts it (no test profile: {@code application.properties} alone, demo organisation and demo goals on,
 * job executor on), on an in-memory H2 database of its own. Runs in its own surefire execution ({@code demo-start}
 * in pom.xml), in a JVM of its own: the shared test context runs with {@code ladder.demo.goals=false}, and a second
 * application in the same JVM would share the engine's static state with it.
 * <p>
 * Only in that execution ({@code ladder.test.demo-start=true}): {@code -Dtest=DemoStartTest} names it for the main
 * execution too, where it would only start the application a second time.
 * <p>
 * One nested class per module's demo data: add one for a new module's demo (check-ins, 1:1s, feedback...) and sign
 * in with {@link #as}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.profiles.active=",
        "spring.datasource.url=jdbc:h2:mem:ladder-demo-start;MODE=MariaDB;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "ladder.demo.enabled=true", "ladder.demo.goals=true" })
@EnabledIfSystemProperty(named = "ladder.test.demo-start", matches = "true")
class DemoStartTest {

    /** The demo logins of the README, with password {@code demo}. */
    static final List<String> LOGINS = List.of("admin", "hr", "ceo", "manager", "employee");

    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Runs {@code what} signed in as {@code username}, as after a login. */
    <T> T as(String username, Supplier<T> what) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return what.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Nested
    class Organisation {

        @Autowired
        PeopleService people;

        @Test
        void theDemoOrganisationHasItsPeopleAndEveryDemoLoginWithItsRole() {
            assertThat(jdbc.queryForObject("select count(*) from person where active = true", Long.class))
                    .isEqualTo(120);
            assertThat(jdbc.queryForObject("select count(*) from org_unit", Long.class)).isGreaterThan(10);
            for (String login : LOGINS) {
                assertThat(people.findByUsername(login)).as(login).hasValueSatisfying(p -> assertThat(p.active())
                        .isTrue());
            }
            assertThat(users.loadUserByUsername("admin").getAuthorities()).extracting(Object::toString)
                    .contains(Role.ADMIN.authority());
            assertThat(users.loadUserByUsername("hr").getAuthorities()).extracting(Object::toString)
                    .contains(Role.HR.authority());
            assertThat(users.loadUserByUsername("manager").getAuthorities()).extracting(Object::toString)
                    .contains(Role.MANAGER.authority());
        }
    }

    @Nested
    class Reviews {

        @Autowired
        org.ladder.reviews.ReviewTemplates templates;

        @Test
        void theDefaultReviewTemplateIsThere() {
            assertThat(as("hr", () -> templates.list())).anySatisfy(t -> {
                assertThat(t.name()).isEqualTo(org.ladder.reviews.DefaultTemplate.NAME);
                assertThat(t.peersAsked()).isTrue();
            });
        }
    }

    @Nested
    class Charter {

        @Autowired
        CharterService charter;
        @Autowired
        AcknowledgementService acknowledgements;

        @Test
        void versionOneIsPublishedWithItsFourPillarsAndEveryoneIsAskedToAcknowledgeIt() {
            CharterSnapshot current = as("employee", () -> charter.current()).orElseThrow();
            assertThat(current.number()).isEqualTo(1);
            assertThat(current.status()).isEqualTo(CharterStatus.PUBLISHED);
            assertThat(current.publishedAt()).isNotNull();
            assertThat(current.pillars()).extracting(CharterSnapshot.Pillar::name).containsExactly(
                    "Delighted customers", "Operational excellence", "Sustainable growth", "Great place to work");
            // the publication's asynchronous steps ran: the acknowledgement campaign exists, the author is not asked
            assertThat(as("employee", () -> acknowledgements.myPending()))
                    .anySatisfy(p -> assertThat(p.subjectType()).isEqualTo("charter"));
            assertThat(as("ceo", () -> acknowledgements.myPending()))
                    .noneSatisfy(p -> assertThat(p.subjectType()).isEqualTo("charter"));
        }
    }

    @Nested
    class Goals {

        @Autowired
        GoalQueries goals;
        @Autowired
        InboxService inbox;

        @Test
        void theGoalCascadeHas175Goals() {
            assertThat(jdbc.queryForObject("select count(*) from goal", Long.class)).isEqualTo(175);
            assertThat(jdbc.queryForObject("select count(*) from goal where level = 'COMPANY'", Long.class))
                    .isEqualTo(8);
        }

        @Test
        void managerHasTheEmployeesGoalToApprove() {
            List<TaskInfo> tasks = as("manager", () -> inbox.myTasks(0, 50));
            assertThat(tasks).anySatisfy(t -> {
                assertThat(t.processDefinitionKey()).isEqualTo(GoalApprovalProcess.KEY);
                assertThat(t.taskDefinitionKey()).isEqualTo(GoalApprovalProcess.TASK_APPROVE);
            });
        }

        @Test
        void employeeHasActivePrivateOrphanDraftAndPendingGoals() {
            List<GoalNode> mine = as("employee", () -> goals.myLadder()).stream().map(LadderEntry::goal).toList();
            assertThat(mine).anySatisfy(g -> {
                assertThat(g.status()).isEqualTo(GoalStatus.ACTIVE);
                assertThat(g.visibility()).isEqualTo(Visibility.PUBLIC);
                assertThat(g.orphan()).isFalse();
                assertThat(g.progress()).isPositive();
            });
            assertThat(mine).anySatisfy(g -> assertThat(g.visibility()).isEqualTo(Visibility.PRIVATE));
            assertThat(mine).anySatisfy(g -> {
                assertThat(g.orphan()).isTrue();
                assertThat(g.status()).isEqualTo(GoalStatus.ACTIVE);
            });
            assertThat(mine).anySatisfy(g -> {
                assertThat(g.status()).isEqualTo(GoalStatus.DRAFT);
                assertThat(g.approval()).isEqualTo(ApprovalState.NONE);
            });
            assertThat(mine).anySatisfy(g -> {
                assertThat(g.status()).isEqualTo(GoalStatus.DRAFT);
                assertThat(g.approval()).isEqualTo(ApprovalState.PENDING);
            });
        }
    }

    @Nested
    class ContinuousAlignment {

        @Autowired
        PeopleService people;
        @Autowired
        org.ladder.checkins.CheckInQueries checkIns;

        private long id(String login) {
            return people.findByUsername(login).orElseThrow().id();
        }

        @Test
        void employeeHasACheckInHistoryAndManagerTheirOneOnOneWithHer() {
            long employee = id("employee");
            long manager = id("manager");
            assertThat(as("employee", () -> checkIns.countOfPerson(employee))).isGreaterThan(1);
            assertThat(as("manager", () -> checkIns.countOfPerson(employee))).isGreaterThan(1);
            assertThat(jdbc.queryForObject("select count(*) from one_on_one where manager_id = ? and report_id = ?",
                    Long.class, manager, employee)).isOne();
            assertThat(jdbc.queryForObject("select count(*) from one_on_one_topic t join one_on_one o"
                    + " on o.id = t.one_on_one_id where o.report_id = ?", Long.class, employee)).isPositive();
        }

        @Test
        void employeeHasReceivedFeedbackAndHasARequestToAnswer() {
            long employee = id("employee");
            assertThat(jdbc.queryForObject("select count(*) from feedback where receiver_id = ?", Long.class,
                    employee)).isPositive();
            assertThat(jdbc.queryForObject("select count(*) from feedback_request where colleague_id = ?"
                    + " and status = 'OPEN'", Long.class, employee)).isPositive();
        }

        @Test
        void thePulseHasMonthsWithEnoughAnswersToShow() {
            // results show only for groups of at least 5 answers: the demo must have such months, or the page is empty
            assertThat(jdbc.queryForObject("select count(*) from (select period_start from pulse_answer"
                    + " group by period_start having count(*) >= 5) months", Long.class)).isGreaterThanOrEqualTo(3);
        }
    }
}
