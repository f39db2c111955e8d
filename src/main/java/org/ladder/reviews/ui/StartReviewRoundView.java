package org.ladder.reviews.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;

import org.ladder.base.ValidationException;
import org.ladder.base.security.Roles;
import org.ladder.base.text.Plural;
import org.ladder.base.ui.Formats;
import org.ladder.base.ui.Toasts;
import org.ladder.people.OrgUnitNode;
import org.ladder.people.PeopleService;
import org.ladder.reviews.ReviewLimits;
import org.ladder.reviews.ReviewRoundRequest;
import org.ladder.reviews.ReviewRoundStarted;
import org.ladder.reviews.ReviewLaunches;
import org.ladder.reviews.ReviewTemplateSummary;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * HR starts a review round by hand: a name, the period under review, the scope (everyone, or a unit with the units
 * below it) and the template, with a preview of how many people it reviews. One review per person in the round, so
 * pressing Start twice (or the same round again) starts nobody twice.
 */
@Route("review-rounds/new")
@PageTitle("Start reviews")
@RolesAllowed(Roles.HR)
class StartReviewRoundView extends VerticalLayout implements BeforeEnterObserver {

    enum Scope {
        EVERYONE("Everyone"), UNIT("A unit and the units below it");

        final String label;

        Scope(String label) {
            this.label = label;
        }
    }

    /** The form's bean. */
    static final class Round {
        String name = "";
        LocalDate periodStart;
        LocalDate periodEnd;
        Scope scope = Scope.UNIT;
        OrgUnitNode unit;
        ReviewTemplateSummary template;
    }

    private final transient ReviewLaunches rounds;
    private final transient PeopleService people;
    private final Clock clock;
    final TextField name = new TextField("Name people see");
    final DatePicker periodStart = new DatePicker("Period from");
    final DatePicker periodEnd = new DatePicker("Period to");
    final RadioButtonGroup<Scope> scope = new RadioButtonGroup<>("Who is reviewed");
    final ComboBox<OrgUnitNode> unit = new ComboBox<>("Unit");
    final Select<ReviewTemplateSummary> template = new Select<>();
    final Paragraph preview = new Paragraph();
    final Paragraph formError = new Paragraph();
    final Button start = new Button("Start reviews");
    private final Binder<Round> binder = new Binder<>();
    private final Round round = new Round();

    StartReviewRoundView(ReviewLaunches rounds, PeopleService people, Clock clock) {
        this.rounds = rounds;
        this.people = people;
        this.clock = clock;
        setId("start-review-round");
        addClassName("ladder-reviews");
        setMaxWidth("48rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H2("Start reviews"));
        List<ReviewTemplateSummary> templates = rounds.usableTemplates();
        if (templates.isEmpty()) {
            Paragraph none = new Paragraph("There is no review template yet. ");
            none.add(new Anchor(ReviewTemplatesView.ROUTE, "Write a review template first"));
            none.setId("start-review-no-template");
            none.addClassName("ladder-empty");
            add(none);
            return;
        }
        add(new Paragraph("Each person in the scope gets one review for the period: a self review, peer input when "
                + "the template asks for it, their manager's review with a performance and an alignment rating, "
                + "calibration per unit, then sharing. People who join later are not reviewed in this round."));
        formError.setId("start-review-error");
        formError.addClassName("ladder-form-error");
        formError.getElement().setAttribute("role", "alert");
        formError.setVisible(false);

        name.setId("start-review-name");
        ReviewFormat.limit(name, ReviewLimits.ROUND_NAME_MAX_LENGTH);
        name.setWidthFull();
        binder.forField(name).asRequired("Give the round a name.")
                .bind(r -> r.name, (r, v) -> r.name = v == null ? "" : v);
        periodStart.setId("start-review-from");
        periodEnd.setId("start-review-to");
        periodStart.setLocale(Formats.locale());
        periodEnd.setLocale(Formats.locale());
        binder.forField(periodStart).asRequired("Give the first day of the period.")
                .bind(r -> r.periodStart, (r, v) -> r.periodStart = v);
        binder.forField(periodEnd).asRequired("Give the last day of the period.")
                .withValidator(v -> periodStart.getValue() == null || !v.isBefore(periodStart.getValue()),
                        "The period ends on or after its first day.")
                .bind(r -> r.periodEnd, (r, v) -> r.periodEnd = v);
        FlexLayout period = new FlexLayout(periodStart, periodEnd);
        period.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        period.addClassName("ladder-review-buttons");

        scope.setId("start-review-scope");
        scope.setItems(Scope.values());
        scope.setItemLabelGenerator(s -> s.label);
        scope.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        binder.forField(scope).asRequired("Choose who is reviewed.").bind(r -> r.scope, (r, v) -> r.scope = v);
        unit.setId("start-review-unit");
        unit.setItemLabelGenerator(OrgUnitNode::name);
        unit.setItems(q -> people.searchUnits(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        unit.setWidthFull();
        unit.setHelperText("With the units below it");
        binder.forField(unit).withValidator(u -> scope.getValue() != Scope.UNIT || u != null, "Choose the unit.")
                .bind(r -> r.unit, (r, v) -> r.unit = v);

        template.setId("start-review-template");
        template.setLabel("Template");
        template.setItems(templates);
        template.setItemLabelGenerator(t -> t.name() + " (version " + t.version() + (t.peersAsked()
                ? ", with peer input)" : ")"));
        template.setWidthFull();
        binder.forField(template).asRequired("Choose a template.").bind(r -> r.template, (r, v) -> r.template = v);

        preview.setId("start-review-preview");
        preview.getElement().setAttribute("aria-live", "polite");
        start.setId("start-review-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> confirm());

        LocalDate today = LocalDate.now(clock);
        boolean secondHalf = today.getMonthValue() > 6;
        round.periodStart = LocalDate.of(today.getYear(), secondHalf ? Month.JULY : Month.JANUARY, 1);
        round.periodEnd = secondHalf ? LocalDate.of(today.getYear(), 12, 31) : LocalDate.of(today.getYear(), 6, 30);
        round.name = "Reviews " + (secondHalf ? "H2 " : "H1 ") + today.getYear();
        round.template = templates.get(0);
        binder.readBean(round);
        scope.addValueChangeListener(e -> scopeChosen());
        unit.addValueChangeListener(e -> showPreview());
        add(formError, name, period, scope, unit, template, preview, start);
        scopeChosen();
    }

    private void scopeChosen() {
        unit.setVisible(scope.getValue() == Scope.UNIT);
        showPreview();
    }

    private Long unitId() {
        return scope.getValue() == Scope.UNIT && unit.getValue() != null ? unit.getValue().id() : null;
    }

    private void showPreview() {
        if (scope.getValue() == Scope.UNIT && unit.getValue() == null) {
            preview.setText("Choose a unit to see how many people it reviews.");
            start.setEnabled(false);
            return;
        }
        long n = peopleInScope(unitId());
        preview.setText(n == 0 ? "Nobody active works here: there is nobody to review."
                : "About " + Plural.count(n, "person", "people") + " will be reviewed"
                        + (unit.getValue() != null && scope.getValue() == Scope.UNIT ? " in " + unit.getValue().name()
                                + " and the units below it" : "") + " (people without a manager are left out).");
        start.setEnabled(n > 0);
    }

    /**
     * About how many people a round for this scope reviews: the active members of the unit and the units below it
     * (of every unit for everyone). The start itself leaves out people without a manager and says so.
     */
    private long peopleInScope(Long unitId) {
        java.util.Collection<Long> units = unitId == null ? people.unitParents().keySet()
                : people.unitIdsAtOrBelow(List.of(unitId));
        return people.activeMemberIds(units).size();
    }

    /** The round's key: the same inputs give the same round, so starting it again starts nobody twice. */
    static String roundKey(LocalDate from, LocalDate to, Long unitId, long templateId) {
        return "hr-" + from + "-" + to + "-" + (unitId == null ? "all" : "u" + unitId) + "-t" + templateId;
    }

    private void confirm() {
        formError.setVisible(false);
        if (!binder.writeBeanIfValid(round)) {
            formError.setText("Some fields need a look: see the messages below.");
            formError.setVisible(true);
            return;
        }
        long n = peopleInScope(unitId());
        ConfirmDialog dialog = new ConfirmDialog("Start " + Plural.count(n, "review") + "?", round.name + ", "
                + Formats.period(round.periodStart, round.periodEnd) + ", with the template “" + round.template.name()
                + "”. Everyone in it gets their self review task now.", "Start", e -> run(), "Cancel", e -> { });
        dialog.setId("confirm-start-reviews");
        dialog.open();
    }

    private void run() {
        Long unitId = unitId();
        String key = roundKey(round.periodStart, round.periodEnd, unitId, round.template.templateId());
        try {
            ReviewRoundStarted done = rounds.startRound(new ReviewRoundRequest(key, round.name.trim(), round.periodStart,
                    round.periodEnd, round.template.templateId(), unitId, null));
            Toasts.success(done.started() == 0 ? "Nobody new to review: " + Plural.count(done.alreadyInRound(),
                    "person is", "people are") + " already in this round."
                    : "Started " + Plural.count(done.started(), "review") + (done.alreadyInRound() > 0 ? "; "
                            + done.alreadyInRound() + " already in this round" : "") + (done.withoutManager() > 0
                            ? "; " + Plural.count(done.withoutManager(), "person", "people") + " without a manager "
                                    + "left out" : "") + ". Their tasks follow in a moment.");
            getUI().ifPresent(ui -> ui.navigate(ReviewOverviewView.ROUTE + "/" + key));
        } catch (ValidationException e) {
            showErrors(e.fieldErrors());
        } catch (AccessDeniedException e) {
            Toasts.error(e.getMessage());
        }
    }

    void showErrors(Map<String, String> errors) {
        Map<String, HasValidation> fields = Map.of("name", name, "periodStart", periodStart, "periodEnd", periodEnd,
                "templateId", template, "unitId", unit, "scope", unit);
        List<String> general = new java.util.ArrayList<>();
        errors.forEach((key, message) -> {
            HasValidation field = fields.get(key);
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                general.add(message);
            }
        });
        formError.setText(general.isEmpty() ? "Some fields need a look: see the messages below."
                : String.join(" ", general));
        formError.setVisible(true);
    }
}
