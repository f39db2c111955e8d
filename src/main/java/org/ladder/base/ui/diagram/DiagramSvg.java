package org.ladder.base.ui.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.ladder.base.ui.diagram.ProcessDiagram.Box;
import org.ladder.base.ui.diagram.ProcessDiagram.Edge;
import org.ladder.base.ui.diagram.ProcessDiagram.EdgeKind;
import org.ladder.base.ui.diagram.ProcessDiagram.Kind;
import org.ladder.base.ui.diagram.ProcessDiagram.Marker;
import org.ladder.base.ui.diagram.ProcessDiagram.Point;
import org.ladder.base.ui.diagram.ProcessDiagram.Shape;
import org.ladder.base.workflow.StepCounts;

/**
 * Draws a {@link ProcessDiagram} as an SVG document, on the server (ADR 0028): tasks as rounded rectangles with
 * their type's marker, events as circles with their trigger (timer, message, signal…), gateways as diamonds,
 * sequence flows with arrowheads, message flows dashed, pools and lanes with their names, sub-processes open or
 * closed; and on every step the badges of its {@link StepCounts} (active, overdue, completed, failed). Every text is
 * escaped. Each shape is a group with the id {@code prefix + elementId} and {@code data-element}; a step (a shape
 * instances pass through) also carries {@code data-step}, and so do its badges, which the page listens to for
 * clicks. The drawing has {@code role="img"} and a label: the page lists the same steps with their counts, which is
 * the text alternative and the keyboard's way in.
 */
public final class DiagramSvg {

    /** The badge colours, white text on each (contrast at least 4.5:1, WCAG AA). */
    public static final String ACTIVE_COLOUR = "#1a5fb4";
    public static final String OVERDUE_COLOUR = "#9c4400";
    public static final String COMPLETED_COLOUR = "#26734d";
    public static final String FAILED_COLOUR = "#b3261e";
    static final String INK = "#1f1f1f";
    static final String SELECTED = "#1a5fb4";
    private static final double PAD = 24;
    private static final double FONT = 12;
    private static final double LINE = 14;
    private static final double CHAR = 6.3;
    /** The smallest size a name is drawn at before it is cut (px; the diagram's own is {@link #FONT}). */
    private static final double SMALLEST_FONT = 10;

    /**
     * What to draw.
     *
     * @param idPrefix  put before every element id, so that two drawings on a page keep their ids apart
     * @param label     the drawing's accessible name (its text alternative is the page's list of steps)
     * @param counts    per element id; steps without an entry get no badges
     * @param selected  the selected step's element id (drawn with a thick outline), or null
     */
    public record Options(String idPrefix, String label, Map<String, StepCounts> counts, String selected) {

        public Options {
            idPrefix = idPrefix == null ? "" : idPrefix;
            label = label == null ? "Process diagram" : label;
            counts = counts == null ? Map.of() : Map.copyOf(counts);
        }
    }

    private final ProcessDiagram diagram;
    private final Options options;
    private final StringBuilder out = new StringBuilder(16_384);

    private DiagramSvg(ProcessDiagram diagram, Options options) {
        this.diagram = Objects.requireNonNull(diagram, "diagram");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** The SVG document (an {@code <svg>} element with its namespace) of the diagram. */
    public static String render(ProcessDiagram diagram, Options options) {
        return new DiagramSvg(diagram, options).render();
    }

    private String render() {
        Box extent = diagram.extent();
        double x0 = extent.x() - PAD;
        double y0 = extent.y() - PAD;
        double width = extent.width() + 2 * PAD;
        double height = extent.height() + 2 * PAD;
        String p = options.idPrefix();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"ladder-diagram-svg\" role=\"img\" aria-label=\"")
                .append(escape(options.label())).append("\" viewBox=\"").append(n(x0)).append(' ').append(n(y0))
                .append(' ').append(n(width)).append(' ').append(n(height)).append("\" width=\"").append(n(width))
                .append("\" height=\"").append(n(height)).append("\" font-family=\"system-ui, -apple-system, ")
                .append("'Segoe UI', Roboto, Helvetica, Arial, sans-serif\" font-size=\"").append(n(FONT))
                .append("\">");
        out.append("<defs>")
                .append("<marker id=\"").append(p).append("arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" ")
                .append("markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\">")
                .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"").append(INK).append("\"/></marker>")
                .append("<marker id=\"").append(p).append("open-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" ")
                .append("markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\">")
                .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#ffffff\" stroke=\"").append(INK).append("\"/></marker>")
                .append("<marker id=\"").append(p).append("circle\" viewBox=\"0 0 10 10\" refX=\"5\" refY=\"5\" ")
                .append("markerWidth=\"7\" markerHeight=\"7\">")
                .append("<circle cx=\"5\" cy=\"5\" r=\"4\" fill=\"#ffffff\" stroke=\"").append(INK)
                .append("\"/></marker>")
                .append("<marker id=\"").append(p).append("diamond\" viewBox=\"0 0 12 12\" refX=\"1\" refY=\"6\" ")
                .append("markerWidth=\"10\" markerHeight=\"10\" orient=\"auto\">")
                .append("<path d=\"M1,6 L6,2 L11,6 L6,10 z\" fill=\"#ffffff\" stroke=\"").append(INK)
                .append("\"/></marker>")
                .append("</defs>");
        out.append("<rect x=\"").append(n(x0)).append("\" y=\"").append(n(y0)).append("\" width=\"").append(n(width))
                .append("\" height=\"").append(n(height)).append("\" fill=\"#ffffff\"/>");
        List<Shape> containers = new ArrayList<>();
        List<Shape> open = new ArrayList<>();
        List<Shape> nodes = new ArrayList<>();
        List<Shape> boundaries = new ArrayList<>();
        for (Shape s : diagram.shapes()) {
            if (s.kind() == Kind.POOL || s.kind() == Kind.LANE) {
                containers.add(s);
            } else if (s.kind() == Kind.SUB_PROCESS && s.expanded()) {
                open.add(s);
            } else if (s.kind() == Kind.BOUNDARY_EVENT) {
                boundaries.add(s);
            } else {
                nodes.add(s);
            }
        }
        open.sort((a, b) -> Double.compare(b.bounds().width() * b.bounds().height(),
                a.bounds().width() * a.bounds().height()));
        containers.forEach(this::shape);
        open.forEach(this::shape);
        diagram.edges().forEach(this::edge);
        nodes.forEach(this::shape);
        boundaries.forEach(this::shape);
        for (Shape s : diagram.shapes()) {
            StepCounts c = options.counts().get(s.elementId());
            if (s.kind().isStep() && c != null && !c.isEmpty()) {
                badges(s, c);
            }
        }
        out.append("</svg>");
        return out.toString();
    }

    // --- shapes ---

    private void shape(Shape s) {
        boolean selected = s.kind().isStep() && s.elementId().equals(options.selected());
        out.append("<g id=\"").append(escape(options.idPrefix() + s.elementId())).append("\" class=\"diagram-shape kind-")
                .append(s.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .append(selected ? " selected" : "").append("\" data-element=\"").append(escape(s.elementId()))
                .append('"');
        if (s.kind().isStep()) {
            out.append(" data-step=\"").append(escape(s.elementId())).append("\" cursor=\"pointer\"");
        }
        out.append('>');
        if (!s.name().isEmpty() && s.kind().isStep()) {
            out.append("<title>").append(escape(s.name())).append("</title>");
        }
        String stroke = selected ? SELECTED : INK;
        double width = selected ? 3 : 1.5;
        Box b = s.bounds();
        switch (s.kind()) {
            case POOL, LANE -> container(s);
            case TASK, CALL_ACTIVITY, SUB_PROCESS -> activity(s, stroke, selected ? 3.5 : width);
            case START_EVENT, END_EVENT, INTERMEDIATE_EVENT, BOUNDARY_EVENT -> event(s, stroke, selected);
            case GATEWAY -> gateway(s, stroke, selected ? 3 : 1.5);
            case DATA -> {
                double fold = Math.min(10, b.width() / 3);
                out.append("<path d=\"M").append(n(b.x())).append(',').append(n(b.y())).append(" L")
                        .append(n(b.maxX() - fold)).append(',').append(n(b.y())).append(" L").append(n(b.maxX()))
                        .append(',').append(n(b.y() + fold)).append(" L").append(n(b.maxX())).append(',')
                        .append(n(b.maxY())).append(" L").append(n(b.x())).append(',').append(n(b.maxY()))
                        .append(" z\" fill=\"#ffffff\" stroke=\"").append(INK).append("\"/>");
                externalLabel(s);
            }
            case ANNOTATION -> {
                out.append("<path d=\"M").append(n(b.x() + 10)).append(',').append(n(b.y())).append(" L")
                        .append(n(b.x())).append(',').append(n(b.y())).append(" L").append(n(b.x())).append(',')
                        .append(n(b.maxY())).append(" L").append(n(b.x() + 10)).append(',').append(n(b.maxY()))
                        .append("\" fill=\"none\" stroke=\"").append(INK).append("\"/>");
                text(s.name(), b.x() + 5, b.y() + 4, b.width() - 8, b.height() - 4, false);
            }
            case OTHER -> out.append("<rect x=\"").append(n(b.x())).append("\" y=\"").append(n(b.y()))
                    .append("\" width=\"").append(n(b.width())).append("\" height=\"").append(n(b.height()))
                    .append("\" fill=\"none\" stroke=\"").append(INK).append("\" stroke-dasharray=\"4 3\"/>");
        }
        out.append("</g>");
    }

    private void container(Shape s) {
        Box b = s.bounds();
        double band = 30;
        out.append("<rect x=\"").append(n(b.x())).append("\" y=\"").append(n(b.y())).append("\" width=\"")
                .append(n(b.width())).append("\" height=\"").append(n(b.height()))
                .append("\" fill=\"none\" stroke=\"").append(INK).append("\" stroke-width=\"1.5\"/>");
        if (s.name().isEmpty()) {
            return;
        }
        out.append("<line x1=\"").append(n(b.x() + band)).append("\" y1=\"").append(n(b.y())).append("\" x2=\"")
                .append(n(b.x() + band)).append("\" y2=\"").append(n(b.maxY())).append("\" stroke=\"").append(INK)
                .append("\" stroke-width=\"1.5\"/>");
        double cx = b.x() + band / 2;
        double cy = b.centerY();
        List<String> lines = wrap(s.name(), b.height() - 10, 2);
        out.append("<text fill=\"").append(INK).append("\" text-anchor=\"middle\" transform=\"rotate(-90 ")
                .append(n(cx)).append(' ').append(n(cy)).append(")\">");
        double first = cy - (lines.size() - 1) * LINE / 2 + 4;
        for (int i = 0; i < lines.size(); i++) {
            out.append("<tspan x=\"").append(n(cx)).append("\" y=\"").append(n(first + i * LINE)).append("\">")
                    .append(escape(lines.get(i))).append("</tspan>");
        }
        out.append("</text>");
    }

    private void activity(Shape s, String stroke, double width) {
        Box b = s.bounds();
        boolean openSub = s.kind() == Kind.SUB_PROCESS && s.expanded();
        double strokeWidth = s.kind() == Kind.CALL_ACTIVITY ? Math.max(width, 4) : width;
        out.append("<rect x=\"").append(n(b.x())).append("\" y=\"").append(n(b.y())).append("\" width=\"")
                .append(n(b.width())).append("\" height=\"").append(n(b.height())).append("\" rx=\"10\" ry=\"10\" fill=\"")
                .append(openSub ? "#fafafa" : "#ffffff").append("\" fill-opacity=\"").append(openSub ? "0.6" : "1")
                .append("\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(n(strokeWidth)).append('"');
        if (s.eventSubProcess()) {
            out.append(" stroke-dasharray=\"2 3\"");
        }
        out.append("/>");
        if (openSub) {
            text(s.name(), b.x() + 8, b.y() + 6, b.width() - 16, LINE * 2 + 2, false);
        } else {
            taskMarker(s.marker(), b.x() + 6, b.y() + 6);
            double top = s.marker() == Marker.NONE ? b.y() + 4 : b.y() + 18;
            text(s.name(), b.x() + 5, top, b.width() - 10, b.maxY() - top - 14, true);
            if (s.kind() == Kind.SUB_PROCESS) {
                double cx = b.centerX();
                double y = b.maxY() - 16;
                out.append("<rect x=\"").append(n(cx - 7)).append("\" y=\"").append(n(y)).append("\" width=\"14\" ")
                        .append("height=\"14\" fill=\"none\" stroke=\"").append(INK).append("\"/><path d=\"M")
                        .append(n(cx - 4)).append(',').append(n(y + 7)).append(" H").append(n(cx + 4)).append(" M")
                        .append(n(cx)).append(',').append(n(y + 3)).append(" V").append(n(y + 11))
                        .append("\" stroke=\"").append(INK).append("\" stroke-width=\"1.5\"/>");
            }
        }
        if (s.multiInstance() != null) {
            double cx = b.centerX() + (s.kind() == Kind.SUB_PROCESS && !s.expanded() ? 14 : 0);
            double y = b.maxY() - 16;
            StringBuilder d = new StringBuilder();
            for (int i = 0; i < 3; i++) {
                if (s.multiInstance()) {
                    d.append("M").append(n(cx - 6)).append(',').append(n(y + 2 + i * 4)).append(" H").append(n(cx + 6))
                            .append(' ');
                } else {
                    d.append("M").append(n(cx - 4 + i * 4)).append(',').append(n(y + 1)).append(" V")
                            .append(n(y + 13)).append(' ');
                }
            }
            out.append("<path d=\"").append(d.toString().trim()).append("\" stroke=\"").append(INK)
                    .append("\" stroke-width=\"2\"/>");
        }
    }

    private void taskMarker(Marker marker, double x, double y) {
        String ink = INK;
        switch (marker) {
            case USER -> out.append("<circle cx=\"").append(n(x + 7)).append("\" cy=\"").append(n(y + 4))
                    .append("\" r=\"3.5\" fill=\"none\" stroke=\"").append(ink).append("\"/><path d=\"M")
                    .append(n(x)).append(',').append(n(y + 14)).append(" C").append(n(x)).append(',').append(n(y + 8))
                    .append(' ').append(n(x + 14)).append(',').append(n(y + 8)).append(' ').append(n(x + 14))
                    .append(',').append(n(y + 14)).append(" z\" fill=\"none\" stroke=\"").append(ink).append("\"/>");
            case SERVICE -> {
                out.append("<circle cx=\"").append(n(x + 7)).append("\" cy=\"").append(n(y + 7))
                        .append("\" r=\"5\" fill=\"none\" stroke=\"").append(ink).append("\" stroke-width=\"2.5\" ")
                        .append("stroke-dasharray=\"2.6 1.3\"/><circle cx=\"").append(n(x + 7)).append("\" cy=\"")
                        .append(n(y + 7)).append("\" r=\"2\" fill=\"none\" stroke=\"").append(ink).append("\"/>");
            }
            case SEND, RECEIVE -> envelope(x, y + 2, 15, 10, marker == Marker.SEND);
            case SCRIPT -> out.append("<path d=\"M").append(n(x + 3)).append(',').append(n(y)).append(" H")
                    .append(n(x + 14)).append(" C").append(n(x + 10)).append(',').append(n(y + 5)).append(' ')
                    .append(n(x + 15)).append(',').append(n(y + 9)).append(' ').append(n(x + 11)).append(',')
                    .append(n(y + 14)).append(" H").append(n(x)).append(" C").append(n(x + 4)).append(',')
                    .append(n(y + 9)).append(' ').append(n(x - 1)).append(',').append(n(y + 5)).append(' ')
                    .append(n(x + 3)).append(',').append(n(y)).append(" z\" fill=\"none\" stroke=\"").append(ink)
                    .append("\"/>");
            case BUSINESS_RULE -> out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y + 1))
                    .append("\" width=\"15\" height=\"11\" fill=\"none\" stroke=\"").append(ink).append("\"/><path d=\"M")
                    .append(n(x)).append(',').append(n(y + 4.5)).append(" H").append(n(x + 15)).append(" M")
                    .append(n(x + 5)).append(',').append(n(y + 4.5)).append(" V").append(n(y + 12))
                    .append("\" stroke=\"").append(ink).append("\"/>");
            case MANUAL -> out.append("<path d=\"M").append(n(x)).append(',').append(n(y + 6)).append(" H")
                    .append(n(x + 13)).append(" M").append(n(x)).append(',').append(n(y + 9)).append(" H")
                    .append(n(x + 12)).append(" M").append(n(x)).append(',').append(n(y + 12)).append(" H")
                    .append(n(x + 10)).append("\" stroke=\"").append(ink).append("\"/>");
            default -> {
            }
        }
    }

    private void event(Shape s, String stroke, boolean selected) {
        Box b = s.bounds();
        double cx = b.centerX();
        double cy = b.centerY();
        double r = Math.min(b.width(), b.height()) / 2;
        String dash = s.interrupting() ? "" : " stroke-dasharray=\"5 3\"";
        double w = switch (s.kind()) {
            case START_EVENT -> 2;
            case END_EVENT -> 4;
            default -> 1.5;
        };
        if (selected) {
            w += 1.5;
        }
        out.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
                .append("\" fill=\"#ffffff\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(n(w))
                .append('"').append(dash).append("/>");
        if (s.kind() == Kind.INTERMEDIATE_EVENT || s.kind() == Kind.BOUNDARY_EVENT) {
            out.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"")
                    .append(n(r - 3)).append("\" fill=\"none\" stroke=\"").append(stroke).append("\" stroke-width=\"1.5\"")
                    .append(dash).append("/>");
        }
        eventMarker(s.marker(), cx, cy, r, s.throwing());
        externalLabel(s);
    }

    private void eventMarker(Marker marker, double cx, double cy, double r, boolean filled) {
        String fill = filled ? INK : "#ffffff";
        switch (marker) {
            case TIMER -> {
                double rr = r * 0.62;
                out.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"")
                        .append(n(rr)).append("\" fill=\"#ffffff\" stroke=\"").append(INK).append("\" stroke-width=\"1.5\"/>");
                StringBuilder ticks = new StringBuilder();
                for (int i = 0; i < 12; i++) {
                    double a = Math.PI * 2 * i / 12;
                    ticks.append("M").append(n(cx + Math.sin(a) * rr * 0.8)).append(',')
                            .append(n(cy - Math.cos(a) * rr * 0.8)).append(" L").append(n(cx + Math.sin(a) * rr))
                            .append(',').append(n(cy - Math.cos(a) * rr)).append(' ');
                }
                out.append("<path d=\"").append(ticks.toString().trim()).append(" M").append(n(cx)).append(',')
                        .append(n(cy)).append(" L").append(n(cx)).append(',').append(n(cy - rr * 0.7)).append(" M")
                        .append(n(cx)).append(',').append(n(cy)).append(" L").append(n(cx + rr * 0.5)).append(',')
                        .append(n(cy)).append("\" stroke=\"").append(INK).append("\" fill=\"none\"/>");
            }
            case MESSAGE -> envelope(cx - r * 0.55, cy - r * 0.38, r * 1.1, r * 0.76, filled);
            case SIGNAL -> out.append("<path d=\"M").append(n(cx)).append(',').append(n(cy - r * 0.55)).append(" L")
                    .append(n(cx + r * 0.5)).append(',').append(n(cy + r * 0.35)).append(" L").append(n(cx - r * 0.5))
                    .append(',').append(n(cy + r * 0.35)).append(" z\" fill=\"").append(fill).append("\" stroke=\"")
                    .append(INK).append("\"/>");
            case ERROR -> out.append("<path d=\"M").append(n(cx - r * 0.5)).append(',').append(n(cy + r * 0.45))
                    .append(" L").append(n(cx - r * 0.2)).append(',').append(n(cy - r * 0.45)).append(" L")
                    .append(n(cx + r * 0.15)).append(',').append(n(cy + r * 0.1)).append(" L").append(n(cx + r * 0.5))
                    .append(',').append(n(cy - r * 0.45)).append(" L").append(n(cx + r * 0.2)).append(',')
                    .append(n(cy + r * 0.45)).append(" L").append(n(cx - r * 0.15)).append(',').append(n(cy - r * 0.1))
                    .append(" z\" fill=\"").append(fill).append("\" stroke=\"").append(INK).append("\"/>");
            case ESCALATION -> out.append("<path d=\"M").append(n(cx)).append(',').append(n(cy - r * 0.55))
                    .append(" L").append(n(cx + r * 0.4)).append(',').append(n(cy + r * 0.45)).append(" L")
                    .append(n(cx)).append(',').append(n(cy + r * 0.1)).append(" L").append(n(cx - r * 0.4)).append(',')
                    .append(n(cy + r * 0.45)).append(" z\" fill=\"").append(fill).append("\" stroke=\"").append(INK)
                    .append("\"/>");
            case CONDITIONAL -> {
                double x = cx - r * 0.4;
                double y = cy - r * 0.5;
                out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"")
                        .append(n(r * 0.8)).append("\" height=\"").append(n(r)).append("\" fill=\"#ffffff\" stroke=\"")
                        .append(INK).append("\"/><path d=\"");
                for (int i = 1; i <= 4; i++) {
                    out.append("M").append(n(x + 2)).append(',').append(n(y + i * r / 5)).append(" H")
                            .append(n(x + r * 0.8 - 2)).append(' ');
                }
                out.append("\" stroke=\"").append(INK).append("\"/>");
            }
            case TERMINATE -> out.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy))
                    .append("\" r=\"").append(n(r * 0.6)).append("\" fill=\"").append(INK).append("\"/>");
            case LINK -> out.append("<path d=\"M").append(n(cx - r * 0.5)).append(',').append(n(cy - r * 0.2))
                    .append(" H").append(n(cx + r * 0.1)).append(" V").append(n(cy - r * 0.45)).append(" L")
                    .append(n(cx + r * 0.55)).append(',').append(n(cy)).append(" L").append(n(cx + r * 0.1))
                    .append(',').append(n(cy + r * 0.45)).append(" V").append(n(cy + r * 0.2)).append(" H")
                    .append(n(cx - r * 0.5)).append(" z\" fill=\"").append(fill).append("\" stroke=\"").append(INK)
                    .append("\"/>");
            case COMPENSATE -> out.append("<path d=\"M").append(n(cx - r * 0.55)).append(',').append(n(cy))
                    .append(" L").append(n(cx)).append(',').append(n(cy - r * 0.35)).append(" V").append(n(cy + r * 0.35))
                    .append(" z M").append(n(cx)).append(',').append(n(cy)).append(" L").append(n(cx + r * 0.55))
                    .append(',').append(n(cy - r * 0.35)).append(" V").append(n(cy + r * 0.35)).append(" z\" fill=\"")
                    .append(fill).append("\" stroke=\"").append(INK).append("\"/>");
            case CANCEL -> out.append("<path d=\"M").append(n(cx - r * 0.4)).append(',').append(n(cy - r * 0.4))
                    .append(" L").append(n(cx + r * 0.4)).append(',').append(n(cy + r * 0.4)).append(" M")
                    .append(n(cx + r * 0.4)).append(',').append(n(cy - r * 0.4)).append(" L").append(n(cx - r * 0.4))
                    .append(',').append(n(cy + r * 0.4)).append("\" stroke=\"").append(INK)
                    .append("\" stroke-width=\"3\"/>");
            default -> {
            }
        }
    }

    private void envelope(double x, double y, double w, double h, boolean filled) {
        out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append("\" fill=\"").append(filled ? INK : "#ffffff")
                .append("\" stroke=\"").append(INK).append("\"/><path d=\"M").append(n(x)).append(',').append(n(y))
                .append(" L").append(n(x + w / 2)).append(',').append(n(y + h * 0.55)).append(" L").append(n(x + w))
                .append(',').append(n(y)).append("\" fill=\"none\" stroke=\"").append(filled ? "#ffffff" : INK)
                .append("\"/>");
    }

    private void gateway(Shape s, String stroke, double width) {
        Box b = s.bounds();
        double cx = b.centerX();
        double cy = b.centerY();
        out.append("<path d=\"M").append(n(cx)).append(',').append(n(b.y())).append(" L").append(n(b.maxX()))
                .append(',').append(n(cy)).append(" L").append(n(cx)).append(',').append(n(b.maxY())).append(" L")
                .append(n(b.x())).append(',').append(n(cy)).append(" z\" fill=\"#ffffff\" stroke=\"").append(stroke)
                .append("\" stroke-width=\"").append(n(width)).append("\"/>");
        double m = b.width() * 0.2;
        switch (s.marker()) {
            case EXCLUSIVE -> {
                if (s.markerVisible()) {
                    out.append("<path d=\"M").append(n(cx - m * 0.8)).append(',').append(n(cy - m)).append(" L")
                            .append(n(cx + m * 0.8)).append(',').append(n(cy + m)).append(" M").append(n(cx + m * 0.8))
                            .append(',').append(n(cy - m)).append(" L").append(n(cx - m * 0.8)).append(',')
                            .append(n(cy + m)).append("\" stroke=\"").append(INK).append("\" stroke-width=\"3.5\"/>");
                }
            }
            case PARALLEL, COMPLEX -> {
                out.append("<path d=\"M").append(n(cx)).append(',').append(n(cy - m * 1.2)).append(" V")
                        .append(n(cy + m * 1.2)).append(" M").append(n(cx - m * 1.2)).append(',').append(n(cy))
                        .append(" H").append(n(cx + m * 1.2));
                if (s.marker() == Marker.COMPLEX) {
                    out.append(" M").append(n(cx - m * 0.85)).append(',').append(n(cy - m * 0.85)).append(" L")
                            .append(n(cx + m * 0.85)).append(',').append(n(cy + m * 0.85)).append(" M")
                            .append(n(cx + m * 0.85)).append(',').append(n(cy - m * 0.85)).append(" L")
                            .append(n(cx - m * 0.85)).append(',').append(n(cy + m * 0.85));
                }
                out.append("\" stroke=\"").append(INK).append("\" stroke-width=\"3.5\"/>");
            }
            case INCLUSIVE -> out.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy))
                    .append("\" r=\"").append(n(m * 1.1)).append("\" fill=\"none\" stroke=\"").append(INK)
                    .append("\" stroke-width=\"2.5\"/>");
            case EVENT_BASED -> {
                out.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"")
                        .append(n(m * 1.3)).append("\" fill=\"none\" stroke=\"").append(INK).append("\"/><path d=\"");
                for (int i = 0; i < 5; i++) {
                    double a = -Math.PI / 2 + i * 2 * Math.PI / 5;
                    out.append(i == 0 ? "M" : " L").append(n(cx + Math.cos(a) * m * 0.8)).append(',')
                            .append(n(cy + Math.sin(a) * m * 0.8));
                }
                out.append(" z\" fill=\"none\" stroke=\"").append(INK).append("\"/>");
            }
            default -> {
            }
        }
        externalLabel(s);
    }

    /** An event's, gateway's or data object's name where the modeller put it, or else centred below the shape. */
    private void externalLabel(Shape s) {
        if (s.name().isEmpty()) {
            return;
        }
        Box l = s.label();
        if (l == null) {
            Box b = s.bounds();
            double w = Math.max(90, b.width());
            text(s.name(), b.centerX() - w / 2, b.maxY() + 4, w, LINE * 3, true);
        } else {
            double w = Math.max(l.width(), 90);
            text(s.name(), l.centerX() - w / 2, l.y(), w, Math.max(l.height(), LINE) + LINE * 2, true);
        }
    }

    // --- edges ---

    private void edge(Edge e) {
        String p = options.idPrefix();
        out.append("<g id=\"").append(escape(p + e.elementId())).append("\" class=\"diagram-edge kind-")
                .append(e.kind().name().toLowerCase(Locale.ROOT).replace('_', '-')).append("\" data-element=\"")
                .append(escape(e.elementId())).append("\"><polyline points=\"");
        for (int i = 0; i < e.waypoints().size(); i++) {
            Point pt = e.waypoints().get(i);
            out.append(i == 0 ? "" : " ").append(n(pt.x())).append(',').append(n(pt.y()));
        }
        out.append("\" fill=\"none\" stroke=\"").append(INK).append('"');
        switch (e.kind()) {
            case SEQUENCE_FLOW -> {
                out.append(" stroke-width=\"1.5\" marker-end=\"url(#").append(p).append("arrow)\"");
                if (e.conditional()) {
                    out.append(" marker-start=\"url(#").append(p).append("diamond)\"");
                }
            }
            case MESSAGE_FLOW -> out.append(" stroke-width=\"1.5\" stroke-dasharray=\"6 4\" marker-start=\"url(#")
                    .append(p).append("circle)\" marker-end=\"url(#").append(p).append("open-arrow)\"");
            case ASSOCIATION -> out.append(" stroke-dasharray=\"2 3\"");
        }
        out.append("/>");
        if (e.isDefault() && e.kind() == EdgeKind.SEQUENCE_FLOW) {
            Point a = e.waypoints().get(0);
            Point b = e.waypoints().get(1);
            double len = Math.hypot(b.x() - a.x(), b.y() - a.y());
            if (len > 0) {
                double ux = (b.x() - a.x()) / len;
                double uy = (b.y() - a.y()) / len;
                double mx = a.x() + ux * 10;
                double my = a.y() + uy * 10;
                double px = -uy;
                double py = ux;
                out.append("<line x1=\"").append(n(mx + (px - ux) * 5)).append("\" y1=\"")
                        .append(n(my + (py - uy) * 5)).append("\" x2=\"").append(n(mx - (px - ux) * 5))
                        .append("\" y2=\"").append(n(my - (py - uy) * 5)).append("\" stroke=\"").append(INK)
                        .append("\" stroke-width=\"1.5\"/>");
            }
        }
        if (!e.name().isEmpty()) {
            Box l = e.label();
            if (l == null) {
                Point a = e.waypoints().get(0);
                Point b = e.waypoints().get(1);
                l = new Box((a.x() + b.x()) / 2 - 40, (a.y() + b.y()) / 2 - LINE - 2, 80, LINE);
            }
            double w = Math.max(l.width(), 70);
            text(e.name(), l.centerX() - w / 2, l.y(), w, Math.max(l.height(), LINE) + LINE, true);
        }
        out.append("</g>");
    }

    // --- badges ---

    private void badges(Shape s, StepCounts c) {
        Box b = s.bounds();
        boolean activity = s.kind() == Kind.TASK || s.kind() == Kind.CALL_ACTIVITY || s.kind() == Kind.SUB_PROCESS;
        double x = activity ? b.x() - 4 : b.x() - 6;
        double y = activity ? b.maxY() - 9 : b.y() - 12;
        x = badge(s, "active", ACTIVE_COLOUR, c.active(), "active", x, y);
        x = badge(s, "overdue", OVERDUE_COLOUR, c.overdue(), "overdue", x, y);
        x = badge(s, "completed", COMPLETED_COLOUR, c.completed(), "completed", x, y);
        badge(s, "failed", FAILED_COLOUR, c.failed(), "failed (incidents)", x, y);
    }

    private double badge(Shape s, String kind, String colour, long count, String words, double x, double y) {
        if (count == 0) {
            return x;
        }
        String text = compact(count);
        double w = 10 + text.length() * 7;
        out.append("<g class=\"diagram-badge badge-").append(kind).append("\" data-step=\"").append(escape(s.elementId()))
                .append("\" data-count=\"").append(count).append("\" cursor=\"pointer\"><title>")
                .append(escape(String.format(Locale.ENGLISH, "%,d %s", count, words)))
                .append("</title><rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"")
                .append(n(w)).append("\" height=\"18\" rx=\"9\" ry=\"9\" fill=\"").append(colour)
                .append("\"/><text x=\"").append(n(x + w / 2)).append("\" y=\"").append(n(y + 13))
                .append("\" text-anchor=\"middle\" font-size=\"11\" font-weight=\"700\" fill=\"#ffffff\">")
                .append(escape(text)).append("</text></g>");
        return x + w + 3;
    }

    /** A count as short as a badge needs: 999, 1,234, 12.3k, 123k, 1.2M. */
    static String compact(long count) {
        if (count < 10_000) {
            return String.format(Locale.ENGLISH, "%,d", count);
        }
        if (count < 100_000) {
            return String.format(Locale.ENGLISH, "%.1fk", Math.floor(count / 100.0) / 10);
        }
        if (count < 1_000_000) {
            return (count / 1000) + "k";
        }
        return String.format(Locale.ENGLISH, "%.1fM", Math.floor(count / 100_000.0) / 10);
    }

    // --- text ---

    /**
     * Wrapped lines of text in a box; centred when {@code centred}. A name that does not fit at the diagram's font
     * size is drawn smaller (down to {@link #SMALLEST_FONT}) rather than cut; only then is the last line cut with an
     * ellipsis.
     */
    private void text(String text, double x, double y, double width, double height, boolean centred) {
        if (text == null || text.isEmpty()) {
            return;
        }
        double size = FONT;
        List<String> lines;
        while (true) {
            double scale = size / FONT;
            int maxLines = Math.max(1, (int) Math.floor((height + 2) / (LINE * scale)));
            lines = wrap(text, width, maxLines, CHAR * scale);
            if (size <= SMALLEST_FONT || !lines.get(lines.size() - 1).endsWith("…")) {
                break;
            }
            size -= 1;
        }
        double line = LINE * size / FONT;
        // the first line where it is at the diagram's size, below a task's marker, whatever the size
        double cx = centred ? x + width / 2 : x;
        out.append("<text fill=\"").append(INK).append('"').append(centred ? " text-anchor=\"middle\"" : "");
        if (size != FONT) {
            out.append(" font-size=\"").append(n(size)).append('"');
        }
        out.append('>');
        for (int i = 0; i < lines.size(); i++) {
            out.append("<tspan x=\"").append(n(cx)).append("\" y=\"").append(n(y + FONT + i * line)).append("\">")
                    .append(escape(lines.get(i))).append("</tspan>");
        }
        out.append("</text>");
    }

    /** Greedy word wrap by an average character width; a word longer than a line is cut. */
    static List<String> wrap(String text, double width, int maxLines) {
        return wrap(text, width, maxLines, CHAR);
    }

    private static List<String> wrap(String text, double width, int maxLines, double charWidth) {
        int perLine = Math.max(4, (int) Math.floor(width / charWidth));
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            while (word.length() > perLine) {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, perLine - 1) + "-");
                word = word.substring(perLine - 1);
            }
            if (line.isEmpty()) {
                line.append(word);
            } else if (line.length() + 1 + word.length() <= perLine) {
                line.append(' ').append(word);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        if (lines.size() > maxLines) {
            List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
            String last = cut.get(maxLines - 1);
            cut.set(maxLines - 1, (last.length() >= perLine ? last.substring(0, perLine - 1) : last) + "…");
            return cut;
        }
        return lines;
    }

    /** Text for an SVG text node or a quoted attribute. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        b.append(' ');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static String n(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
