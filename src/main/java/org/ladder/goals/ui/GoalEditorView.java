package org.ladder.goals.ui;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.ladder.base.ConcurrentEditException;
import org.ladder.base.ValidationException;
import org.ladder.base.security.CurrentUser;
import org.ladder.base.security.LadderUser;
import org.ladder.base.security.Role;
import org.ladder.base.ui.Toasts;
import org.ladder.goals.ApprovalState;
import org.ladder.goals.GoalDetails;
import org.ladder.goals.GoalDraft;
import org.ladder.goals.GoalLevel;
import org.ladder.goals.GoalQueries;
import org.ladder.goals.GoalRef;
import org.ladder.goals.GoalPlanning;
import org.ladder.goals.GoalStatus;
import org.ladder.goals.KeyResultDraft;
import org.ladder.goals.KeyResultType;
import org.ladder.goals.KeyResultView;
import org.ladder.goals.Visibility;
import org.ladder.people.OrgUnitNode;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;

import jakarta.annotation.security.PermitAll;

/**
 * Drafts a new goal ({@code goal/new?level=PERSONAL&parent=12&unit=3}) or edits one ({@code goal/12/edit}): what it
 * is, whose, what it ladders up to, its period and its key results. The service checks every rule; its messages
 * show on the matching fields and nothing is saved. A save that crossed someone else's is refused with a message
 * that offers to reload; the input stays until then.
 */
@Route("goal/new")
@RouteAlias("goal/:id([0-9]+)/edit")
@PermitAll
public class GoalEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int MAX_KEY_RESULTS = 10;
    private static final int MAX_CANDIDATES = 200;
    private static final Pattern KR_KEY = Pattern.compile("keyResults\\[(\\d+)]\\.(\\w+)");

    private final transient GoalQueries queries;
    private final transient GoalPlanning goals;
    private final transient PeopleService people;
    private final transient CurrentUser currentUser;
    private final transient Clock clock;

    final Paragraph formError = new Paragraph();
    final Select<GoalLevel> level = new Select<>();
    final TextField title = new TextField("Title");
    final TextArea description = new TextArea("Description");
    final ComboBox<OrgUnitNode> ownerUnit = new ComboBox<>("Owning unit");
    final ComboBox<PersonSummary> ownerPerson = new ComboBox<>("Owner");
    final Select<String> pillar = new Select<>();
    final ComboBox<GoalRef> parent = new ComboBox<>("Ladders up to (parent goal)");
    final Span orphanHint = new Span("No parent: this goal will be an orphan — nobody will see what it moves "
            + "forward until it is aligned.");
    final MultiSelectComboBox<GoalRef> contributesTo = new MultiSelectComboBox<>("Also contributes to");
    final DatePicker periodStart = new DatePicker("Period from");
    final DatePicker periodEnd = new DatePicker("Period to");
    final RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>("Visible to");
    final TextArea reason = new TextArea("Why does it change?");
    final List<KeyResultRow> keyResults = new ArrayList<>();
    private final VerticalLayout keyResultsBox = new VerticalLayout();
    final Paragraph keyResultsError = new Paragraph();
    final Span weightTotal = new Span();
    final Button addKeyResult = new Button("Add a key result", VaadinIcon.PLUS.create());
    final Button save = new Button("Save draft", VaadinIcon.CHECK.create());
    final Button cancel = new Button("Cancel");

    /** The goal being edited; null for a new one. */
    GoalDetails loaded;
    private String pageTitle = "New goal";

    public GoalEditorView(GoalQueries queries, GoalPlanning goals, PeopleService people, CurrentUser currentUser,
            Clock clock) {
        this.queries = queries;
        this.goals = goals;
        this.people = people;
        this.currentUser = currentUser;
        this.clock = clock;
        setId("goal-editor");
        addClassName("ladder-goal-editor");
        setMaxWidth("64rem");
        configure();
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

    // --- building ---------------------------------------------------------------------------------------------

    private void startNew(QueryParameters params) {
        List<GoalLevel> allowed = Stream.of(GoalLevel.values()).filter(queries::mayCreate).toList();
        GoalLevel wanted = first(params, "level").flatMap(GoalEditorView::parseLevel).orElse(GoalLevel.PERSONAL);
        GoalLevel chosen = allowed.contains(wanted) ? wanted : allowed.isEmpty() ? GoalLevel.PERSONAL : allowed.get(0);
        build(null, allowed.isEmpty() ? List.of(GoalLevel.PERSONAL) : allowed, chosen);
        int year = LocalDate.now(clock).getYear();
        periodStart.setValue(LocalDate.of(year, 1, 1));
        periodEnd.setValue(LocalDate.of(year, 12, 31));
        visibility.setValue(Visibility.PUBLIC);
        first(params, "unit").flatMap(GoalEditorView::parseLong).ifPresent(u -> ownerUnit.getListDataView()
                .getItems().filter(n -> n.id() == u).findFirst().ifPresent(ownerUnit::setValue));
        first(params, "parent").flatMap(GoalEditorView::parseLong).ifPresent(p -> {
            try {
                parent.setValue(ref(queries.goal(p)));
            } catch (AccessDeniedException e) {
                // a parent the caller cannot see is not offered
            }
        });
        addKeyResultRow(null);
        updateOrphanHint();
        updateWeightTotal();
    }

    void load(GoalDetails g) {
        loaded = g;
        build(g, List.of(g.level()), g.level());
        title.setValue(g.title());
        description.setValue(g.description() == null ? "" : g.description());
        if (g.ownerUnitId() != null) {
            ownerUnit.getListDataView().getItems().filter(n -> n.id() == g.ownerUnitId()).findFirst()
                    .or(() -> people.unit(g.ownerUnitId())).ifPresent(ownerUnit::setValue);
        }
        if (g.ownerPersonId() != null) {
            people.summaries(List.of(g.ownerPersonId())).stream().findFirst().ifPresent(ownerPerson::setValue);
        }
        if (g.pillar() != null) {
            if (pillar.getListDataView().getItems().noneMatch(g.pillar()::equals)) {
                pillar.getListDataView().addItem(g.pillar());
            }
            pillar.setValue(g.pillar());
        }
        if (g.parent() != null) {
            parent.setValue(g.parent());
        }
        contributesTo.setValue(new LinkedHashSet<>(g.contributesTo()));
        periodStart.setValue(g.periodStart());
        periodEnd.setValue(g.periodEnd());
        visibility.setValue(g.visibility());
        g.keyResults().forEach(this::addKeyResultRow);
        updateOrphanHint();
        updateWeightTotal();
    }

    /** Labels, ids, data sources and listeners: once, whatever is loaded later. */
    private void configure() {
        formError.setId("goal-form-error");
        formError.addClassName("ladder-error-text");
        formError.setVisible(false);

        level.setId("goal-level-field");
        level.setLabel("Level");
        level.setItemLabelGenerator(GoalLevel::label);
        level.addValueChangeListener(e -> levelChanged());

        title.setId("goal-title-field");
        title.setWidthFull();
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        title.setHelperText("What you want to achieve, in a few words.");
        description.setId("goal-description-field");
        description.setWidthFull();
        description.setMaxLength(4000);

        ownerUnit.setId("goal-owner-unit");
        ownerUnit.setItemLabelGenerator(OrgUnitNode::name);
        ownerUnit.setRequiredIndicatorVisible(true);
        ownerUnit.addValueChangeListener(e -> {
            if (e.isFromClient() || e.getOldValue() != null) {
                parent.clear();
            }
            parent.getDataProvider().refreshAll();
        });

        ownerPerson.setId("goal-owner-person");
        ownerPerson.setItemLabelGenerator(PersonSummary::displayName);
        ownerPerson.setItems(q -> people.directory(q.getFilter().orElse(""), false, q.getOffset(), q.getLimit())
                .stream());

        pillar.setId("goal-pillar-field");
        pillar.setLabel("Serves the pillar");
        pillar.setEmptySelectionAllowed(false);
        pillar.setRequiredIndicatorVisible(true);

        parent.setId("goal-parent-field");
        parent.setWidthFull();
        parent.setClearButtonVisible(true);
        parent.setItemLabelGenerator(r -> r.title() + " — " + GoalBits.meta(r.level(), r.ownerName()));
        parent.setItems(q -> {
            String text = q.getFilter().orElse("");
            int upTo = (int) Math.min(MAX_CANDIDATES, q.getOffset() + q.getLimit());
            if (q.getOffset() >= upTo) {
                return Stream.empty();
            }
            Long unitId = ownerUnit.getValue() == null ? null : ownerUnit.getValue().id();
            return queries.parentCandidates(level.getValue(), unitId, text, upTo).stream()
                    .filter(r -> loaded == null || r.id() != loaded.id())
                    .skip(q.getOffset()).limit(q.getLimit());
        }).setIdentifierProvider(GoalRef::id);
        parent.setHelperText("Only active goals you can see, one level up: a unit goal or a company goal.");
        parent.addValueChangeListener(e -> updateOrphanHint());
        orphanHint.setId("goal-orphan-hint");
        orphanHint.addClassNames("ladder-hint", "ladder-orphan-hint");

        contributesTo.setId("goal-contributes-field");
        contributesTo.setWidthFull();
        contributesTo.setItemLabelGenerator(r -> r.title() + " — " + GoalBits.meta(r.level(), r.ownerName()));
        contributesTo.setItems(q -> {
            int upTo = (int) Math.min(MAX_CANDIDATES, q.getOffset() + q.getLimit());
            if (q.getOffset() >= upTo) {
                return Stream.empty();
            }
            return queries.searchVisible(q.getFilter().orElse(""), upTo).stream()
                    .filter(r -> loaded == null || r.id() != loaded.id())
                    .skip(q.getOffset()).limit(q.getLimit());
        }).setIdentifierProvider(GoalRef::id);
        contributesTo.setHelperText("Other goals this one helps, besides its parent (optional).");

        periodStart.setId("goal-period-start");
        periodEnd.setId("goal-period-end");
        periodStart.addValueChangeListener(e -> periodEnd.setMin(e.getValue()));

        visibility.setId("goal-visibility-field");
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(Visibility::label);

        reason.setId("goal-reason-field");
        reason.setWidthFull();
        reason.setMaxLength(1000);
        reason.setHelperText("Kept in the goal's history and shown to the people whose goals ladder up to it.");

        keyResultsBox.setPadding(false);
        keyResultsBox.setSpacing(false);
        keyResultsBox.setId("goal-key-results-editor");
        keyResultsBox.addClassName("ladder-kr-editor");
        keyResultsError.setId("goal-key-results-error");
        keyResultsError.addClassName("ladder-error-text");
        keyResultsError.setVisible(false);
        weightTotal.setId("goal-weight-total");
        weightTotal.addClassName("ladder-weight-total");
        addKeyResult.setId("goal-add-key-result");
        addKeyResult.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addKeyResult.addClickListener(e -> addKeyResultRow(null));

        save.setId("goal-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.setId("goal-cancel");
        cancel.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(loaded == null ? "ladder"
                : GoalBits.pagePath(loaded.id()))));
    }

    private void build(GoalDetails g, List<GoalLevel> levels, GoalLevel initial) {
        removeAll();
        keyResults.clear();
        keyResultsBox.removeAll();
        pageTitle = g == null ? "New goal" : "Edit “" + g.title() + "”";
        LadderUser me = currentUser.require();

        ownerUnit.setItems(queries.unitsIPlanFor());
        boolean mayChooseOwner = g == null && me.roles().stream().anyMatch(r -> r == Role.HR || r == Role.MANAGER);
        ownerPerson.setReadOnly(!mayChooseOwner);
        ownerPerson.setHelperText(mayChooseOwner ? "You, or someone whose goals you plan." : null);
        if (g == null) {
            people.summaries(List.of(me.personId())).stream().findFirst().ifPresent(ownerPerson::setValue);
        }
        pillar.setItems(new ArrayList<>(queries.pillars()));
        reason.setVisible(g != null && g.status() == GoalStatus.ACTIVE);
        save.setText(g == null ? "Save draft" : "Save");
        level.setItems(levels);
        level.setValue(initial);
        level.setReadOnly(g != null || levels.size() == 1);
        if (g != null && g.approval() == ApprovalState.RETURNED && g.returnComment() != null) {
            Div returned = new Div(new H3("Returned for changes"), new Paragraph(g.returnComment()));
            returned.setId("goal-return-comment");
            returned.addClassName("ladder-callout");
            add(returned);
        }
        if (g != null && g.status() == GoalStatus.ACTIVE && g.level() == GoalLevel.PERSONAL) {
            Paragraph note = new Paragraph("This goal is active: a change of a key result's target or weight, or of "
                    + "its parent, goes to your manager for approval again.");
            note.addClassName("ladder-hint");
            add(note);
        }

        HorizontalLayout owner = new HorizontalLayout(level, ownerUnit, ownerPerson, pillar);
        owner.setAlignItems(FlexComponent.Alignment.BASELINE);
        owner.setWrap(true);
        HorizontalLayout period = new HorizontalLayout(periodStart, periodEnd);
        period.setAlignItems(FlexComponent.Alignment.BASELINE);
        Div parentBox = new Div(parent, orphanHint);
        parentBox.setWidthFull();
        parentBox.setId("goal-parent-box");
        HorizontalLayout weights = new HorizontalLayout(addKeyResult, weightTotal);
        weights.setAlignItems(FlexComponent.Alignment.CENTER);
        HorizontalLayout buttons = new HorizontalLayout(save, cancel);
        add(formError, owner, title, description, parentBox, contributesTo, period, visibility,
                new H3("Key results"), keyResultsError, keyResultsBox, weights, reason, buttons);
        levelChanged();
    }

    private void levelChanged() {
        GoalLevel l = level.getValue();
        ownerUnit.setVisible(l == GoalLevel.UNIT);
        ownerPerson.setVisible(l == GoalLevel.PERSONAL);
        pillar.setVisible(l == GoalLevel.COMPANY);
        parent.setVisible(l != GoalLevel.COMPANY);
        visibility.setVisible(l == GoalLevel.PERSONAL);
        if (l == GoalLevel.UNIT && ownerUnit.getValue() == null) {
            List<OrgUnitNode> mine = ownerUnit.getListDataView().getItems().toList();
            if (mine.size() == 1) {
                ownerUnit.setValue(mine.get(0));
            }
        }
        if (loaded == null) {
            parent.clear();
        }
        parent.getDataProvider().refreshAll();
        updateOrphanHint();
    }

    private void updateOrphanHint() {
        orphanHint.setVisible(level.getValue() != GoalLevel.COMPANY && parent.getValue() == null);
    }

    void addKeyResultRow(KeyResultView kr) {
        if (keyResults.size() >= MAX_KEY_RESULTS) {
            return;
        }
        KeyResultRow row = new KeyResultRow(kr);
        row.remove.addClickListener(e -> {
            keyResults.remove(row);
            keyResultsBox.remove(row.layout);
            updateWeightTotal();
        });
        row.weight.addValueChangeListener(e -> updateWeightTotal());
        keyResults.add(row);
        keyResultsBox.add(row.layout);
        updateWeightTotal();
    }

    void updateWeightTotal() {
        int total = keyResults.stream().map(r -> r.weight.getValue()).filter(Objects::nonNull).mapToInt(i -> i).sum();
        weightTotal.setText("Weights: " + total + " / 100");
        boolean off = !keyResults.isEmpty() && total != 100;
        weightTotal.getElement().getClassList().set("ladder-weight-off", off);
        weightTotal.getElement().getClassList().set("ladder-weight-ok", !keyResults.isEmpty() && !off);
        addKeyResult.setEnabled(keyResults.size() < MAX_KEY_RESULTS);
    }

    // --- saving -----------------------------------------------------------------------------------------------

    GoalDraft toDraft() {
        GoalLevel l = level.getValue();
        Long unitId = l == GoalLevel.UNIT && ownerUnit.getValue() != null ? ownerUnit.getValue().id() : null;
        Long personId = l == GoalLevel.PERSONAL && ownerPerson.getValue() != null ? ownerPerson.getValue().id() : null;
        Long parentId = l != GoalLevel.COMPANY && parent.getValue() != null ? parent.getValue().id() : null;
        List<Long> contributes = contributesTo.getValue().stream().map(GoalRef::id).toList();
        List<KeyResultDraft> krs = keyResults.stream().map(KeyResultRow::toDraft).toList();
        String why = reason.isVisible() && !reason.getValue().isBlank() ? reason.getValue().trim() : null;
        return new GoalDraft(l, title.getValue().trim(), blankToNull(description.getValue()), unitId, personId,
                parentId, contributes, l == GoalLevel.COMPANY ? pillar.getValue() : null, periodStart.getValue(),
                periodEnd.getValue(), l == GoalLevel.PERSONAL ? visibility.getValue() : Visibility.PUBLIC, krs, why);
    }

    void save() {
        clearErrors();
        try {
            if (loaded == null) {
                GoalDetails d = goals.create(toDraft());
                Toasts.success(d.level() == GoalLevel.PERSONAL
                        ? "Draft saved. Submit it for approval when it is ready."
                        : "Draft saved. Activate it when it is ready.");
                navigateTo(d.id());
            } else {
                boolean wasPending = loaded.approval() == ApprovalState.PENDING;
                GoalDetails d = goals.update(loaded.id(), loaded.version(), toDraft());
                Toasts.success(!wasPending && d.approval() == ApprovalState.PENDING
                        ? "Saved. The change goes to your manager for approval." : "Saved.");
                navigateTo(d.id());
            }
        } catch (ValidationException e) {
            showErrors(e.fieldErrors());
        } catch (ConcurrentEditException e) {
            GoalBits.conflict(e, "goal-conflict", () -> {
                GoalDetails fresh = queries.goal(loaded.id());
                load(fresh);
            });
        }
    }

    private void navigateTo(long id) {
        getUI().ifPresent(ui -> ui.navigate(GoalBits.pagePath(id)));
    }

    private void clearErrors() {
        formError.setVisible(false);
        keyResultsError.setVisible(false);
        allFields().forEach(f -> f.setInvalid(false));
    }

    private List<HasValidation> allFields() {
        List<HasValidation> all = new ArrayList<>(List.of(level, title, description, ownerUnit, ownerPerson, pillar,
                parent, contributesTo, periodStart, periodEnd, visibility, reason));
        keyResults.forEach(r -> all.addAll(r.fields()));
        return all;
    }

    void showErrors(Map<String, String> errors) {
        List<String> general = new ArrayList<>();
        errors.forEach((key, message) -> {
            if ("keyResults".equals(key)) {
                keyResultsError.setText(message);
                keyResultsError.setVisible(true);
                return;
            }
            HasValidation f = field(key);
            if (f == null || !((com.vaadin.flow.component.Component) f).isVisible()) {
                general.add(message);
            } else {
                f.setErrorMessage(message);
                f.setInvalid(true);
            }
        });
        if (!general.isEmpty()) {
            formError.setText(String.join(" ", general));
            formError.setVisible(true);
        }
    }

    HasValidation field(String key) {
        switch (key) {
            case "title":
                return title;
            case "description":
                return description;
            case "owner":
                return level.getValue() == GoalLevel.UNIT ? ownerUnit : ownerPerson;
            case "parent":
                return parent;
            case "contributesTo":
                return contributesTo;
            case "pillar":
                return pillar;
            case "periodStart":
                return periodStart;
            case "periodEnd":
                return periodEnd;
            case "visibility":
                return visibility;
            case "reason":
                return reason;
            case "level":
                return level;
            default:
                break;
        }
        Matcher m = KR_KEY.matcher(key);
        if (!m.matches()) {
            return null;
        }
        int i = Integer.parseInt(m.group(1));
        return i < keyResults.size() ? keyResults.get(i).field(m.group(2)) : null;
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private static GoalRef ref(GoalDetails d) {
        return new GoalRef(d.id(), d.title(), d.level(), d.status(), d.ownerName(), d.progress());
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }

    /** One key result being edited. */
    final class KeyResultRow {
        final Long id;
        final TextField name = new TextField("Key result");
        final Select<KeyResultType> type = new Select<>();
        final BigDecimalField baseline = new BigDecimalField("Baseline");
        final BigDecimalField target = new BigDecimalField("Target");
        final BigDecimalField current = new BigDecimalField("Current");
        final TextField unit = new TextField("Unit");
        final IntegerField weight = new IntegerField("Weight %");
        final Button remove = new Button(VaadinIcon.TRASH.create());
        final HorizontalLayout layout;

        KeyResultRow(KeyResultView kr) {
            id = kr == null ? null : kr.id();
            name.setMaxLength(200);
            name.setPlaceholder("e.g. Reduce onboarding time");
            name.addClassName("ladder-kr-name");
            type.setLabel("Type");
            type.setItems(KeyResultType.values());
            type.setItemLabelGenerator(KeyResultType::label);
            type.addClassName("ladder-kr-type");
            unit.setMaxLength(20);
            unit.setPlaceholder("days, EUR…");
            for (var f : List.of(baseline, target, current)) {
                f.addClassName("ladder-kr-number");
            }
            unit.addClassName("ladder-kr-unit");
            weight.setMin(0);
            weight.setMax(100);
            weight.setStepButtonsVisible(false);
            weight.addClassName("ladder-kr-weight");
            weight.setValueChangeMode(ValueChangeMode.EAGER);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel("Remove key result");
            remove.addClassName("ladder-kr-remove");
            if (kr == null) {
                type.setValue(KeyResultType.NUMERIC);
                baseline.setValue(BigDecimal.ZERO);
                current.setValue(BigDecimal.ZERO);
                weight.setValue(keyResults.isEmpty() ? 100 : null);
            } else {
                name.setValue(kr.name());
                type.setValue(kr.type());
                baseline.setValue(kr.baseline());
                target.setValue(kr.target());
                current.setValue(kr.current());
                unit.setValue(kr.unit() == null ? "" : kr.unit());
                weight.setValue(kr.weight());
            }
            type.addValueChangeListener(e -> typeChanged(e.getValue()));
            layout = new HorizontalLayout(name, type, baseline, target, current, unit, weight, remove);
            layout.setWidthFull();
            layout.setAlignItems(FlexComponent.Alignment.BASELINE);
            layout.setWrap(true);
            layout.addClassName("ladder-kr-row");
        }

        private void typeChanged(KeyResultType t) {
            if (t == KeyResultType.BINARY) {
                baseline.setValue(BigDecimal.ZERO);
                target.setValue(BigDecimal.ONE);
                if (current.getValue() == null) {
                    current.setValue(BigDecimal.ZERO);
                }
            } else if (t == KeyResultType.PERCENTAGE && unit.getValue().isBlank()) {
                unit.setValue("%");
            }
            unit.setPlaceholder(t == KeyResultType.CURRENCY ? "EUR, USD…" : "days, EUR…");
        }

        KeyResultDraft toDraft() {
            return new KeyResultDraft(id, name.getValue().trim(), type.getValue(), baseline.getValue(),
                    target.getValue(), current.getValue(), blankToNull(unit.getValue()), weight.getValue());
        }

        List<HasValidation> fields() {
            return List.of(name, type, baseline, target, current, unit, weight);
        }

        HasValidation field(String key) {
            return switch (key) {
                case "name" -> name;
                case "type" -> type;
                case "baseline" -> baseline;
                case "target" -> target;
                case "current" -> current;
                case "unit" -> unit;
                case "weight" -> weight;
                default -> null;
            };
        }
    }
}
