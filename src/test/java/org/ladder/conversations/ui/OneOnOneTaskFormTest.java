package org.ladder.conversations.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.ladder.checkins.CadenceTasks;
import org.ladder.conversations.OneOnOnes;
import org.ladder.notifications.FreshPeople;
import org.ladder.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;

/**
 * The manager's "hold the 1:1" task shows the report and the topics waiting, opens the 1:1, and "Held today"
 * completes it; the person page links the manager to the 1:1, and not a colleague.
 */
class OneOnOneTaskFormTest extends KaribuTest {

    @Autowired
    FreshPeople freshPeople;
    @Autowired
    OneOnOnes oneOnOnes;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    @Test
    void theTaskFormShowsWhoAndWhatWaitsAndHeldTodayCompletesIt() {
        FreshPeople.Team team = freshPeople.team();
        // a stand-in for the cadence's model (the real one assigns the task the same way), removed afterwards
        Deployment deployment = repository.createDeployment().addModelInstance("test-cadence-form.bpmn",
                Bpmn.createExecutableProcess(CadenceTasks.PROCESS_KEY).camundaHistoryTimeToLive(1).startEvent()
                        .userTask(CadenceTasks.ONE_ON_ONE_TASK).name("Manager: hold the 1:1")
                        .camundaAssignee(team.lead().username()).endEvent().done()).deploy();
        try {
            String key = String.valueOf(team.jon().id());
            runtime.startProcessInstanceById(repository.createProcessDefinitionQuery()
                    .deploymentId(deployment.getId()).singleResult().getId(), key);
            String taskId = tasks.createTaskQuery().processInstanceBusinessKey(key).singleResult().getId();
            login(team.jon().username());
            long id = oneOnOnes.open(team.jon().id()).orElseThrow();
            oneOnOnes.addTopic(id, "My conference talk");

            login(team.lead().username());
            navigate("task/" + taskId);
            _get(VerticalLayout.class, v -> v.withId("one-on-one-task-form"));
            assertThat(_get(Paragraph.class, p -> p.withId("one-on-one-task-who")).getText())
                    .contains(team.jon().name());
            assertThat(_get(Paragraph.class, p -> p.withId("one-on-one-task-topics")).getText())
                    .isEqualTo("1 topic waiting:");
            _get(Button.class, b -> b.withId("one-on-one-task-held")).click();
            assertThat(tasks.createTaskQuery().processInstanceBusinessKey(key).count()).isZero();
        } finally {
            repository.deleteDeployment(deployment.getId(), true);
        }
    }

    @Test
    void thePersonPageLinksTheManagerToTheOneOnOneAndNotAColleague() {
        FreshPeople.Team team = freshPeople.team();
        login(team.lead().username());
        navigate("person/" + team.jon().id());
        RouterLink link = _get(RouterLink.class, l -> l.withId("person-one-on-one-link"));
        assertThat(link.getText()).isEqualTo("Open your 1:1 with " + team.jon().name());
        assertThat(link.getHref()).isEqualTo("one-on-one/" + team.jon().id());

        login(team.kim().username());
        navigate("");
        navigate("person/" + team.jon().id());
        assertThat(_find(RouterLink.class, l -> l.withId("person-one-on-one-link"))).isEmpty();
    }
}
