package org.ladder.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.ladder.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.html.Span;

/** Operations: the counters say when they were read, and "Refresh" reads them again. */
class OperationsViewTest extends KaribuTest {

    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;

    private static long instances() {
        return Long.parseLong(_get(Span.class, s -> s.withId("ops-instances")).getText());
    }

    @Test
    void refreshReadsTheCountersAgainAndSaysWhen() {
        login("admin");
        navigate("admin/operations");
        OperationsView view = _get(OperationsView.class);
        assertThat(view.countedAt.getText()).startsWith("Counted at ");
        long before = instances();

        String deployment = repository.createDeployment().addModelInstance("ops-refresh-test.bpmn",
                Bpmn.createExecutableProcess("Test_OpsRefresh").camundaHistoryTimeToLive(1).startEvent()
                        .userTask("Task_Wait").endEvent().done()).deploy().getId();
        try {
            runtime.startProcessInstanceByKey("Test_OpsRefresh");
            assertThat(instances()).isEqualTo(before); // read once, not live
            view.refresh.click();
            assertThat(instances()).isEqualTo(before + 1);
        } finally {
            repository.deleteDeployment(deployment, true);
        }
    }
}
