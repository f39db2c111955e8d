package org.ladder.base.ui.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.ladder.base.ui.diagram.ProcessDiagram.Shape;
import org.ladder.base.workflow.StepCounts;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.shared.Registration;

/**
 * A process diagram on a page (ADR 0028): the model's own diagram drawn on the server as SVG ({@link DiagramSvg}),
 * scrolling sideways inside its frame on a narrow screen, with the count badges on each step, a legend, and the
 * same steps as a list of buttons with their counts — the drawing's text alternative and the keyboard's way to
 * select a step. Clicking a shape or one of its badges selects the step as well. {@link #show} redraws it with new
 * counts (for live updates).
 */
public class DiagramPanel extends Div {

    /** The event data expression that names the clicked step (empty when the click was not on a step). */
    static final String CLICKED_STEP = "(event.target && event.target.closest && event.target.closest('[data-step]'))"
            + " ? event.target.closest('[data-step]').getAttribute('data-step') : ''";

    private final ProcessDiagram diagram;
    private final String idPrefix;
    private final String label;
    final Div drawing = new Div();
    private final UnorderedList stepList = new UnorderedList();
    private final List<Consumer<String>> listeners = new ArrayList<>();
    private Map<String, StepCounts> counts = Map.of();
    private String selected;
    private String svg = "";

    /**
     * @param diagram  the model's diagram ({@link ProcessDiagram#of})
     * @param idPrefix a prefix for the drawing's element ids, unique on the page (letters, digits, dashes)
     * @param label    what the diagram is, e.g. “Alignment cycle: steps and counts”
     */
    public DiagramPanel(ProcessDiagram diagram, String idPrefix, String label) {
        this.diagram = Objects.requireNonNull(diagram, "diagram");
        this.idPrefix = Objects.requireNonNull(idPrefix, "idPrefix");
        this.label = Objects.requireNonNull(label, "label");
        addClassName("ladder-diagram");
        setWidthFull();
        Div frame = new Div();
        frame.addClassName("ladder-diagram-frame");
        frame.getElement().setAttribute("tabindex", "0");
        frame.getElement().setAttribute("role", "region");
        frame.getElement().setAttribute("aria-label", label + " (scrolls sideways)");
        drawing.addClassName("ladder-diagram-canvas");
        drawing.getElement().addEventListener("click", e -> {
            String step = e.getEventData().getString(CLICKED_STEP);
            if (step != null && !step.isEmpty()) {
                select(step);
            }
        }).addEventData(CLICKED_STEP);
        frame.add(drawing);
        Div legend = new Div(swatch("active", "Active", DiagramSvg.ACTIVE_COLOUR),
                swatch("overdue", "Overdue", DiagramSvg.OVERDUE_COLOUR),
                swatch("completed", "Completed", DiagramSvg.COMPLETED_COLOUR),
                swatch("failed", "Failed (incidents)", DiagramSvg.FAILED_COLOUR));
        legend.addClassName("ladder-diagram-legend");
        stepList.addClassName("ladder-diagram-steps");
        stepList.getElement().setAttribute("aria-label", label + ": the steps and their counts");
        add(frame, legend, stepList);
        redraw();
    }

    /** Redraws the badges and the list with these counts (per element id). */
    public void show(Map<String, StepCounts> counts) {
        this.counts = counts == null ? Map.of() : Map.copyOf(counts);
        redraw();
    }

    /** Selects a step (outlined in the drawing, pressed in the list) and tells the listeners; null clears it. */
    public void select(String elementId) {
        if (elementId != null && diagram.steps().stream().noneMatch(s -> s.elementId().equals(elementId))) {
            return; // not a step of this diagram (a forged event)
        }
        selected = elementId;
        redraw();
        listeners.forEach(l -> l.accept(elementId));
    }

    public Optional<String> selected() {
        return Optional.ofNullable(selected);
    }

    public Registration addStepSelectedListener(Consumer<String> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** The SVG document currently shown. */
    public String svg() {
        return svg;
    }

    public ProcessDiagram diagram() {
        return diagram;
    }

    /** The counts of a step as words: “3 active, 1 overdue, 12 completed, no failures”. */
    public static String describe(StepCounts c) {
        StepCounts counts = c == null ? StepCounts.NONE : c;
        return String.format(Locale.ENGLISH, "%,d active, %,d overdue, %,d completed, %,d failed", counts.active(),
                counts.overdue(), counts.completed(), counts.failed());
    }

    /** A step's name as the list shows it (its id when it has no name). */
    public static String stepName(Shape s) {
        return s.name().isEmpty() ? s.elementId() : s.name();
    }

    private void redraw() {
        svg = DiagramSvg.render(diagram, new DiagramSvg.Options(idPrefix, label, counts, selected));
        drawing.getElement().setProperty("innerHTML", svg); // not parsed on the server: the browser reads the SVG
        stepList.removeAll();
        for (Shape s : diagram.steps()) {
            StepCounts c = counts.getOrDefault(s.elementId(), StepCounts.NONE);
            if (s.name().isEmpty() && c.isEmpty()) {
                continue; // an unnamed gateway nobody passed: noise in the list
            }
            Button step = new Button(stepName(s));
            step.setId(idPrefix + "step-" + s.elementId());
            step.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            step.getElement().setAttribute("aria-pressed", String.valueOf(s.elementId().equals(selected)));
            step.addClickListener(e -> select(s.elementId()));
            Span figures = new Span(describe(c));
            figures.addClassName("ladder-diagram-step-counts");
            ListItem item = new ListItem(step, figures);
            if (s.elementId().equals(selected)) {
                item.addClassName("selected");
            }
            stepList.add(item);
        }
    }

    private static Span swatch(String kind, String words, String colour) {
        Span dot = new Span();
        dot.addClassName("ladder-diagram-swatch");
        dot.getStyle().set("background", colour);
        Span item = new Span(dot, new Span(words));
        item.addClassName("ladder-diagram-legend-" + kind);
        return item;
    }
}
