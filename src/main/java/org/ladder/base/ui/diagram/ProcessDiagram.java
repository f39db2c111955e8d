package org.ladder.base.ui.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.Association;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.CancelEventDefinition;
import org.camunda.bpm.model.bpmn.instance.CompensateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ComplexGateway;
import org.camunda.bpm.model.bpmn.instance.ConditionalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.DataObjectReference;
import org.camunda.bpm.model.bpmn.instance.DataStoreReference;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EscalationEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.LinkEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ManualTask;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.MessageFlow;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SignalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.TerminateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.TextAnnotation;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;

/**
 * A BPMN model's own diagram (its BPMN DI: the shapes and edges Camunda Modeler placed), read into plain records a
 * renderer draws: what each shape is, where it is, its name and label position; each edge's waypoints. Nothing is
 * laid out here; a model without diagram data has no shapes.
 *
 * @param shapes in document order (pools and lanes first, then as the modeller wrote them)
 * @param edges  sequence flows, message flows and associations
 */
public record ProcessDiagram(List<Shape> shapes, List<Edge> edges) {

    /** What a shape is, as far as drawing it goes. */
    public enum Kind {
        POOL, LANE, TASK, CALL_ACTIVITY, SUB_PROCESS, START_EVENT, END_EVENT, INTERMEDIATE_EVENT, BOUNDARY_EVENT,
        GATEWAY, DATA, ANNOTATION, OTHER;

        /** Whether instances pass through it, so that it carries counts and can be selected. */
        public boolean isStep() {
            return switch (this) {
                case TASK, CALL_ACTIVITY, SUB_PROCESS, START_EVENT, END_EVENT, INTERMEDIATE_EVENT, BOUNDARY_EVENT,
                        GATEWAY -> true;
                default -> false;
            };
        }
    }

    /** The marker inside a shape: an event's trigger, a gateway's type or a task's type. */
    public enum Marker {
        NONE, TIMER, MESSAGE, SIGNAL, ERROR, ESCALATION, CONDITIONAL, TERMINATE, LINK, COMPENSATE, CANCEL,
        EXCLUSIVE, PARALLEL, INCLUSIVE, EVENT_BASED, COMPLEX,
        USER, SERVICE, SEND, RECEIVE, SCRIPT, BUSINESS_RULE, MANUAL
    }

    /** An axis-aligned rectangle in diagram coordinates. */
    public record Box(double x, double y, double width, double height) {

        public double maxX() {
            return x + width;
        }

        public double maxY() {
            return y + height;
        }

        public double centerX() {
            return x + width / 2;
        }

        public double centerY() {
            return y + height / 2;
        }
    }

    public record Point(double x, double y) {
    }

    /**
     * One shape of the diagram.
     *
     * @param elementId        the BPMN element's id (the activity id the engine counts by)
     * @param name             the element's name, or empty
     * @param throwing         an event that throws (end and intermediate throw events: filled markers)
     * @param interrupting     false for a non-interrupting start or boundary event (dashed outline)
     * @param expanded         a sub-process or pool drawn open, with its content inside
     * @param multiInstance    null, or true when sequential, false when parallel
     * @param label            where the modeller put the external label, or null (then inside or below)
     */
    public record Shape(String elementId, Kind kind, Marker marker, String name, Box bounds, Box label,
            boolean throwing, boolean interrupting, boolean expanded, Boolean multiInstance,
            boolean eventSubProcess, boolean markerVisible) {
    }

    /** The kinds of edge. */
    public enum EdgeKind { SEQUENCE_FLOW, MESSAGE_FLOW, ASSOCIATION }

    /** One edge: its waypoints in order, its name and label position (or null), and for flows the default mark. */
    public record Edge(String elementId, EdgeKind kind, String name, List<Point> waypoints, Box label,
            boolean isDefault, boolean conditional) {
    }

    public ProcessDiagram {
        shapes = List.copyOf(shapes);
        edges = List.copyOf(edges);
    }

    /** The diagram of a model (its first BPMN diagram's plane, which Camunda Modeler writes). */
    public static ProcessDiagram of(BpmnModelInstance model) {
        Objects.requireNonNull(model, "model");
        List<Shape> containers = new ArrayList<>();
        List<Shape> shapes = new ArrayList<>();
        for (BpmnShape di : model.getModelElementsByType(BpmnShape.class)) {
            BaseElement element = di.getBpmnElement();
            if (element == null || di.getBounds() == null) {
                continue;
            }
            Shape shape = shape(element, di);
            (shape.kind() == Kind.POOL || shape.kind() == Kind.LANE ? containers : shapes).add(shape);
        }
        containers.addAll(shapes);
        List<Edge> edges = new ArrayList<>();
        for (BpmnEdge di : model.getModelElementsByType(BpmnEdge.class)) {
            BaseElement element = di.getBpmnElement();
            if (element == null || di.getWaypoints().size() < 2) {
                continue;
            }
            edges.add(edge(element, di));
        }
        return new ProcessDiagram(containers, edges);
    }

    /** The rectangle holding every shape and edge (the origin when empty). */
    public Box extent() {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Shape s : shapes) {
            for (Box b : s.label() == null ? List.of(s.bounds()) : List.of(s.bounds(), s.label())) {
                minX = Math.min(minX, b.x());
                minY = Math.min(minY, b.y());
                maxX = Math.max(maxX, b.maxX());
                maxY = Math.max(maxY, b.maxY());
            }
        }
        for (Edge e : edges) {
            for (Point p : e.waypoints()) {
                minX = Math.min(minX, p.x());
                minY = Math.min(minY, p.y());
                maxX = Math.max(maxX, p.x());
                maxY = Math.max(maxY, p.y());
            }
        }
        if (minX == Double.MAX_VALUE) {
            return new Box(0, 0, 0, 0);
        }
        return new Box(minX, minY, maxX - minX, maxY - minY);
    }

    /** The shapes instances pass through ({@link Kind#isStep()}), in document order. */
    public List<Shape> steps() {
        return shapes.stream().filter(s -> s.kind().isStep()).toList();
    }

    private static Shape shape(BaseElement element, BpmnShape di) {
        Box bounds = box(di.getBounds());
        BpmnLabel labelDi = di.getBpmnLabel();
        Box label = labelDi == null || labelDi.getBounds() == null ? null : box(labelDi.getBounds());
        String name = name(element);
        boolean expanded = Boolean.TRUE.equals(di.isExpanded());
        Boolean multi = null;
        if (element instanceof Activity activity
                && activity.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics mi) {
            multi = mi.isSequential();
        }
        Kind kind;
        Marker marker = Marker.NONE;
        boolean throwing = false;
        boolean interrupting = true;
        boolean eventSub = false;
        if (element instanceof Participant) {
            kind = Kind.POOL;
            expanded = true;
        } else if (element instanceof Lane) {
            kind = Kind.LANE;
        } else if (element instanceof SubProcess sub) {
            kind = Kind.SUB_PROCESS;
            eventSub = sub.triggeredByEvent();
        } else if (element instanceof CallActivity) {
            kind = Kind.CALL_ACTIVITY;
        } else if (element instanceof Task) {
            kind = Kind.TASK;
            marker = taskMarker(element);
        } else if (element instanceof BoundaryEvent boundary) {
            kind = Kind.BOUNDARY_EVENT;
            interrupting = boundary.cancelActivity();
            marker = eventMarker(boundary);
        } else if (element instanceof StartEvent start) {
            kind = Kind.START_EVENT;
            interrupting = start.isInterrupting();
            marker = eventMarker(start);
        } else if (element instanceof EndEvent end) {
            kind = Kind.END_EVENT;
            throwing = true;
            marker = eventMarker(end);
        } else if (element instanceof Event event) {
            kind = Kind.INTERMEDIATE_EVENT;
            throwing = event instanceof IntermediateThrowEvent;
            marker = eventMarker(event);
        } else if (element instanceof Gateway) {
            kind = Kind.GATEWAY;
            marker = gatewayMarker(element);
        } else if (element instanceof DataObjectReference || element instanceof DataStoreReference) {
            kind = Kind.DATA;
        } else if (element instanceof TextAnnotation) {
            kind = Kind.ANNOTATION;
        } else {
            kind = Kind.OTHER;
        }
        boolean markerVisible = !(element instanceof ExclusiveGateway) || Boolean.TRUE.equals(di.isMarkerVisible());
        return new Shape(element.getId(), kind, marker, name, bounds, label, throwing, interrupting, expanded, multi,
                eventSub, markerVisible);
    }

    private static Edge edge(BaseElement element, BpmnEdge di) {
        List<Point> points = new ArrayList<>();
        for (Waypoint w : di.getWaypoints()) {
            points.add(new Point(w.getX(), w.getY()));
        }
        BpmnLabel labelDi = di.getBpmnLabel();
        Box label = labelDi == null || labelDi.getBounds() == null ? null : box(labelDi.getBounds());
        EdgeKind kind = element instanceof MessageFlow ? EdgeKind.MESSAGE_FLOW
                : element instanceof Association ? EdgeKind.ASSOCIATION : EdgeKind.SEQUENCE_FLOW;
        boolean isDefault = false;
        boolean conditional = false;
        if (element instanceof SequenceFlow flow) {
            FlowElement source = flow.getSource();
            isDefault = source instanceof ExclusiveGateway g && flow.equals(g.getDefault())
                    || source instanceof InclusiveGateway i && flow.equals(i.getDefault())
                    || source instanceof Activity a && flow.equals(a.getDefault());
            conditional = flow.getConditionExpression() != null && source instanceof Activity;
        }
        return new Edge(element.getId(), kind, name(element), points, label, isDefault, conditional);
    }

    private static Marker taskMarker(BaseElement element) {
        if (element instanceof UserTask) {
            return Marker.USER;
        }
        if (element instanceof ServiceTask) {
            return Marker.SERVICE;
        }
        if (element instanceof SendTask) {
            return Marker.SEND;
        }
        if (element instanceof ReceiveTask) {
            return Marker.RECEIVE;
        }
        if (element instanceof ScriptTask) {
            return Marker.SCRIPT;
        }
        if (element instanceof BusinessRuleTask) {
            return Marker.BUSINESS_RULE;
        }
        if (element instanceof ManualTask) {
            return Marker.MANUAL;
        }
        return Marker.NONE;
    }

    private static Marker gatewayMarker(BaseElement element) {
        if (element instanceof ParallelGateway) {
            return Marker.PARALLEL;
        }
        if (element instanceof InclusiveGateway) {
            return Marker.INCLUSIVE;
        }
        if (element instanceof EventBasedGateway) {
            return Marker.EVENT_BASED;
        }
        if (element instanceof ComplexGateway) {
            return Marker.COMPLEX;
        }
        return Marker.EXCLUSIVE;
    }

    private static Marker eventMarker(Event event) {
        Collection<EventDefinition> definitions = event.getChildElementsByType(EventDefinition.class);
        if (definitions.isEmpty()) {
            return Marker.NONE;
        }
        EventDefinition d = definitions.iterator().next();
        if (d instanceof TimerEventDefinition) {
            return Marker.TIMER;
        }
        if (d instanceof MessageEventDefinition) {
            return Marker.MESSAGE;
        }
        if (d instanceof SignalEventDefinition) {
            return Marker.SIGNAL;
        }
        if (d instanceof ErrorEventDefinition) {
            return Marker.ERROR;
        }
        if (d instanceof EscalationEventDefinition) {
            return Marker.ESCALATION;
        }
        if (d instanceof ConditionalEventDefinition) {
            return Marker.CONDITIONAL;
        }
        if (d instanceof TerminateEventDefinition) {
            return Marker.TERMINATE;
        }
        if (d instanceof LinkEventDefinition) {
            return Marker.LINK;
        }
        if (d instanceof CompensateEventDefinition) {
            return Marker.COMPENSATE;
        }
        if (d instanceof CancelEventDefinition) {
            return Marker.CANCEL;
        }
        return Marker.NONE;
    }

    private static String name(BaseElement element) {
        String name = element instanceof TextAnnotation t && t.getText() != null ? t.getText().getTextContent()
                : element.getAttributeValue("name");
        return name == null ? "" : name.strip().replaceAll("\\s+", " ");
    }

    private static Box box(Bounds b) {
        return new Box(b.getX(), b.getY(), b.getWidth(), b.getHeight());
    }
}
