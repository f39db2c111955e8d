package org.ladder.base.ui.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ladder.base.ui.diagram.ProcessDiagram.Kind;
import org.ladder.base.ui.diagram.ProcessDiagram.Marker;
import org.ladder.base.workflow.StepCounts;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The diagram drawn from the models' own BPMN DI: one group per DI shape and edge with the element's id, the right
 * kind of shape and marker, badges where there are counts, well-formed and escaped SVG.
 */
class DiagramSvgTest {

    private static BpmnModelInstance model(String file) {
        return Bpmn.readModelFromFile(Path.of("bpmn", file).toFile());
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> groups(Document doc, String cssClass) {
        NodeList all = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element g = (Element) all.item(i);
            if (List.of(g.getAttribute("class").split(" ")).contains(cssClass)) {
                found.add(g);
            }
        }
        return found;
    }

    @ParameterizedTest
    @ValueSource(strings = {"goal-approval.bpmn", "check-in-cadence.bpmn", "charter-publication.bpmn",
            "goal-change-propagation.bpmn", "orphan-goal-review.bpmn", "feedback-request.bpmn"})
    void everyDiShapeAndEdgeIsDrawnOnceWithItsElementsId(String file) throws Exception {
        BpmnModelInstance model = model(file);
        Set<String> shapeIds = model.getModelElementsByType(BpmnShape.class).stream()
                .map(s -> s.getBpmnElement().getId()).collect(Collectors.toSet());
        Set<String> edgeIds = model.getModelElementsByType(BpmnEdge.class).stream()
                .map(e -> e.getBpmnElement().getId()).collect(Collectors.toSet());

        String svg = DiagramSvg.render(ProcessDiagram.of(model), new DiagramSvg.Options("d-", "Test", Map.of(), null));
        java.nio.file.Files.createDirectories(Path.of("target", "diagrams"));
        java.nio.file.Files.writeString(Path.of("target", "diagrams", file.replace(".bpmn", ".svg")), svg);
        Document doc = parse(svg);

        List<Element> shapes = groups(doc, "diagram-shape");
        assertThat(shapes).hasSize(model.getModelElementsByType(BpmnShape.class).size());
        assertThat(shapes.stream().map(g -> g.getAttribute("data-element")).collect(Collectors.toSet()))
                .isEqualTo(shapeIds);
        assertThat(shapes).allSatisfy(g -> assertThat(g.getAttribute("id")).isEqualTo("d-" + g.getAttribute("data-element")));
        List<Element> edges = groups(doc, "diagram-edge");
        assertThat(edges.stream().map(g -> g.getAttribute("data-element")).collect(Collectors.toSet())).isEqualTo(edgeIds);
        assertThat(groups(doc, "diagram-badge")).isEmpty();
        assertThat(doc.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(doc.getDocumentElement().getAttribute("aria-label")).isEqualTo("Test");
    }

    @Test
    void shapesHaveTheirKindAndMarker() {
        ProcessDiagram diagram = ProcessDiagram.of(model("goal-approval.bpmn"));
        Map<String, ProcessDiagram.Shape> byId = new HashMap<>();
        diagram.shapes().forEach(s -> byId.put(s.elementId(), s));

        assertThat(byId.get("Task_ApproveGoal").kind()).isEqualTo(Kind.TASK);
        assertThat(byId.get("Task_ApproveGoal").marker()).isEqualTo(Marker.USER);
        assertThat(byId.get("Task_ApproveGoal").name()).isEqualTo("Manager: approve the goal");
        assertThat(byId.get("Task_RemindApprover").marker()).isEqualTo(Marker.SERVICE);
        assertThat(byId.get("Timer_RemindApprover").kind()).isEqualTo(Kind.BOUNDARY_EVENT);
        assertThat(byId.get("Timer_RemindApprover").marker()).isEqualTo(Marker.TIMER);
        assertThat(byId.get("Timer_RemindApprover").interrupting()).isFalse();
        assertThat(byId.get("Gateway_Returned").kind()).isEqualTo(Kind.GATEWAY);
        assertThat(byId.get("Gateway_Returned").marker()).isEqualTo(Marker.EXCLUSIVE);
        assertThat(byId.get("StartEvent_Submitted").kind()).isEqualTo(Kind.START_EVENT);
        assertThat(byId.get("EndEvent_Approved").kind()).isEqualTo(Kind.END_EVENT);
        assertThat(diagram.edges()).filteredOn(e -> e.elementId().equals("Flow_Approved"))
                .singleElement().satisfies(e -> {
                    assertThat(e.isDefault()).isTrue();
                    assertThat(e.name()).isEqualTo("no");
                    assertThat(e.waypoints()).hasSizeGreaterThanOrEqualTo(2);
                });

        ProcessDiagram cadence = ProcessDiagram.of(model("check-in-cadence.bpmn"));
        assertThat(cadence.shapes()).filteredOn(s -> s.kind() == Kind.POOL).extracting(ProcessDiagram.Shape::elementId)
                .containsExactlyInAnyOrder("Participant_Cadence", "Participant_Launch");
        assertThat(cadence.shapes().get(0).kind()).isEqualTo(Kind.POOL); // drawn first, under everything
        assertThat(cadence.shapes()).filteredOn(s -> s.elementId().equals("SubProcess_Stopped")).singleElement()
                .satisfies(s -> assertThat(s.expanded()).isTrue());
        assertThat(cadence.shapes()).filteredOn(s -> s.elementId().equals("Timer_PeriodBegins")).singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(Kind.INTERMEDIATE_EVENT);
                    assertThat(s.marker()).isEqualTo(Marker.TIMER);
                });
        assertThat(cadence.steps()).noneMatch(s -> s.kind() == Kind.POOL);
    }

    @Test
    void stepsCarryBadgesForTheirCountsOnly() throws Exception {
        ProcessDiagram diagram = ProcessDiagram.of(model("goal-approval.bpmn"));
        Map<String, StepCounts> counts = Map.of(
                "Task_ApproveGoal", new StepCounts(7, 2, 31, 0),
                "Task_RemindApprover", new StepCounts(0, 0, 0, 3),
                "EndEvent_Approved", new StepCounts(0, 0, 12_345, 0),
                "Unknown_Element", new StepCounts(1, 1, 1, 1));

        String svg = DiagramSvg.render(diagram, new DiagramSvg.Options("", "Goal approval", counts, "Task_ApproveGoal"));
        java.nio.file.Files.createDirectories(Path.of("target", "diagrams"));
        java.nio.file.Files.writeString(Path.of("target", "diagrams", "goal-approval-counts.svg"), svg);
        Document doc = parse(svg);

        List<Element> badges = groups(doc, "diagram-badge");
        Map<String, String> approve = new HashMap<>();
        badges.stream().filter(b -> b.getAttribute("data-step").equals("Task_ApproveGoal"))
                .forEach(b -> approve.put(b.getAttribute("class"), b.getAttribute("data-count")));
        assertThat(approve).containsExactlyInAnyOrderEntriesOf(Map.of("diagram-badge badge-active", "7",
                "diagram-badge badge-overdue", "2", "diagram-badge badge-completed", "31"));
        assertThat(badges).filteredOn(b -> b.getAttribute("data-step").equals("Task_RemindApprover"))
                .singleElement().satisfies(b -> {
                    assertThat(b.getAttribute("class")).contains("badge-failed");
                    assertThat(b.getTextContent()).contains("3 failed");
                });
        assertThat(badges).filteredOn(b -> b.getAttribute("data-step").equals("EndEvent_Approved"))
                .singleElement().satisfies(b -> assertThat(b.getTextContent()).contains("12,345 completed", "12.3k"));
        assertThat(badges).hasSize(5); // no badge for an element the diagram does not have
        assertThat(groups(doc, "selected")).singleElement()
                .satisfies(g -> assertThat(g.getAttribute("data-step")).isEqualTo("Task_ApproveGoal"));
    }

    @Test
    void namesAndLabelsAreEscaped() throws Exception {
        BpmnModelInstance model = Bpmn.createExecutableProcess("Test_Escape").startEvent("StartEvent_A")
                .name("Start <now> & \"go\"").userTask("Task_B").name("Review 'it' </text><script>x</script>")
                .endEvent("EndEvent_C").done();
        // the fluent builder writes a diagram with DI, as the modeller does
        String svg = DiagramSvg.render(ProcessDiagram.of(model),
                new DiagramSvg.Options("x-", "A <label> & \"quotes\"", Map.of("Task_B", new StepCounts(1, 0, 0, 0)), null));

        Document doc = parse(svg);
        assertThat(svg).doesNotContain("<script>");
        assertThat(doc.getDocumentElement().getAttribute("aria-label")).isEqualTo("A <label> & \"quotes\"");
        assertThat(groups(doc, "diagram-shape")).extracting(g -> g.getAttribute("data-element"))
                .containsExactlyInAnyOrder("StartEvent_A", "Task_B", "EndEvent_C");
        assertThat(doc.getElementsByTagNameNS("*", "script").getLength()).isZero(); // text, not markup
        assertThat(doc.getDocumentElement().getTextContent()).contains("<now>", "<script>");
    }

    @Test
    void compactCountsAndWrapping() {
        assertThat(DiagramSvg.compact(999)).isEqualTo("999");
        assertThat(DiagramSvg.compact(9_999)).isEqualTo("9,999");
        assertThat(DiagramSvg.compact(50_000)).isEqualTo("50.0k");
        assertThat(DiagramSvg.compact(123_456)).isEqualTo("123k");
        assertThat(DiagramSvg.compact(1_250_000)).isEqualTo("1.2M");
        assertThat(DiagramSvg.wrap("Manager: approve the goal", 90, 3)).containsExactly("Manager:", "approve the",
                "goal");
        assertThat(DiagramSvg.wrap("one two three four five six seven", 40, 2)).hasSize(2)
                .last().asString().endsWith("…");
    }

    /** Every model's names are drawn whole: none cut with an ellipsis, in its box or its label. */
    @Test
    void everyModelsNamesFitWhereTheyAreDrawn() throws Exception {
        List<String> cut = new ArrayList<>();
        try (var files = java.nio.file.Files.list(Path.of("bpmn"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
                String svg = DiagramSvg.render(ProcessDiagram.of(Bpmn.readModelFromFile(file.toFile())),
                        new DiagramSvg.Options("", "test", Map.of(), null));
                Document doc = parse(svg);
                NodeList texts = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
                for (int t = 0; t < texts.getLength(); t++) {
                    String text = texts.item(t).getTextContent();
                    if (text.contains("\u2026")) {
                        cut.add(file.getFileName() + ": " + text);
                    }
                }
            }
        }
        assertThat(cut).as("names cut short in the drawing").isEmpty();
    }
}
