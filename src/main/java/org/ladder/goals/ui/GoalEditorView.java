package org.ladder.goals.ui;

import java.time.LocalDate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.ladder.base.ConcurrentEditException;
import org.ladder.base.ValidationException;
import org.ladder.base.security.CurrentUser;
import org.ladder.base.security.LadderUser;
import org.ladder.base.security.Role;
import org.ladder.base.ui.Toasts;
import org.ladder.goals.ApprovalState;
import org.ladder.goals.GoalDetails;
import org.ladder.goals.GoalLevel;
import org.ladder.goals.GoalPeriods;
import org.ladder.goals.GoalPlanning;
import org.ladder.goals.GoalQueries;
import org.ladder.goals.GoalRef;
import org.ladder.goals.GoalStatus;
import org.ladder.goals.KeyResultDraft;
import org.ladder.goals.KeyResultView;
import org.ladder.goals.Visibility;
import org.ladder.people.OrgUnitNode;
import org.ladder.people.PeopleService;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;

import jakarta.annotation.security.PermitAll;

/**
 * Drafts a new goal ({@code goal/new?level=PERSONAL&parent=12&unit=3}) or edits one ({@code goal/12/edit}): what it
 * is, whose, what it ladders up to, its period and its key results ({@link GoalForm}). The service checks every
 * rule; its messages show on the matching fields and nothing is saved. A save that crossed someone else's is
 * refused with a message that offers to reload; the input stays until then.
 */
@Route("goal/new")
@RouteAlias("goal/:id([0-9]+)/edit")
@PermitAll
class GoalEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient GoalQueries queries;
    private final transient GoalPlanning goals;
    private final transient PeopleService people;
    private final transient CurrentUser currentUser;
    private final transient Clock clock;

    final GoalForm form;
    private final Div notes = new Div();
    final Button save = new Button("Save draft", VaadinIcon.CHECK.create());
    final Button cancel = new Button("Cancel");

    /** The goal being edited; null for a new one. */
    GoalDetails loaded;
    private String pageTitle = "New goal";

    GoalEditorView(GoalQueries queries, GoalPlanning goals, PeopleService people, CurrentUser currentUser,
            Clock clock) {
        this.queries = queries;
        this.goals = goals;
        this.people = people;
        this.currentUser = currentUser;
        this.clock = clock;
        setId("goal-editor");
        addClassName("ladder-goal-editor");
        setMaxWidth("64rem");
        form = new GoalForm(queries);
        form.ownerPerson.setItems(q -> people.directory(q.getFilter().orElse(""), false, q.getOffset(),
                q.getLimit()).stream());
        save.setId("goal-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.setId("goal-cancel");
        cancel.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(loaded == null ? "ladder"
                : GoalLinks.pagePath(loaded.id()))));
        add(notes, form, new HorizontalLayout(save, cancel));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong("id");
        try {
            if (id.isPresent()) {
                GoalDetails g = queries.goal(id.get());
                if (!g.mayEdit() || g.status().isClosed()) {
                    event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
                    return;
                }
                load(g);
            } else {
                startNew(event.getLocation().getQueryParameters());
            }
        } catch (AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
        }
    }

    private void startNew(QueryParameters params) {
        List<GoalLevel> allowed = Stream.of(GoalLevel.values()).filter(queries::mayCreate).toList();
        GoalLevel wanted = first(params, "level").flatMap(GoalEditorView::parseLevel).orElse(GoalLevel.PERSONAL);
        GoalLevel chosen = allowed.contains(wanted) ? wanted : allowed.isEmpty() ? GoalLevel.PERSONAL : allowed.get(0);
        prepare(null, allowed.isEmpty() ? List.of(GoalLevel.PERSONAL) : allowed);
        LadderUser me = currentUser.require();

        GoalForm.Values v = new GoalForm.Values();
        v.level = chosen;
        GoalPeriods.Period period = GoalPeriods.forNewGoal(LocalDate.now(clock));
        v.periodStart = period.start();
        v.periodEnd = period.end();
        List<OrgUnitNode> units = form.ownerUnit.getListDataView().getItems().toList();
        v.ownerUnit = first(params, "unit").flatMap(GoalEditorView::parseLong)
                .flatMap(u -> units.stream().filter(n -> n.id() == u).findFirst())
                .orElse(units.size() == 1 ? units.get(0) : null);
        v.ownerPerson = people.summaries(List.of(me.personId())).stream().findFirst().orElse(null);
        v.parent = first(params, "parent").flatMap(GoalEditorView::parseLong).flatMap(this::visibleRef).orElse(null);
        v.keyResults = List.of(KeyResultEditor.blank(true));
        form.read(v, null);
    }

    void load(GoalDetails g) {
        loaded = g;
        prepare(g, List.of(g.level()));
        if (g.pillar() != null && form.pillar.getListDataView().getItems().noneMatch(g.pillar()::equals)) {
            form.pillar.getListDataView().addItem(g.pillar());
        }
        GoalForm.Values v = new GoalForm.Values();
        v.level = g.level();
        v.title = g.title();
        v.description = g.description() == null ? "" : g.description();
        if (g.ownerUnitId() != null) {
            v.ownerUnit = form.ownerUnit.getListDataView().getItems().filter(n -> n.id() == g.ownerUnitId())
                    .findFirst().or(() -> people.unit(g.ownerUnitId())).orElse(null);
        }
        if (g.ownerPersonId() != null) {
            v.ownerPerson = people.summaries(List.of(g.ownerPersonId())).stream().findFirst().orElse(null);
        }
        v.pillar = g.pillar();
        v.parent = g.parent();
        v.contributesTo = new LinkedHashSet<>(g.contributesTo());
        v.periodStart = g.periodStart();
        v.periodEnd = g.periodEnd();
        v.visibility = g.visibility();
        v.keyResults = g.keyResults().stream().map(GoalEditorView::draft).toList();
        form.read(v, g.id());
    }

    /** What does not depend on the values: the choices, what may change, and the notes above the form. */
    private void prepare(GoalDetails g, List<GoalLevel> levels) {
        pageTitle = g == null ? "New goal" : "Edit “" + g.title() + "”";
        LadderUser me = currentUser.require();
        form.clearErrors();
        form.ownerUnit.setItems(queries.unitsIPlanFor());
        boolean mayChooseOwner = g == null && me.roles().stream().anyMatch(r -> r == Role.HR || r == Role.MANAGER);
        form.ownerPerson.setReadOnly(!mayChooseOwner);
        form.ownerPerson.setHelperText(mayChooseOwner ? "You, or someone whose goals you plan." : null);
        form.pillar.setItems(new ArrayList<>(queries.pillars()));
        form.reason.setVisible(g != null && g.status() == GoalStatus.ACTIVE);
        form.level.setItems(levels);
        form.level.setReadOnly(g != null || levels.size() == 1);
        save.setText(g == null ? "Save draft" : "Save");

        notes.removeAll();
        if (g != null && g.approval() == ApprovalState.RETURNED && g.returnComment() != null) {
            Div returned = new Div(new H3("Returned for changes"), new Paragraph(g.returnComment()));
            returned.setId("goal-return-comment");
            returned.addClassName("ladder-callout");
            notes.add(returned);
        }
        if (g != null && g.status() == GoalStatus.ACTIVE && g.level() == GoalLevel.PERSONAL) {
            Paragraph note = new Paragraph("This goal is active: a change of a key result's target or weight, or of "
                    + "its parent, goes to your manager for approval again.");
            note.addClassName("ladder-hint");
            notes.add(note);
        }
    }

    void save() {
        form.clearErrors();
        try {
            if (loaded == null) {
                GoalDetails d = goals.create(form.toDraft());
                Toasts.success(d.level() == GoalLevel.PERSONAL
                        ? "Draft saved. Submit it for approval when it is ready."
                        : "Draft saved. Activate it when it is ready.");
                navigateTo(d.id());
            } else {
                boolean wasPending = loaded.approval() == ApprovalState.PENDING;
                GoalDetails d = goals.update(loaded.id(), loaded.version(), form.toDraft());
                Toasts.success(!wasPending && d.approval() == ApprovalState.PENDING
                        ? "Saved. The change goes to your manager for approval." : "Saved.");
                navigateTo(d.id());
            }
        } catch (ValidationException e) {
            form.showErrors(e.fieldErrors());
        } catch (ConcurrentEditException e) {
            ConcurrentEditNotice.show(e, "goal-conflict", () -> load(queries.goal(loaded.id())));
        }
    }

    private void navigateTo(long id) {
        getUI().ifPresent(ui -> ui.navigate(GoalLinks.pagePath(id)));
    }

    private Optional<GoalRef> visibleRef(long goalId) {
        try {
            GoalDetails d = queries.goal(goalId);
            return Optional.of(new GoalRef(d.id(), d.title(), d.level(), d.status(), d.ownerName(), d.progress()));
        } catch (AccessDeniedException e) {
            return Optional.empty(); // a parent the caller cannot see is not offered
        }
    }

    private static KeyResultDraft draft(KeyResultView kr) {
        return new KeyResultDraft(kr.id(), kr.name(), kr.type(), kr.baseline(), kr.target(), kr.current(), kr.unit(),
                kr.weight());
    }

    private static Optional<String> first(QueryParameters params, String name) {
        return params.getParameters().getOrDefault(name, List.of()).stream().findFirst();
    }

    private static Optional<GoalLevel> parseLevel(String s) {
        return Stream.of(GoalLevel.values()).filter(l -> l.name().equalsIgnoreCase(s)).findFirst();
    }

    private static Optional<Long> parseLong(String s) {
        try {
            return Optional.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
