package org.ladder.base.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every executable model under {@code bpmn/} keeps the rules of {@link BpmnModelLint}: names on every task, gateway
 * and event (never an expression), type-prefixed ids, a shape or edge for every element with label bounds, no
 * crossing flows or overlapping labels, a back-off retry cycle on every job, asyncBefore after a person's action or a
 * message, merges through gateways, and historyTimeToLive.
 */
class ModelLintTest {

    static Stream<Path> models() throws IOException {
        List<Path> models;
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            models = files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
        }
        assertThat(models).as("the models under bpmn/").hasSizeGreaterThanOrEqualTo(4);
        return models.stream();
    }

    @ParameterizedTest
    @MethodSource("models")
    void theModelKeepsTheRules(Path model) {
        assertThat(BpmnModelLint.check(Bpmn.readModelFromFile(model.toFile()))).as(model.toString()).isEmpty();
    }

    @Test
    void aModelThatBreaksTheRulesIsCaughtWithTheElementNamed() throws IOException {
        List<String> problems;
        try (InputStream bad = getClass().getResourceAsStream("/lint/bad-model.bpmn.xml")) {
            problems = BpmnModelLint.check(Bpmn.readModelFromStream(bad));
        }
        assertThat(problems).contains(
                "bad: process has no camunda:historyTimeToLive",
                "Task_Approve: name is an expression: ${change ? 'Approve a changed goal' : 'Approve a new goal'}",
                "Task_Approve: has 2 incoming flows: merge them with an exclusive gateway",
                "Gateway_1: has no name",
                "Flow_Again: leaves the decision Gateway_1 without a name (yes, no, …)",
                "SequenceFlow_1: id is not type-prefixed (Flow_…)",
                "Task_Activate: runs right after a person's action or a message, in their transaction: set "
                        + "camunda:asyncBefore",
                "Timer_Wait: retries without a back-off (R5/PT1M): list growing waits, e.g. PT10S,PT1M,PT5M,PT15M",
                "Timer_Wait: has no label bounds in the diagram",
                "Task_Tell: is an asynchronous step (a job) without camunda:failedJobRetryTimeCycle",
                "EndEvent_Done: has no name",
                "EndEvent_Done: has no shape in the diagram",
                "StartEvent_Begin: its label lies on Task_Approve",
                "StartEvent_Begin: its label is crossed by the flow Flow_Again");
        assertThat(problems).anyMatch(p -> p.contains(": crosses the flow ") && p.contains("Flow_Again")
                && p.contains("Flow_ToApprove"));
        assertThat(problems).as("a step after a timer runs in the timer's job, not in a person's transaction")
                .noneMatch(p -> p.startsWith("Task_Tell: runs right after"));
    }
}
