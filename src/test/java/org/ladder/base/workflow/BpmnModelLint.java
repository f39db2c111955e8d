package org.ladder.base.workflow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;

/**
 * The rules a process engineer opening our models in Camunda Modeler (and an operator reading Cockpit) relies on,
 * checked on the parsed model. Each problem names the element. See {@code bpmn/README.md}.
 */
final class BpmnModelLint {

    /** A retry cycle with a back-off: two or more ISO-8601 durations, comma-separated ({@code PT10S,PT1M,PT5M}). */
    private static final Pattern BACK_OFF = Pattern.compile("P[0-9A-Z.]+(\\s*,\\s*P[0-9A-Z.]+)+");
    /** "Role: what to do" — HR reads who does what from the name. */
    private static final Pattern ROLE_NAME = Pattern.compile("[A-Z][A-Za-z ()]*: \\S.*");

    private final BpmnModelInstance model;
    private final List<String> problems = new ArrayList<>();

    private BpmnModelLint(BpmnModelInstance model) {
        this.model = model;
    }

    static List<String> check(BpmnModelInstance model) {
        BpmnModelLint lint = new BpmnModelLint(model);
        lint.run();
        return lint.problems;
    }

    private void run() {
        for (Process process : all(Process.class)) {
            if (process.isExecutable() && blank(process.getCamundaHistoryTimeToLiveString())) {
                problem(process, "process has no camunda:historyTimeToLive");
            }
        }
        for (FlowNode node : all(FlowNode.class)) {
            names(node);
            idPrefix(node);
            async(node);
            merges(node);
        }
        for (SequenceFlow flow : all(SequenceFlow.class)) {
            prefix(flow, "Flow_");
            if (hasExpression(flow.getName())) {
                problem(flow, "name is an expression: " + flow.getName());
            }
        }
        for (Lane lane : all(Lane.class)) {
            prefix(lane, "Lane_");
        }
        for (Participant participant : all(Participant.class)) {
            prefix(participant, "Participant_");
        }
        for (Message message : all(Message.class)) {
            prefix(message, "Message_");
        }
        diagram();
    }

    // --- names and ids -------------------------------------------------------------------------------------------

    private void names(FlowNode node) {
        if (node instanceof Gateway && node.getOutgoing().size() > 1) {
            for (SequenceFlow out : node.getOutgoing()) {
                if (blank(out.getName())) {
                    problem(out, "leaves the decision " + node.getId() + " without a name (yes, no, …)");
                }
            }
        }
        String name = node.getName();
        if (blank(name)) {
            problem(node, "has no name");
            return;
        }
        if (hasExpression(name)) {
            problem(node, "name is an expression: " + name);
        }
        if (node instanceof UserTask && !ROLE_NAME.matcher(name).matches()) {
            problem(node, "a user task's name says whose it is (\"Manager: approve the goal\"), not \"" + name + "\"");
        }
    }

    private void idPrefix(FlowNode node) {
        if (node instanceof SubProcess) {
            prefix(node, "SubProcess_");
        } else if (node instanceof Task || node instanceof CallActivity) {
            prefix(node, "Task_");
        } else if (node instanceof Gateway) {
            prefix(node, "Gateway_");
        } else if (node instanceof StartEvent) {
            prefix(node, "StartEvent_", "TimerStart_", "MessageStart_");
        } else if (node instanceof EndEvent) {
            prefix(node, "EndEvent_");
        } else if (node instanceof BoundaryEvent) {
            prefix(node, "Boundary_", "BoundaryEvent_", "Timer_");
        } else if (node instanceof IntermediateCatchEvent || node instanceof IntermediateThrowEvent) {
            prefix(node, "Event_", "Timer_", "Message_");
        }
    }

    private void prefix(BaseElement element, String... prefixes) {
        String id = element.getId();
        for (String p : prefixes) {
            if (id != null && id.startsWith(p) && id.length() > p.length()) {
                return;
            }
        }
        problem(element, "id is not type-prefixed (" + String.join(", ", prefixes) + "…)");
    }

    // --- asynchronous steps --------------------------------------------------------------------------------------

    private void async(FlowNode node) {
        boolean job = node.isCamundaAsyncBefore() || node.isCamundaAsyncAfter() || isTimer(node);
        if (job) {
            String cycle = retryCycle(node);
            if (cycle == null) {
                problem(node, "is an asynchronous step (a job) without camunda:failedJobRetryTimeCycle");
            } else if (!BACK_OFF.matcher(cycle).matches()) {
                problem(node, "retries without a back-off (" + cycle + "): list growing waits, e.g. PT10S,PT1M,PT5M,PT15M");
            }
        }
        if (runsCode(node) && !node.isCamundaAsyncBefore() && followsAPerson(node, new HashSet<>())) {
            problem(node, "runs right after a person's action or a message, in their transaction: set camunda:asyncBefore");
        }
    }

    private static boolean runsCode(FlowNode node) {
        return node instanceof ServiceTask || node instanceof SendTask || node instanceof ScriptTask
                || node instanceof BusinessRuleTask;
    }

    /** Whether the node is entered in the transaction of a person's click or of a correlated message. */
    private boolean followsAPerson(FlowNode node, Set<String> seen) {
        if (!seen.add(node.getId())) {
            return false;
        }
        for (SequenceFlow in : node.getIncoming()) {
            FlowNode source = in.getSource();
            if (source instanceof UserTask || source instanceof ReceiveTask || isMessageCatch(source)
                    || isPlainProcessStart(source)
                    || (source instanceof SubProcess sub && containsAPersonOrMessage(sub))
                    || (source instanceof Gateway && followsAPerson(source, seen))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPlainProcessStart(FlowNode node) {
        return node instanceof StartEvent start && start.getEventDefinitions().isEmpty()
                && start.getParentElement() instanceof Process;
    }

    private static boolean containsAPersonOrMessage(SubProcess sub) {
        for (FlowNode inner : sub.getChildElementsByType(FlowNode.class)) {
            if (inner instanceof UserTask || inner instanceof ReceiveTask || isMessageCatch(inner)
                    || (inner instanceof SubProcess nested && containsAPersonOrMessage(nested))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMessageCatch(FlowNode node) {
        return node instanceof CatchEvent catchEvent && catchEvent.getEventDefinitions().stream()
                .anyMatch(d -> d instanceof MessageEventDefinition);
    }

    private static boolean isTimer(FlowNode node) {
        if (!(node instanceof CatchEvent catchEvent)) {
            return false;
        }
        for (EventDefinition d : catchEvent.getEventDefinitions()) {
            if (d instanceof TimerEventDefinition) {
                return true;
            }
        }
        return false;
    }

    private static String retryCycle(FlowNode node) {
        ExtensionElements ext = node.getExtensionElements();
        if (ext == null) {
            return null;
        }
        return ext.getElementsQuery().filterByType(CamundaFailedJobRetryTimeCycle.class).list().stream()
                .map(c -> c.getTextContent() == null ? "" : c.getTextContent().trim()).filter(t -> !t.isEmpty())
                .findFirst().orElse(null);
    }

    private void merges(FlowNode node) {
        if ((node instanceof Activity || node instanceof EndEvent) && node.getIncoming().size() > 1) {
            problem(node, "has " + node.getIncoming().size() + " incoming flows: merge them with an exclusive gateway");
        }
    }

    // --- the diagram ---------------------------------------------------------------------------------------------

    private void diagram() {
        Map<String, BpmnShape> shapes = new HashMap<>();
        for (BpmnShape shape : all(BpmnShape.class)) {
            if (shape.getBpmnElement() != null) {
                shapes.put(shape.getBpmnElement().getId(), shape);
            }
        }
        Map<String, BpmnEdge> edges = new HashMap<>();
        for (BpmnEdge edge : all(BpmnEdge.class)) {
            if (edge.getBpmnElement() != null) {
                edges.put(edge.getBpmnElement().getId(), edge);
            }
        }
        for (FlowNode node : all(FlowNode.class)) {
            BpmnShape shape = shapes.get(node.getId());
            if (shape == null) {
                problem(node, "has no shape in the diagram");
            } else if (node instanceof Event || node instanceof Gateway) {
                // their names are drawn outside the shape: where, must be said, or the Modeler guesses
                if (!blank(node.getName()) && bounds(shape.getBpmnLabel()) == null) {
                    problem(node, "has no label bounds in the diagram");
                }
            }
        }
        for (SequenceFlow flow : all(SequenceFlow.class)) {
            BpmnEdge edge = edges.get(flow.getId());
            if (edge == null) {
                problem(flow, "has no edge in the diagram");
            } else if (!blank(flow.getName()) && bounds(edge.getBpmnLabel()) == null) {
                problem(flow, "has no label bounds in the diagram");
            }
        }
        for (Participant participant : all(Participant.class)) {
            if (!shapes.containsKey(participant.getId())) {
                problem(participant, "has no shape in the diagram");
            }
        }
        for (Lane lane : all(Lane.class)) {
            if (!shapes.containsKey(lane.getId())) {
                problem(lane, "has no shape in the diagram");
            }
        }
        overlappingLabels(shapes, edges);
        labelsCrossedByFlows(shapes, edges);
        crossingFlows(edges);
    }

    /** No flow runs through a label (a flow's own label sits beside it, and may touch it). */
    private void labelsCrossedByFlows(Map<String, BpmnShape> shapes, Map<String, BpmnEdge> edges) {
        Map<String, Bounds> labels = labels(shapes, edges);
        labels.forEach((id, label) -> edges.forEach((flowId, edge) -> {
            if (!flowId.equals(id) && runsThrough(new ArrayList<>(edge.getWaypoints()), label)) {
                problems.add(id + ": its label is crossed by the flow " + flowId);
            }
        }));
    }

    /** The label bounds of every shape and edge that has them, by element id. */
    private static Map<String, Bounds> labels(Map<String, BpmnShape> shapes, Map<String, BpmnEdge> edges) {
        Map<String, Bounds> labels = new LinkedHashMap<>();
        shapes.forEach((id, shape) -> {
            Bounds b = bounds(shape.getBpmnLabel());
            if (b != null) {
                labels.put(id, b);
            }
        });
        edges.forEach((id, edge) -> {
            Bounds b = bounds(edge.getBpmnLabel());
            if (b != null) {
                labels.put(id, b);
            }
        });
        return labels;
    }

    private static boolean runsThrough(List<Waypoint> points, Bounds r) {
        for (int i = 0; i + 1 < points.size(); i++) {
            Waypoint a = points.get(i);
            Waypoint b = points.get(i + 1);
            // sample the segment: flows here are short straight pieces, labels at least 14 px high
            int steps = (int) Math.max(1, Math.ceil(Math.hypot(b.getX() - a.getX(), b.getY() - a.getY()) / 2));
            for (int k = 0; k <= steps; k++) {
                double x = a.getX() + (b.getX() - a.getX()) * k / steps;
                double y = a.getY() + (b.getY() - a.getY()) * k / steps;
                if (x > r.getX() && x < r.getX() + r.getWidth() && y > r.getY() && y < r.getY() + r.getHeight()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** No label lies on another label or on a task, event or gateway (other than its own). */
    private void overlappingLabels(Map<String, BpmnShape> shapes, Map<String, BpmnEdge> edges) {
        Map<String, Bounds> labels = labels(shapes, edges);
        List<String> ids = new ArrayList<>(labels.keySet());
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                if (overlap(labels.get(ids.get(i)), labels.get(ids.get(j)))) {
                    problems.add(ids.get(i) + ": its label overlaps the label of " + ids.get(j));
                }
            }
            for (Map.Entry<String, BpmnShape> shape : shapes.entrySet()) {
                BaseElement element = shape.getValue().getBpmnElement();
                boolean container = element instanceof SubProcess || element instanceof Participant
                        || element instanceof Lane;
                if (!container && !shape.getKey().equals(ids.get(i))
                        && overlap(labels.get(ids.get(i)), shape.getValue().getBounds())) {
                    problems.add(ids.get(i) + ": its label lies on " + shape.getKey());
                }
            }
        }
    }

    /** No two flows cross (touching where they meet at a gateway is fine). */
    private void crossingFlows(Map<String, BpmnEdge> edges) {
        List<String> ids = new ArrayList<>(edges.keySet());
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                if (cross(edges.get(ids.get(i)).getWaypoints(), edges.get(ids.get(j)).getWaypoints())) {
                    problems.add(ids.get(i) + ": crosses the flow " + ids.get(j));
                }
            }
        }
    }

    private static boolean cross(Collection<Waypoint> a, Collection<Waypoint> b) {
        List<Waypoint> p = new ArrayList<>(a);
        List<Waypoint> q = new ArrayList<>(b);
        for (int i = 0; i + 1 < p.size(); i++) {
            for (int j = 0; j + 1 < q.size(); j++) {
                if (properCrossing(p.get(i), p.get(i + 1), q.get(j), q.get(j + 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether two segments cross at a point inside both (not at an end of either). */
    private static boolean properCrossing(Waypoint a1, Waypoint a2, Waypoint b1, Waypoint b2) {
        double d1 = side(b1, b2, a1);
        double d2 = side(b1, b2, a2);
        double d3 = side(a1, a2, b1);
        double d4 = side(a1, a2, b2);
        return d1 * d2 < 0 && d3 * d4 < 0;
    }

    private static double side(Waypoint o, Waypoint a, Waypoint b) {
        return (a.getX() - o.getX()) * (b.getY() - o.getY()) - (a.getY() - o.getY()) * (b.getX() - o.getX());
    }

    private static boolean overlap(Bounds a, Bounds b) {
        return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
                && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
    }

    private static Bounds bounds(BpmnLabel label) {
        return label == null ? null : label.getBounds();
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private <T extends org.camunda.bpm.model.xml.instance.ModelElementInstance> Collection<T> all(Class<T> type) {
        return model.getModelElementsByType(type);
    }

    private void problem(BaseElement element, String what) {
        problems.add(element.getId() + ": " + what);
    }

    private static boolean hasExpression(String name) {
        return name != null && (name.contains("${") || name.contains("#{"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
