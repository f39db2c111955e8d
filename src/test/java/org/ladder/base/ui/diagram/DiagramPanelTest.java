package org.ladder.base.ui.diagram;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ladder.base.workflow.StepCounts;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.DomEvent;

import elemental.json.Json;
import elemental.json.JsonObject;

/** The diagram on a page: the SVG inline, the steps as buttons with their counts, a click on a shape selects it. */
class DiagramPanelTest {

    private DiagramPanel panel;
    private final List<String> selected = new ArrayList<>();

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        panel = new DiagramPanel(ProcessDiagram.of(Bpmn.readModelFromFile(Path.of("bpmn", "goal-approval.bpmn").toFile())),
                "ga-", "Goal approval: steps and counts");
        panel.addStepSelectedListener(selected::add);
        UI.getCurrent().add(panel);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void theStepsAreListedWithTheirCountsAndSelectable() {
        panel.show(Map.of("Task_ApproveGoal", new StepCounts(3, 1, 8, 0)));

        assertThat(panel.drawing.getElement().getProperty("innerHTML")).startsWith("<svg").contains(
                "data-step=\"Task_ApproveGoal\" data-count=\"3\"");
        Button approve = _get(Button.class, spec -> spec.withId("ga-step-Task_ApproveGoal"));
        assertThat(approve.getText()).isEqualTo("Manager: approve the goal");
        assertThat(_find(Span.class, spec -> spec.withClasses("ladder-diagram-step-counts")))
                .extracting(Span::getText).contains("3 active, 1 overdue, 8 completed, 0 failed");

        _click(approve);

        assertThat(selected).containsExactly("Task_ApproveGoal");
        assertThat(panel.selected()).contains("Task_ApproveGoal");
        assertThat(panel.svg()).contains("selected\" data-element=\"Task_ApproveGoal\"");
        assertThat(_get(Button.class, spec -> spec.withId("ga-step-Task_ApproveGoal")).getElement()
                .getAttribute("aria-pressed")).isEqualTo("true");
    }

    @Test
    void aClickOnAShapeSelectsItsStepAndAForgedOneIsIgnored() {
        click("Task_ReviseGoal");
        click("Participant_Unknown");
        click("");

        assertThat(selected).containsExactly("Task_ReviseGoal");
    }

    private void click(String step) {
        JsonObject data = Json.createObject();
        data.put(DiagramPanel.CLICKED_STEP, step);
        com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent(panel.drawing.getElement(),
                new DomEvent(panel.drawing.getElement(), "click", data));
    }
}
