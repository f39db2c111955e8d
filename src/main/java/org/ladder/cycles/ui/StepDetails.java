package org.ladder.cycles.ui;

import java.util.List;
import java.util.function.Consumer;

import org.ladder.base.text.Plural;
import org.ladder.base.ui.Formats;
import org.ladder.base.ui.Toasts;
import org.ladder.cycles.CycleStepItem;
import org.ladder.cycles.CycleSteps;
import org.ladder.cycles.CycleStepsEngine.Model;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;
import org.ladder.tasks.RemindedRecentlyException;
import org.ladder.tasks.TaskAlreadyCompletedException;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The items of a cycle page's list of tasks (a step's, a person's or a unit's): whose, what, who has it, when it is
 * due, overdue or failed, and the “Remind” and “Reassign” actions where the viewer may take them. Shared by the
 * step panel and the drill-down.
 */
final class TaskActions {

    private TaskActions() {
    }

    /** The actions of one item, or an empty span when there are none. */
    static Component actions(CycleStepItem item, CycleSteps steps, PeopleService people, long cycleId,
            Runnable afterChange) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        actions.getStyle().set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
        if (!item.isTask() || !item.maySupervise()) {
            return actions;
        }
        Button remind = new Button("Remind");
        remind.setId("cycle-remind-" + item.taskId());
        remind.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        remind.getElement().setAttribute("aria-label", "Remind about " + item.taskName() + " of " + item.whose());
        remind.setDisableOnClick(true);
        remind.addClickListener(e -> {
            act(() -> {
                try {
                    int n = steps.remind(cycleId, item.taskId());
                    Toasts.success(n == 0 ? "Nobody could be reminded: the task has nobody to act on it."
                            : "Reminded " + Plural.count(n, "person", "people") + ".");
                } catch (RemindedRecentlyException recent) {
                    String by = people.findByUsername(recent.remindedBy()).map(PersonSummary::displayName)
                            .orElse(recent.remindedBy());
                    Toasts.error("Not sent: " + by + " reminded about this task at "
                            + Formats.dateTime(recent.remindedAt()) + ". A task gets one reminder every " + Formats.duration(
                                    java.time.Duration.between(recent.remindedAt(), recent.nextAt()))
                            + "; the next can go from " + Formats.dateTime(recent.nextAt()) + ".").setId("cycle-remind-limited");
                }
            }, afterChange);
            remind.setEnabled(true);
        });
        Button reassign = new Button("Reassign");
        reassign.setId("cycle-reassign-" + item.taskId());
        reassign.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        reassign.getElement().setAttribute("aria-label", "Reassign " + item.taskName() + " of " + item.whose());
        reassign.addClickListener(e -> {
            ReassignDialog[] dialog = new ReassignDialog[1];
            dialog[0] = new ReassignDialog(people, item.taskName(), item.assigneeName(), personId -> act(() -> {
                steps.reassign(cycleId, item.taskId(), personId);
                dialog[0].close();
                Toasts.success("Task reassigned.");
            }, afterChange));
            dialog[0].open();
        });
        actions.add(remind, reassign);
        return actions;
    }

    private static void act(Runnable action, Runnable afterChange) {
        try {
            action.run();
        } catch (TaskAlreadyCompletedException e) {
            Toasts.error("This task is no longer open: it was completed or withdrawn meanwhile.");
        } catch (AccessDeniedException e) {
            Toasts.error(e.getMessage());
        } catch (IllegalArgumentException e) {
            Toasts.error(e.getMessage());
        }
        afterChange.run();
    }

    /** The state of an item as a short badge text: overdue, failed, or the due date. */
    static Component state(CycleStepItem item) {
        Span s = new Span();
        if (item.incident() != null) {
            s.setText("Failed: " + item.incident());
            s.addClassName("ladder-form-error");
        } else if (item.overdue()) {
            s.setText("Overdue since " + Formats.date(item.due()));
            s.addClassName("ladder-form-error");
        } else if (item.due() != null) {
            s.setText("Due " + Formats.date(item.due()));
        } else {
            s.setText(item.isTask() ? "Open" : "Waiting");
        }
        return s;
    }

    /** A grid of items (tasks or instances) with their actions. */
    static Grid<CycleStepItem> grid(String id, String label, CycleSteps steps, PeopleService people, long cycleId,
            Runnable afterChange) {
        Grid<CycleStepItem> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(CycleStepItem::whose).setHeader("Whose").setFlexGrow(2).setKey("whose");
        grid.addColumn(i -> i.isTask() ? i.taskName() : "—").setHeader("Task").setFlexGrow(2).setKey("task");
        grid.addColumn(i -> i.assigneeName() == null ? (i.isTask() ? "Offered to a group" : "—") : i.assigneeName())
                .setHeader("With").setFlexGrow(2).setKey("with");
        grid.addComponentColumn(TaskActions::state).setHeader("State").setFlexGrow(2).setKey("state");
        grid.addComponentColumn(i -> actions(i, steps, people, cycleId, afterChange)).setHeader("Actions")
                .setFlexGrow(2).setKey("actions");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        grid.getElement().setAttribute("aria-label", label);
        return grid;
    }
}

/**
 * A selected step of one of the cycle's diagrams: what is there now, a page at a time — its open tasks (with
 * “Remind” and “Reassign”) or else the instances waiting there, failed ones with their error.
 */
class StepDetails extends Div {

    private final CycleSteps steps;
    private final PeopleService people;
    private final long cycleId;
    private final H3 title = new H3();
    private final Paragraph summary = new Paragraph();
    final Grid<CycleStepItem> grid;
    final Button previous = new Button("Previous");
    final Button next = new Button("Next");
    private final Span where = new Span();
    private Model model;
    private String elementId;
    private String stepName;
    private int offset;
    private Consumer<Void> onChange = v -> { };

    StepDetails(CycleSteps steps, PeopleService people, long cycleId) {
        this.steps = steps;
        this.people = people;
        this.cycleId = cycleId;
        setId("cycle-step-details");
        addClassName("ladder-card");
        setWidthFull();
        title.setId("cycle-step-title");
        summary.setId("cycle-step-summary");
        grid = TaskActions.grid("cycle-step-items", "What is at the selected step", steps, people, cycleId,
                this::changed);
        previous.setId("cycle-step-previous");
        next.setId("cycle-step-next");
        previous.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        previous.addClickListener(e -> {
            offset = Math.max(0, offset - CycleSteps.PAGE_SIZE);
            refresh();
        });
        next.addClickListener(e -> {
            offset += CycleSteps.PAGE_SIZE;
            refresh();
        });
        HorizontalLayout pager = new HorizontalLayout(previous, where, next);
        pager.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
        add(title, summary, grid, pager);
        setVisible(false);
    }

    /** Called after an action changed something (the page re-reads its counts). */
    void onChange(Runnable listener) {
        this.onChange = v -> listener.run();
    }

    /** Shows what is at this step (null: hides the panel). */
    void show(Model model, String elementId, String stepName) {
        this.model = model;
        this.elementId = elementId;
        this.stepName = stepName;
        this.offset = 0;
        refresh();
    }

    void refresh() {
        if (model == null || elementId == null) {
            setVisible(false);
            return;
        }
        setVisible(true);
        CycleSteps.Page page = steps.at(cycleId, model, elementId, offset, CycleSteps.PAGE_SIZE);
        if (page.items().isEmpty() && offset > 0) {
            offset = 0;
            page = steps.at(cycleId, model, elementId, 0, CycleSteps.PAGE_SIZE);
        }
        title.setText("At “" + stepName + "”");
        List<CycleStepItem> items = page.items();
        boolean tasks = items.stream().anyMatch(CycleStepItem::isTask);
        summary.setText(page.total() == 0 ? "Nothing is at this step now."
                : Plural.count(page.total(), tasks ? "open task" : "instance", tasks ? "open tasks" : "instances")
                        + " at this step now.");
        grid.setItems(items);
        grid.setVisible(!items.isEmpty());
        previous.setEnabled(offset > 0);
        next.setEnabled(offset + CycleSteps.PAGE_SIZE < page.total());
        where.setText(page.total() == 0 ? "" : (offset + 1) + "–" + Math.min(page.total(), offset + items.size())
                + " of " + page.total());
        previous.setVisible(page.total() > CycleSteps.PAGE_SIZE);
        next.setVisible(page.total() > CycleSteps.PAGE_SIZE);
        where.setVisible(page.total() > CycleSteps.PAGE_SIZE);
    }

    private void changed() {
        refresh();
        onChange.accept(null);
    }
}
