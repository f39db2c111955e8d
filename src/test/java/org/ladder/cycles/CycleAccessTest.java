package org.ladder.cycles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ladder.cycles.domain.CycleRepository;
import org.ladder.support.CyclePageFixtures;
import org.ladder.support.CyclePageFixtures.Scenario;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.SignedIn;
import org.ladder.tasks.TaskSupervision;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * What people outside a cycle learn of it through the services, by calling them with its id: nothing — not its
 * name (the close page's service), not its status (a decision on one of its tasks), not when a task was created.
 * The demo organisation's employee is in no test cycle, and its manager heads none of a test cycle's units; the
 * people in the cycle and HR go on seeing what they saw.
 */
@LadderIntegrationTest
class CycleAccessTest {

    @Autowired
    CyclePageFixtures fixtures;
    @Autowired
    CycleClosing closing;
    @Autowired
    CycleDecisions decisions;
    @Autowired
    CycleControls controls;
    @Autowired
    CycleQueries queries;
    @Autowired
    CycleRepository cycles;
    @Autowired
    TaskSupervision supervision;
    @Autowired
    SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void theCloseServiceTellsOutsidersNothingOfTheCycle() {
        Scenario s = fixtures.atCascade();
        String name = cycles.findById(s.cycleId()).orElseThrow().name();

        for (String outsider : new String[] {"employee", "manager"}) {
            signedIn.as(outsider);
            assertThat(closing.cycle(s.cycleId())).as(outsider).isEmpty();
            assertThat(closing.isAsked(s.cycleId())).as(outsider).isFalse();
            assertThatThrownBy(() -> closing.myOpenGoals(s.cycleId())).as(outsider)
                    .isInstanceOf(AccessDeniedException.class).message().doesNotContain(name);
            assertThatThrownBy(() -> closing.achieve(s.cycleId(), 1L, 0L, "Done")).as(outsider)
                    .isInstanceOf(AccessDeniedException.class).message().doesNotContain(name);
            assertThatThrownBy(() -> queries.cycle(s.cycleId())).as(outsider)
                    .isInstanceOf(AccessDeniedException.class);
        }
        // an unknown cycle looks the same as a forbidden one
        signedIn.as("employee");
        assertThatThrownBy(() -> closing.myOpenGoals(Long.MAX_VALUE)).isInstanceOf(AccessDeniedException.class);

        signedIn.as(s.org().username("cara")); // in the cycle, heads nothing
        assertThat(closing.cycle(s.cycleId())).map(CycleClosing.ClosingCycle::name).contains(name);
        assertThatThrownBy(() -> closing.myOpenGoals(s.cycleId())).as("the cycle is not closing yet")
                .isInstanceOf(org.ladder.base.ValidationException.class);
        signedIn.as("hr");
        assertThat(closing.cycle(s.cycleId())).map(CycleClosing.ClosingCycle::name).contains(name);
    }

    @Test
    void aDecisionOnSomeoneElsesTaskIsRefusedBeforeTheCycleIsLookedAt() {
        Scenario s = fixtures.atCascade();
        Task dept = fixtures.cycles().unitTask(s.cycleId(), s.org().dept());
        signedIn.as("hr");
        controls.pause(s.cycleId(), cycles.findById(s.cycleId()).orElseThrow().version());

        signedIn.as("employee");
        assertThatThrownBy(() -> decisions.unitGoalsSet(dept.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> decisions.task(dept.getId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void whenATaskWasCreatedIsForThoseWhoOverseeIt() {
        Scenario s = fixtures.atCascade();
        Task dept = fixtures.cycles().unitTask(s.cycleId(), s.org().dept());

        for (String outsider : new String[] {"employee", "manager"}) {
            signedIn.as(outsider);
            assertThat(supervision.createdAt(dept.getId())).as(outsider).isEmpty();
        }
        signedIn.as("hr");
        assertThat(supervision.createdAt(dept.getId())).isPresent();
        signedIn.as(s.org().username("zoe")); // Ana's manager
        assertThat(supervision.createdAt(dept.getId())).isPresent();
    }
}
