package org.ladder.conversations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ladder.base.ConcurrentEditException;
import org.ladder.base.ValidationException;
import org.ladder.base.audit.AuditLog;
import org.ladder.checkins.CadenceTasks;
import org.ladder.notifications.FreshPeople;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Marking a 1:1 held records the meeting, carries the rest over, completes the manager's open "hold the 1:1" task
 * of the pair in the same transaction, and refuses a second hold made on the same page; bad input is refused.
 */
@LadderIntegrationTest
class OneOnOneHoldTest {

    @Autowired
    OneOnOnes oneOnOnes;
    @Autowired
    OneOnOneQueries queries;
    @Autowired
    FreshPeople freshPeople;
    @Autowired
    SignedIn signedIn;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    AuditLog audit;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void holdingCompletesTheManagersOpenOneOnOneTaskForThatReportOnly() {
        FreshPeople.Team team = freshPeople.team();
        // a minimal model with the cadence's process and task keys (the real one assigns the task the same way), so the
        // test need not run a whole period; removed afterwards
        BpmnModelInstance model = Bpmn.createExecutableProcess(CadenceTasks.PROCESS_KEY).camundaHistoryTimeToLive(1)
                .startEvent().userTask(CadenceTasks.ONE_ON_ONE_TASK).name("Manager: hold the 1:1")
                .camundaAssignee(team.lead().username()).endEvent().done();
        Deployment deployment = repository.createDeployment().addModelInstance("test-cadence.bpmn", model)
                .name("one-on-one hold test").deploy();
        try {
            String jonKey = team.jon().id() + "/2026-12-07";
            runtime.startProcessInstanceById(processOf(deployment), jonKey);
            runtime.startProcessInstanceById(processOf(deployment), String.valueOf(team.kim().id()));
            signedIn.as(team.lead().username());
            long id = oneOnOnes.open(team.jon().id()).orElseThrow();
            long topic = oneOnOnes.addTopic(id, "Quarter review");
            oneOnOnes.addTopic(id, "Next quarter");
            oneOnOnes.setDiscussed(topic, 0, true);
            OneOnOnePage page = queries.page(id);

            oneOnOnes.hold(id, page.version(), LocalDate.now());

            assertThat(tasks.createTaskQuery().processInstanceBusinessKey(jonKey).count()).isZero();
            assertThat(tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(team.kim().id())).count())
                    .isOne();
            OneOnOnePage after = queries.page(id);
            assertThat(after.lastHeldOn()).isEqualTo(LocalDate.now());
            assertThat(after.agenda()).extracting(OneOnOnePage.Topic::text).containsExactly("Next quarter");
            assertThat(after.meetings()).hasSize(1);
            assertThat(after.meetings().get(0).discussed()).extracting(OneOnOnePage.Topic::text)
                    .containsExactly("Quarter review");
            assertThat(audit.history(OneOnOnes.SUBJECT, id, 20)).extracting(e -> e.getAction())
                    .contains("one-on-one.held", "one-on-one.topic-discussed", "one-on-one.topic-added");

            // a second "held" from the page as it was loaded before is refused: it was recorded already
            assertThatThrownBy(() -> oneOnOnes.hold(id, page.version(), LocalDate.now()))
                    .isInstanceOf(ConcurrentEditException.class).hasMessageContaining("marked held meanwhile");
        } finally {
            signedIn.nobody();
            repository.deleteDeployment(deployment.getId(), true);
        }
    }

    @Test
    void badInputIsRefusedOnItsFieldAndNothingIsSaved() {
        FreshPeople.Team team = freshPeople.team();
        signedIn.as(team.lead().username());
        long id = oneOnOnes.open(team.jon().id()).orElseThrow();
        long version = queries.page(id).version();
        assertThatThrownBy(() -> oneOnOnes.hold(id, version, LocalDate.now().plusDays(1)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("heldOn"));
        assertThatThrownBy(() -> oneOnOnes.addTopic(id, "x".repeat(OneOnOneLimits.TOPIC_MAX_LENGTH + 1)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors().get("topic")).contains("At most 300 characters"));
        assertThatThrownBy(() -> oneOnOnes.addTopic(id, "   ")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> oneOnOnes.addNote(id, "n".repeat(OneOnOneLimits.NOTE_MAX_LENGTH + 1), true))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("note"));
        assertThatThrownBy(() -> oneOnOnes.addAction(id, "", team.kim().id(), LocalDate.now().minusDays(1)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsKeys("action", "owner", "due"));
        OneOnOnePage page = queries.page(id);
        assertThat(page.agenda()).isEmpty();
        assertThat(page.notes()).isEmpty();
        assertThat(page.actions()).isEmpty();
        assertThat(page.lastHeldOn()).isNull();
    }

    private String processOf(Deployment deployment) {
        return repository.createProcessDefinitionQuery().deploymentId(deployment.getId()).singleResult().getId();
    }
}
