package org.ladder.cycles.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

import org.ladder.base.ValidationException;
import org.ladder.base.security.Roles;
import org.ladder.base.text.Plural;
import org.ladder.base.ui.Formats;
import org.ladder.base.ui.Toasts;
import org.ladder.checkins.Frequency;
import org.ladder.cycles.CycleLaunches;
import org.ladder.cycles.CycleLimits;
import org.ladder.cycles.CycleScope;
import org.ladder.cycles.LaunchPreview;
import org.ladder.cycles.LaunchRequest;
import org.ladder.cycles.LaunchedCycle;
import org.ladder.cycles.UnitPreview;
import org.ladder.people.OrgUnitNode;
import org.ladder.people.PeopleService;
import org.ladder.reviews.ReviewTemplateSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/**
 * HR launches an alignment cycle in four steps: name and period; scope (the whole organisation or a unit and the
 * units below it); the phases' deadlines, the check-in cadence (by default each unit's from the cycle rules, with
 * the rule that applied to each unit) and the review template; then a preview of what the launch does — units,
 * people, the first tasks and who gets them, people without a manager and units without a head, which must be
 * accepted before the launch goes ahead. The previews load in the background with a progress bar. The service
 * checks every rule again and refuses with a message per field; one cycle per scope and period.
 */
@Route("cycles/launch")
@PageTitle("Launch a cycle")
@RolesAllowed({Roles.HR, Roles.ADMIN})
class LaunchCycleView extends VerticalLayout implements BeforeEnterObserver {

    private static final Logger log = LoggerFactory.getLogger(LaunchCycleView.class);

    /** Below this window width (px) the tables drop their secondary columns. */
    static final int NARROW = 600;

    /** The wizard's steps, in order. */
    enum Step {
        BASICS("Name and period"), SCOPE("Scope"), SCHEDULE("Deadlines, cadence and review"),
        PREVIEW("Preview and launch");

        private final String label;

        Step(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }

        int number() {
            return ordinal() + 1;
        }
    }

    /** Whom the cycle is for. */
    enum ScopeKind {
        ORGANISATION("The whole organisation"), UNIT("A unit and every unit below it");

        private final String label;

        ScopeKind(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    private final transient CycleLaunches launches;
    private final transient PeopleService people;
    private final transient BackgroundLoader loader;
    private final Binder<LaunchForm> binder = new Binder<>();
    final LaunchForm form = new LaunchForm();
    private final Map<Step, List<Binder.Binding<LaunchForm, ?>>> bindings = new EnumMap<>(Step.class);
    private final Map<String, HasValidation> fieldsByKey = new LinkedHashMap<>();
    private final Map<String, Step> stepsByKey = new LinkedHashMap<>();
    private final Map<Step, Section> sections = new EnumMap<>(Step.class);
    private final LaunchStepList steps = new LaunchStepList();
    Step step = Step.BASICS;

    final TextField name = new TextField("Name");
    final DatePicker periodStart = new DatePicker("First day");
    final DatePicker periodEnd = new DatePicker("Last day");
    final RadioButtonGroup<ScopeKind> scopeKind = new RadioButtonGroup<>("Who takes part");
    final ComboBox<OrgUnitNode> unit = new ComboBox<>("Unit");
    final DatePicker defineBy = new DatePicker("Leadership confirms the charter by");
    final DatePicker cascadeBy = new DatePicker("Unit and personal goals set by");
    final DatePicker reviewStartsOn = new DatePicker("Check-ins run until reviews open on");
    final DatePicker reviewBy = new DatePicker("Reviews done by");
    final DatePicker reviseBy = new DatePicker("Leadership revises the strategy by");
    final DatePicker closeBy = new DatePicker("Open goals closed by");
    final Select<Frequency> frequency = new Select<>();
    final Select<ReviewTemplateSummary> template = new Select<>();
    final Paragraph noTemplates = new Paragraph();
    /** The schedule step's table of the cycle rules per unit. */
    final LaunchRulesTable rulesTable = new LaunchRulesTable(frequency);
    final Grid<UnitPreview> rules = rulesTable.grid;
    final Paragraph rulesNote = rulesTable.note;
    final Paragraph formError = new Paragraph();
    /** The preview step's content: what the launch will do, and the gaps to accept. */
    final LaunchPreviewPanel previewPanel = new LaunchPreviewPanel();
    private final Div loading = previewPanel.loading;
    private final Checkbox acceptGaps = previewPanel.acceptGaps;
    final Button back = new Button("Back");
    final Button next = new Button("Next");
    final Button launch = new Button("Launch the cycle");

    /** The preview on screen (null while none is loaded or after a change made it stale). */
    LaunchPreview preview;
    /** The background load of a preview, until it is on screen (tests wait for it). */
    CompletableFuture<Void> pending = CompletableFuture.completedFuture(null);
    private int loads;
    private String rulesFor;
    private String deadlinesFor;
    private com.vaadin.flow.shared.Registration resize;

    LaunchCycleView(CycleLaunches launches, PeopleService people, BackgroundLoader loader) {
        this.launches = launches;
        this.people = people;
        this.loader = loader;
        setId("launch-cycle-view");
        addClassName("ladder-wizard");
        setMaxWidth("64rem");
        setWidthFull();

        formError.setId("cycle-form-error");
        formError.addClassName("ladder-form-error");
        formError.getElement().setAttribute("role", "alert");

        buildBasics();
        buildScope();
        buildSchedule();
        buildPreview();

        back.setId("cycle-back");
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.addClickListener(e -> go(Step.values()[step.ordinal() - 1]));
        next.setId("cycle-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(e -> forward());
        launch.setId("cycle-launch");
        launch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        launch.setDisableOnClick(true);
        launch.addClickListener(e -> launch());
        RouterLink cancel = new RouterLink("Cancel", CyclesView.class);
        cancel.setId("cycle-cancel");
        cancel.addClassName("ladder-wizard-cancel");
        FlexLayout buttons = new FlexLayout(back, next, launch, cancel);
        buttons.addClassName("ladder-wizard-buttons");

        add(new H2("Launch an alignment cycle"), steps);
        sections.values().forEach(this::add);
        add(formError, buttons);
        binder.setBean(form);
        show();
        addAttachListener(e -> {
            e.getUI().getPage().retrieveExtendedClientDetails(d -> fitColumns(d.getWindowInnerWidth()));
            resize = e.getUI().getPage().addBrowserWindowResizeListener(r -> fitColumns(r.getWidth()));
        });
        addDetachListener(e -> {
            if (resize != null) {
                resize.remove();
                resize = null;
            }
        });
    }

    /** At a phone's width the tables keep the columns that matter most. */
    void fitColumns(int width) {
        boolean wide = width >= NARROW;
        rulesTable.fitColumns(wide);
        previewPanel.fitColumns(wide);
    }

    // --- the steps -------------------------------------------------------------------------------------------------

    private Section section(Step s, Component... content) {
        H3 heading = new H3(s.number() + ". " + s.label());
        heading.setId("cycle-wizard-heading-" + s.name().toLowerCase());
        Section section = new Section(heading);
        section.add(content);
        section.setId("cycle-section-" + s.name().toLowerCase());
        section.addClassName("ladder-wizard-section");
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        sections.put(s, section);
        return section;
    }

    private static FormLayout twoColumns(Component... fields) {
        FormLayout layout = new FormLayout(fields);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("32em", 2));
        return layout;
    }

    private void buildBasics() {
        name.setId("cycle-name");
        name.setMaxLength(CycleLimits.NAME_MAX_LENGTH);
        name.setHelperText("Everyone in the cycle sees it, e.g. “H1 2027”.");
        periodStart.setId("cycle-period-start");
        periodEnd.setId("cycle-period-end");
        periodEnd.setHelperText("A period lasts " + CycleLimits.MIN_PERIOD_DAYS + " to " + CycleLimits.MAX_PERIOD_DAYS
                + " days.");
        for (DatePicker d : List.of(periodStart, periodEnd)) {
            d.setLocale(Formats.locale());
        }
        bind(Step.BASICS, "name", binder.forField(name).asRequired("Give the cycle a name.")
                .bind(f -> f.name, (f, v) -> f.name = v));
        bind(Step.BASICS, "periodStart", binder.forField(periodStart).asRequired("Choose the first day of the period.")
                .bind(f -> f.periodStart, (f, v) -> f.periodStart = v));
        Binder.Binding<LaunchForm, LocalDate> end = binder.forField(periodEnd)
                .asRequired("Choose the last day of the period.")
                .withValidator(v -> periodStart.getValue() == null || v.isAfter(periodStart.getValue()),
                        "The period must end after it starts.")
                .bind(f -> f.periodEnd, (f, v) -> f.periodEnd = v);
        bind(Step.BASICS, "periodEnd", end);
        periodStart.addValueChangeListener(e -> {
            if (periodEnd.getValue() != null) {
                end.validate();
            }
            periodEnd.setInitialPosition(e.getValue());
        });
        FormLayout fields = twoColumns(name, periodStart, periodEnd);
        fields.setColspan(name, 2);
        add(section(Step.BASICS, new Paragraph("The cycle's period: the cascade, the check-ins, the reviews, the "
                + "revision and the close all fall inside it."), fields));
    }

    private void buildScope() {
        scopeKind.setId("cycle-scope-kind");
        scopeKind.setItems(ScopeKind.values());
        scopeKind.setItemLabelGenerator(ScopeKind::label);
        unit.setId("cycle-scope-unit");
        unit.setItemLabelGenerator(u -> u.name() + (u.headName() == null ? "" : " (" + u.headName() + ")"));
        unit.setItems(q -> people.searchUnits(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        unit.setPlaceholder("Search units");
        unit.setHelperText("The unit and every unit below it take part.");
        unit.setWidthFull();
        bind(Step.SCOPE, "scope", binder.forField(scopeKind).asRequired("Choose the whole organisation or a unit.")
                .bind(f -> f.scopeKind, (f, v) -> f.scopeKind = v));
        bind(Step.SCOPE, "scope.unit", binder.forField(unit)
                .withValidator(u -> scopeKind.getValue() != ScopeKind.UNIT || u != null, "Choose the unit.")
                .bind(f -> f.unit, (f, v) -> f.unit = v));
        scopeKind.addValueChangeListener(e -> {
            unit.setEnabled(e.getValue() == ScopeKind.UNIT);
            if (e.getValue() != ScopeKind.UNIT) {
                unit.setInvalid(false);
            }
        });
        unit.setEnabled(false);
        add(section(Step.SCOPE, scopeKind, unit));
    }

    private void buildSchedule() {
        List<DatePicker> dates = List.of(defineBy, cascadeBy, reviewStartsOn, reviewBy, reviseBy, closeBy);
        String[] keys = {"defineBy", "cascadeBy", "reviewStartsOn", "reviewBy", "reviseBy", "closeBy"};
        String[] missing = {"the charter's confirmation", "the cascade", "the reviews' opening", "the reviews",
                "the revision", "the close"};
        for (int i = 0; i < dates.size(); i++) {
            DatePicker d = dates.get(i);
            d.setId("cycle-" + keys[i].replaceAll("([A-Z])", "-$1").toLowerCase());
            d.setLocale(Formats.locale());
            String key = keys[i];
            bind(Step.SCHEDULE, "deadlines." + key, binder.forField(d).asRequired("Set the deadline of " + missing[i]
                    + ".").bind(f -> f.deadline(key), (f, v) -> f.deadline(key, v)));
        }
        stepsByKey.put("deadlines", Step.SCHEDULE);
        fieldsByKey.put("deadlines", defineBy);

        frequency.setId("cycle-frequency");
        frequency.setLabel("Check-in cadence");
        frequency.setItems(Frequency.values());
        frequency.setEmptySelectionAllowed(true);
        frequency.setEmptySelectionCaption("Each unit's from the cycle rules");
        frequency.setItemLabelGenerator(f -> f == null ? "Each unit's from the cycle rules" : f.label() + " for everyone");
        frequency.setHelperText("The table below shows the rule that applies to each unit.");
        bind(Step.SCHEDULE, "frequency", binder.forField(frequency).bind(f -> f.frequency, (f, v) -> f.frequency = v));
        frequency.addValueChangeListener(e -> rulesTable.cadenceChanged());

        template.setId("cycle-review-template");
        template.setLabel("Review template");
        template.setItemLabelGenerator(t -> t == null ? "" : t.name() + " (version " + t.version()
                + (t.peersAsked() ? ", with peer input" : "") + ")");
        bind(Step.SCHEDULE, "reviewTemplateId", binder.forField(template)
                // a validator, not asRequired: a required vaadin-select puts aria-required on its value button (axe)
                .withValidator(java.util.Objects::nonNull, "Choose the review template.")
                .bind(f -> f.template, (f, v) -> f.template = v));
        noTemplates.setId("cycle-no-templates");
        noTemplates.addClassName("ladder-error-text");
        noTemplates.setVisible(false);

        FormLayout deadlines = twoColumns(defineBy, cascadeBy, reviewStartsOn, reviewBy, reviseBy, closeBy);
        FormLayout choices = twoColumns(frequency, template);
        H4 rulesHeading = new H4("The cycle rules per unit");
        rulesHeading.setId("cycle-rules-heading");
        rules.getElement().setAttribute("aria-labelledby", "cycle-rules-heading");
        add(section(Step.SCHEDULE, new Paragraph("Each unit's head gets the days the cycle rules give their unit to "
                + "set its goals, once the level above is ready; then the unit's people have theirs for personal "
                + "goals. Everything ends by the cascade's deadline."), deadlines, choices, noTemplates,
                rulesHeading, rulesNote, rules));
    }

    private void buildPreview() {
        binder.forField(acceptGaps).bind(f -> f.acceptGaps, (f, v) -> f.acceptGaps = v);
        fieldsByKey.put("acceptGaps", acceptGaps);
        stepsByKey.put("acceptGaps", Step.PREVIEW);
        acceptGaps.addValueChangeListener(e -> {
            acceptGaps.setInvalid(false);
            showButtons();
        });
        add(section(Step.PREVIEW, previewPanel.content()));
    }

    private <V> void bind(Step s, String key, Binder.Binding<LaunchForm, V> binding) {
        bindings.computeIfAbsent(s, k -> new ArrayList<>()).add(binding);
        if (binding.getField() instanceof HasValidation field) {
            fieldsByKey.put(key, field);
        }
        stepsByKey.put(key, s);
    }

    // --- navigation ------------------------------------------------------------------------------------------------

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!launches.mayLaunch()) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return;
        }
        List<ReviewTemplateSummary> templates = launches.reviewTemplates();
        template.setItems(templates);
        template.setEnabled(!templates.isEmpty());
        noTemplates.setText("No review template exists yet, so no cycle can be launched: an administrator or HR "
                + "sets one up under reviews first.");
        noTemplates.setVisible(templates.isEmpty());
        LaunchRequest suggested = launches.suggestedRequest();
        form.name = suggested.name();
        form.periodStart = suggested.periodStart();
        form.periodEnd = suggested.periodEnd();
        form.scopeKind = ScopeKind.ORGANISATION;
        form.deadlines(suggested.deadlines());
        deadlinesFor = periodKey();
        form.frequency = suggested.frequency();
        form.template = templates.stream().filter(t -> suggested.reviewTemplateId() != null
                && t.templateId() == suggested.reviewTemplateId()).findFirst().orElse(null);
        binder.setBean(form);
        unit.setEnabled(false);
        go(Step.BASICS);
    }

    private void forward() {
        if (!validate(step)) {
            return;
        }
        go(Step.values()[step.ordinal() + 1]);
    }

    /** Validates the step's fields on the form (each error on its field); the service checks everything again. */
    boolean validate(Step s) {
        boolean ok = true;
        for (Binder.Binding<LaunchForm, ?> b : bindings.getOrDefault(s, List.of())) {
            ok &= !b.validate().isError();
        }
        return ok;
    }

    void go(Step target) {
        step = target;
        formError.setText("");
        if (target == Step.SCHEDULE) {
            if (!periodKey().equals(deadlinesFor) && form.periodStart != null && form.periodEnd != null) {
                // the period changed since the deadlines were suggested: suggest them again for the new period
                form.deadlines(CycleLaunches.suggestedDeadlines(form.periodStart, form.periodEnd));
                deadlinesFor = periodKey();
                binder.setBean(form);
            }
            String scopeKey = scopeKey();
            if (!scopeKey.equals(rulesFor)) {
                loadPreview(p -> {
                    rulesFor = scopeKey;
                    rulesTable.show(p);
                });
            }
        } else if (target == Step.PREVIEW) {
            preview = null;
            previewPanel.hideResult();
            loadPreview(this::showPreview);
        }
        show();
    }

    private void show() {
        sections.forEach((s, section) -> section.setVisible(s == step));
        steps.show(step);
        showButtons();
    }

    private void showButtons() {
        back.setVisible(step != Step.BASICS);
        next.setVisible(step != Step.PREVIEW);
        launch.setVisible(step == Step.PREVIEW);
        launch.setEnabled(step == Step.PREVIEW && preview != null && (!preview.hasGaps() || acceptGaps.getValue()));
    }

    private String periodKey() {
        return form.periodStart + "/" + form.periodEnd;
    }

    private String scopeKey() {
        CycleScope s = form.scope();
        return s == null ? "" : s.key();
    }

    // --- previews --------------------------------------------------------------------------------------------------

    private void loadPreview(Consumer<LaunchPreview> onLoaded) {
        LaunchRequest request = form.request();
        int load = ++loads;
        UI ui = UI.getCurrent();
        loading.setVisible(true);
        if (step == Step.SCHEDULE) {
            rulesTable.loading();
        }
        next.setEnabled(false);
        try {
            pending = loader.load(() -> launches.preview(request)).handle((p, failure) -> {
                ui.access(() -> {
                    if (load != loads) {
                        return; // a newer preview was asked for meanwhile
                    }
                    loading.setVisible(false);
                    next.setEnabled(true);
                    if (failure == null) {
                        onLoaded.accept(p);
                    } else {
                        previewFailed(failure instanceof java.util.concurrent.CompletionException c
                                && c.getCause() != null ? c.getCause() : failure);
                    }
                    showButtons();
                });
                return null;
            });
        } catch (RejectedExecutionException busy) {
            loading.setVisible(false);
            next.setEnabled(true);
            formError.setText("The server is busy working out other previews. Please try again in a moment.");
        }
    }

    private void previewFailed(Throwable failure) {
        if (failure instanceof ValidationException invalid) {
            showErrors(invalid.fieldErrors());
        } else if (failure instanceof AccessDeniedException denied) {
            Toasts.error(denied.getMessage());
        } else {
            log.error("The launch preview failed", failure);
            formError.setText("The preview could not be worked out. Nothing was launched; please try again.");
        }
        rulesTable.failed();
    }

    void showPreview(LaunchPreview p) {
        preview = p;
        previewPanel.show(p, describe(form, p));
    }

    /** “H1 2027 for the whole organisation, 1 Jan 2027 – 30 Jun 2027: 24 units and 130 people.” */
    static String describe(LaunchForm f, LaunchPreview p) {
        String scope = f.scopeKind == ScopeKind.UNIT && f.unit != null ? f.unit.name() + " and the units below it"
                : "the whole organisation";
        return "“" + (f.name == null ? "" : f.name.trim()) + "” for " + scope + ", "
                + Formats.period(f.periodStart, f.periodEnd) + ": " + Plural.count(p.unitCount(), "unit", "units")
                + " and " + Plural.count(p.people(), "person", "people") + ". Nothing happens until you launch.";
    }

    // --- the launch ------------------------------------------------------------------------------------------------

    private void launch() {
        launch.setEnabled(false); // on the server too: Vaadin drops a second click that reaches a disabled button
        for (Step s : Step.values()) {
            if (!validate(s)) {
                go(s);
                return;
            }
        }
        if (preview == null) {
            return;
        }
        try {
            LaunchedCycle done = launches.launch(form.request());
            Toasts.success("“" + done.name() + "” is launched for " + Plural.count(done.units(), "unit", "units")
                    + " and " + Plural.count(done.people(), "person", "people") + ". Their first tasks are on their "
                    + "way.");
            UI.getCurrent().navigate(CyclesView.class);
        } catch (ValidationException e) {
            showErrors(e.fieldErrors());
            showButtons();
        } catch (AccessDeniedException e) {
            Toasts.error(e.getMessage());
            showButtons();
        }
    }

    /** Puts each of the service's messages on its field and opens the first step with one. */
    void showErrors(Map<String, String> errors) {
        Step first = null;
        List<String> unplaced = new ArrayList<>();
        for (var e : errors.entrySet()) {
            String key = e.getKey();
            if (key.equals("scope") && form.scopeKind == ScopeKind.UNIT) {
                key = "scope.unit";
            }
            HasValidation field = fieldsByKey.get(key);
            Step s = stepsByKey.get(key);
            if (field == null || s == null) {
                unplaced.add(e.getValue());
                continue;
            }
            field.setErrorMessage(e.getValue());
            field.setInvalid(true);
            if (first == null || s.ordinal() < first.ordinal()) {
                first = s;
            }
        }
        if (first != null && first != step) {
            Step target = first;
            step = target;
            show();
        }
        formError.setText(unplaced.isEmpty() ? (errors.size() == 1 ? "" : "Please correct the fields marked.")
                : String.join(" ", unplaced));
        if (errors.containsKey("periodStart") && errors.get("periodStart").contains("exists already")) {
            formError.setText(errors.get("periodStart"));
        }
    }
}
