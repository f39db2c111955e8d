package org.ladder.goals.ui;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.ladder.base.ConcurrentEditException;
import org.ladder.base.ValidationException;
import org.ladder.base.ui.Formats;
import org.ladder.base.ui.Toasts;
import org.ladder.goals.ChangeProgress;
import org.ladder.goals.GoalActions;
import org.ladder.goals.GoalDetails;
import org.ladder.goals.GoalLevel;
import org.ladder.goals.GoalLimits;
import org.ladder.goals.GoalQueries;
import org.ladder.goals.GoalRef;
import org.ladder.goals.GoalPlanning;
import org.ladder.goals.GoalStatus;
import org.ladder.goals.KeyResultView;
import org.ladder.tasks.AcknowledgementService;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * One goal: what it is, whose, what it ladders up to, its key results, the goals below it, who contributes, its
 * history and — for its editors and HR — how far the people below acknowledged its changes. The actions depend on
 * its state and on whether the caller may change it. Goals the caller may not see end in "page not found".
 */
@Route("goal/:id([0-9]+)")
@PermitAll
class GoalPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE_SIZE = 25;

    private final transient GoalQueries queries;
    private final transient GoalPlanning goals;
    private final transient AcknowledgementService acknowledgements;
    private String title = "Goal";
    GoalDetails goal;
    final HorizontalLayout actions = new HorizontalLayout();

    GoalPage(GoalQueries queries, GoalPlanning goals, AcknowledgementService acknowledgements) {
        this.queries = queries;
        this.goals = goals;
        this.acknowledgements = acknowledgements;
        setId("goal-page");
        addClassName("ladder-goal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        try {
            show(queries.goal(id));
        } catch (AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
        }
    }

    void reload() {
        show(queries.goal(goal.id()));
    }

    private void show(GoalDetails g) {
        removeAll();
        goal = g;
        title = g.title();

        queries.myGoalChanges().stream().filter(n -> n.goalId() == g.id())
                .forEach(n -> add(new GoalChangeBanner(n, acknowledgements, this::reload)));

        H2 heading = new H2(g.title());
        heading.setId("goal-title");
        heading.addClassName("ladder-goal-heading");
        Span status = GoalBadges.status(g.status(), g.approval());
        status.setId("goal-status");
        Div markers = GoalBadges.markers(g.isOrphan(), g.justification() != null, g.atRisk(), g.visibility());
        markers.setId("goal-markers");
        HorizontalLayout head = new HorizontalLayout(heading, status, markers);
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        head.setWrap(true);
        add(head);

        if (g.isReturned() && g.returnComment() != null) {
            Div returned = new Div(new H3("Returned for changes"), new Paragraph(g.returnComment()));
            returned.setId("goal-return-comment");
            returned.addClassName("ladder-callout");
            add(returned);
        }
        if (g.description() != null && !g.description().isBlank()) {
            Paragraph d = new Paragraph(g.description());
            d.setId("goal-description");
            d.addClassName("ladder-goal-description");
            add(d);
        }

        Div facts = new Div();
        facts.addClassName("ladder-facts");
        facts.add(Facts.fact("Level", g.level().label(), "goal-level"));
        facts.add(Facts.fact("Owner", g.ownerName(), "goal-owner"));
        facts.add(Facts.fact("Period", Formats.period(g.periodStart(), g.periodEnd()), "goal-period"));
        facts.add(Facts.fact("Visible to", g.visibility().label(), "goal-visibility"));
        if (g.level() == GoalLevel.COMPANY) {
            facts.add(Facts.fact("Pillar", g.pillar(), "goal-pillar"));
        } else {
            facts.add(Facts.fact("Ladders up to", parent(g), "goal-parent"));
        }
        facts.add(Facts.fact("Progress", ProgressMeter.of(g.progress()), "goal-progress"));
        if (!g.contributesTo().isEmpty()) {
            Div to = new Div();
            g.contributesTo().forEach(r -> to.add(new Div(GoalLinks.link(r))));
            facts.add(Facts.fact("Also contributes to", to, "goal-contributes-to"));
        }
        add(facts);

        actions.removeAll();
        actions.setId("goal-actions");
        actions.setWrap(true);
        addActions(g);
        if (actions.getComponentCount() > 0) {
            add(actions);
        }

        add(new H3("Key results"), GoalPageSections.keyResults(g));

        long children = queries.countChildGoals(g.id());
        add(new H3("Goals below it (" + children + ")"));
        if (children == 0) {
            Paragraph none = new Paragraph("No goal ladders up to this one yet.");
            none.setId("goal-no-children");
            none.addClassName("ladder-hint");
            add(none);
        } else {
            add(childrenGrid(g.id(), children));
        }

        List<GoalRef> contributors = queries.contributors(g.id());
        if (!contributors.isEmpty()) {
            add(new H3("Contributing goals"), GoalPageSections.refList(contributors, "goal-contributors"));
        }

        List<ChangeProgress> progress = queries.changeProgress(g.id());
        if (!progress.isEmpty()) {
            add(new H3("Acknowledgement of its changes"), GoalPageSections.changeProgress(progress));
        }

        add(new H3("History"), GoalPageSections.history(queries.revisions(g.id())));
    }

    private Component parent(GoalDetails g) {
        if (g.parent() != null) {
            Div p = new Div(GoalLinks.link(g.parent()));
            Span meta = new Span(GoalLabels.meta(g.parent().level(), g.parent().ownerName()));
            meta.addClassName("ladder-hint");
            p.add(meta);
            p.addClassName("ladder-goal-parent");
            return p;
        }
        Div orphan = new Div();
        orphan.add(GoalBadges.marker(g.justification() != null ? "Orphan · justified" : "Orphan",
                g.justification() != null ? "justified" : "orphan", null));
        if (g.justification() != null) {
            Span why = new Span(" " + g.justification());
            why.setId("goal-justification");
            orphan.add(why);
        } else {
            orphan.add(new Span(" Aligned to nothing."));
        }
        return orphan;
    }

    private void addActions(GoalDetails g) {
        Button inTree = new Button("Show in the tree", VaadinIcon.FILE_TREE.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(AlignmentView.class,
                        com.vaadin.flow.router.QueryParameters.of("goal", String.valueOf(g.id())))));
        inTree.setId("goal-show-in-tree");
        inTree.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        actions.add(inTree);
        if (g.status() == GoalStatus.ACTIVE && g.level() != GoalLevel.PERSONAL) {
            Button below = new Button("Align a goal of mine to this", VaadinIcon.LEVEL_UP.create(),
                    e -> getUI().ifPresent(ui -> GoalLinks.navigateToNewBelow(ui, GoalLevel.PERSONAL, g.id())));
            below.setId("goal-new-below");
            actions.add(below);
            if (queries.mayCreate(GoalLevel.UNIT)) {
                Button unitBelow = new Button("Add a unit goal below", VaadinIcon.SITEMAP.create(),
                        e -> getUI().ifPresent(ui -> GoalLinks.navigateToNewBelow(ui, GoalLevel.UNIT, g.id())));
                unitBelow.setId("goal-new-unit-below");
                actions.add(unitBelow);
            }
        }
        GoalActions may = g.actions();
        if (may.edit()) {
            Button edit = new Button("Edit", VaadinIcon.EDIT.create(), e -> navigate(GoalLinks.editPath(g.id())));
            edit.setId("goal-edit");
            actions.add(edit);
        }
        if (may.submit()) {
            Button submit = new Button("Submit for approval", VaadinIcon.PAPERPLANE.create(),
                    e -> act(() -> goals.submit(g.id(), g.version()), d -> d.awaitsApproval()
                            ? "Sent to your manager for approval." : "Your goal is active."));
            submit.setId("goal-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(submit);
        }
        if (may.activate()) {
            Button activate = new Button("Activate", VaadinIcon.PLAY.create(),
                    e -> act(() -> goals.activate(g.id(), g.version()), d -> "The goal is active: others can now "
                            + "align to it."));
            activate.setId("goal-activate");
            activate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(activate);
        }
        if (may.updateProgress()) {
            Button update = new Button("Update progress", VaadinIcon.TRENDING_UP.create(), e -> progressDialog(g));
            update.setId("goal-update-progress");
            actions.add(update);
        }
        if (may.achieve()) {
            Button achieve = new Button("Mark achieved", VaadinIcon.CHECK.create(),
                    e -> reasonDialog("Mark “" + g.title() + "” achieved", "What was achieved? (optional)", false,
                            "Mark achieved", reason -> goals.achieve(g.id(), g.version(), reason),
                            "Congratulations: the goal is achieved."));
            achieve.setId("goal-achieve");
            achieve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            actions.add(achieve);
        }
        if (may.abandon()) {
            Button abandon = new Button("Abandon…", VaadinIcon.BAN.create(),
                    e -> reasonDialog("Abandon “" + g.title() + "”", "Why is it abandoned?", true, "Abandon",
                            reason -> goals.abandon(g.id(), g.version(), reason),
                            "The goal was abandoned. The people below it are told."));
            abandon.setId("goal-abandon");
            abandon.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(abandon);
        }
    }

    private void navigate(String location) {
        getUI().ifPresent(ui -> ui.navigate(location));
    }

    private void act(java.util.function.Supplier<GoalDetails> action, Function<GoalDetails, String> success) {
        try {
            GoalDetails d = action.get();
            Toasts.success(success.apply(d));
            show(queries.goal(d.id()));
        } catch (ValidationException e) {
            Toasts.error(String.join(" ", e.fieldErrors().values()));
        } catch (ConcurrentEditException e) {
            ConcurrentEditNotice.show(e, "goal-conflict", this::reload);
        }
    }

    /** Dialog with a reason; abandoning requires one (checked here and by the service). */
    void reasonDialog(String heading, String label, boolean required, String confirm,
            Function<String, GoalDetails> action, String success) {
        Dialog dialog = new Dialog();
        dialog.setId("goal-reason-dialog");
        dialog.setHeaderTitle(heading);
        TextArea reason = new TextArea(label);
        reason.setId("goal-reason");
        reason.setWidth("28rem");
        reason.setMaxLength(GoalLimits.REASON_MAX_LENGTH);
        reason.setRequired(required);
        Button ok = new Button(confirm, e -> {
            if (required && reason.getValue().isBlank()) {
                reason.setErrorMessage("Please say why.");
                reason.setInvalid(true);
                return;
            }
            try {
                GoalDetails d = action.apply(reason.getValue().isBlank() ? null : reason.getValue().trim());
                dialog.close();
                Toasts.success(success);
                show(queries.goal(d.id()));
            } catch (ValidationException ex) {
                reason.setErrorMessage(ex.fieldErrors().getOrDefault("reason",
                        String.join(" ", ex.fieldErrors().values())));
                reason.setInvalid(true);
            } catch (ConcurrentEditException ex) {
                dialog.close();
                ConcurrentEditNotice.show(ex, "goal-conflict", this::reload);
            }
        });
        ok.setId("goal-reason-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> dialog.close());
        dialog.add(reason);
        dialog.getFooter().add(cancel, ok);
        dialog.open();
    }

    /** Dialog with the current value of each key result and an optional note. */
    void progressDialog(GoalDetails g) {
        Dialog dialog = new Dialog();
        dialog.setId("goal-progress-dialog");
        dialog.setHeaderTitle("Update progress");
        Map<Long, BigDecimalField> fields = new HashMap<>();
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        for (KeyResultView kr : g.keyResults()) {
            BigDecimalField f = new BigDecimalField(kr.name());
            f.setId("kr-current-" + kr.id());
            f.setValue(KeyResultFormat.editable(kr.current()));
            f.setHelperText(helper(kr));
            f.setWidth("20rem");
            if (kr.unit() != null && !kr.unit().isBlank()) {
                f.setSuffixComponent(new Span(kr.unit()));
            }
            fields.put(kr.id(), f);
            form.add(f);
        }
        TextArea note = new TextArea("Note (optional)");
        note.setId("goal-progress-note");
        note.setWidthFull();
        note.setMaxLength(GoalLimits.REASON_MAX_LENGTH);
        form.add(note);
        Paragraph error = new Paragraph();
        error.addClassName("ladder-error-text");
        error.setVisible(false);
        form.add(error);
        Button save = new Button("Save progress", e -> {
            Map<Long, BigDecimal> values = new HashMap<>();
            fields.forEach((id, f) -> values.put(id, f.getValue()));
            fields.values().forEach(f -> f.setInvalid(false));
            error.setVisible(false);
            try {
                GoalDetails d = goals.updateProgress(g.id(), g.version(), values, note.getValue());
                dialog.close();
                Toasts.success("Progress saved: " + Formats.percent(d.progress()) + ".");
                show(queries.goal(d.id()));
            } catch (ValidationException ex) {
                ex.fieldErrors().forEach((key, message) -> {
                    var m = java.util.regex.Pattern.compile("keyResults\\[(\\d+)]\\..*").matcher(key);
                    if (m.matches() && Integer.parseInt(m.group(1)) < g.keyResults().size()) {
                        BigDecimalField f = fields.get(g.keyResults().get(Integer.parseInt(m.group(1))).id());
                        f.setErrorMessage(message);
                        f.setInvalid(true);
                    } else {
                        error.setText(message);
                        error.setVisible(true);
                    }
                });
            } catch (ConcurrentEditException ex) {
                dialog.close();
                ConcurrentEditNotice.show(ex, "goal-conflict", this::reload);
            }
        });
        save.setId("goal-progress-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    private static String helper(KeyResultView kr) {
        return switch (kr.type()) {
            case BINARY -> "1 when done, 0 when not";
            case MILESTONE -> "Milestones reached, out of " + KeyResultFormat.value(kr, kr.target());
            case PERCENTAGE -> "0 to 100; target " + KeyResultFormat.value(kr, kr.target());
            default -> "From " + KeyResultFormat.value(kr, kr.baseline()) + " to "
                    + KeyResultFormat.value(kr, kr.target());
        };
    }

    private Component childrenGrid(long goalId, long count) {
        Grid<GoalRef> grid = new Grid<>();
        grid.setId("goal-children");
        grid.addComponentColumn(GoalLinks::link).setHeader("Goal").setFlexGrow(3);
        grid.addColumn(r -> GoalLabels.meta(r.level(), r.ownerName())).setHeader("Level · owner").setFlexGrow(2);
        grid.addComponentColumn(r -> GoalBadges.status(r.status(), null)).setHeader("Status").setFlexGrow(0)
                .setWidth("9em");
        grid.addComponentColumn(r -> ProgressMeter.of(r.progress())).setHeader("Progress").setFlexGrow(0)
                .setWidth("11em");
        grid.setPageSize(PAGE_SIZE);
        grid.setItems(q -> queries.childGoals(goalId, q.getOffset(), q.getLimit()).stream(),
                q -> (int) queries.countChildGoals(goalId));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        if (count > 8) {
            grid.setHeight("22rem");
        } else {
            grid.setAllRowsVisible(true);
        }
        return grid;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
