package org.ladder.checkins.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.ladder.base.ValidationException;
import org.ladder.base.security.Roles;
import org.ladder.base.text.Plural;
import org.ladder.base.ui.Formats;
import org.ladder.base.ui.Toasts;
import org.ladder.checkins.CadenceChange;
import org.ladder.checkins.CadenceImpact;
import org.ladder.checkins.CadenceScope;
import org.ladder.checkins.CheckInCadences;
import org.ladder.checkins.Frequency;
import org.ladder.people.OrgUnitNode;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * HR and heads of units start, change or stop the check-in cadence of a unit (with or without the units below it)
 * or of one person in it, after a confirmation that says how many people it touches.
 */
@Route("cadences")
@PageTitle("Check-in cadences")
@Menu(order = 41, title = "Check-in cadences", icon = "vaadin:calendar-clock")
@RolesAllowed({Roles.HR, Roles.ADMIN, Roles.MANAGER, Roles.LEADERSHIP})
class CadencesView extends VerticalLayout implements BeforeEnterObserver {

    /** How many members of a unit the person picker offers. */
    static final int PEOPLE_LISTED = 500;

    /** The form's values, bound with a {@link Binder}. */
    static final class Settings {
        private Frequency frequency = Frequency.WEEKLY;
        private LocalDate endsOn;

        Frequency getFrequency() {
            return frequency;
        }

        void setFrequency(Frequency frequency) {
            this.frequency = frequency;
        }

        LocalDate getEndsOn() {
            return endsOn;
        }

        void setEndsOn(LocalDate endsOn) {
            this.endsOn = endsOn;
        }
    }

    private final transient CheckInCadences cadences;
    private final transient PeopleService people;
    private final Clock clock;
    final ComboBox<OrgUnitNode> unit = new ComboBox<>("Unit");
    final Checkbox subUnits = new Checkbox("Include the units below it", true);
    final ComboBox<PersonSummary> person = new ComboBox<>("Only this person (optional)");
    final Paragraph impact = new Paragraph();
    final RadioButtonGroup<Frequency> frequency = new RadioButtonGroup<>("How often");
    final DatePicker endsOn = new DatePicker("Until");
    final Button start = new Button("Start");
    final Button change = new Button("Change");
    final Button stop = new Button("Stop");
    private final Binder<Settings> binder = new Binder<>();
    private final Settings settings = new Settings();

    CadencesView(CheckInCadences cadences, PeopleService people, Clock clock) {
        this.clock = clock;
        this.cadences = cadences;
        this.people = people;
        setId("cadences-view");
        setMaxWidth("48rem");
        add(new H2("Check-in cadences"), new Paragraph("People check in once per period: weekly, every two weeks "
                + "or monthly, until the end date. Starting leaves anyone already on a cadence as they are; a change "
                + "takes effect from each person's next period; stopping closes their open check-ins."));

        unit.setId("cadence-unit");
        unit.setItemLabelGenerator(OrgUnitNode::name);
        unit.setWidthFull();
        unit.setRequiredIndicatorVisible(true);
        subUnits.setId("cadence-subunits");
        person.setId("cadence-person");
        person.setItemLabelGenerator(PersonSummary::displayName);
        person.setClearButtonVisible(true);
        person.setWidthFull();
        impact.setId("cadence-impact");
        impact.getElement().setAttribute("aria-live", "polite");

        frequency.setId("cadence-frequency");
        frequency.setItems(Frequency.values());
        frequency.setItemLabelGenerator(Frequency::label);
        endsOn.setId("cadence-ends-on");
        endsOn.setLocale(Formats.locale());
        endsOn.setMin(LocalDate.now(clock));
        endsOn.setMax(LocalDate.now(clock).plusYears(CheckInCadences.MAX_YEARS_AHEAD));
        endsOn.setHelperText("Defaults to the end of the cycle year.");
        binder.forField(frequency).asRequired("Choose how often people check in.")
                .bind(Settings::getFrequency, Settings::setFrequency);
        binder.forField(endsOn).asRequired("Choose when the cadence ends.")
                .bind(Settings::getEndsOn, Settings::setEndsOn);

        start.setId("cadence-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.setId("cadence-change");
        stop.setId("cadence-stop");
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR);
        FlexLayout buttons = new FlexLayout(start, change, stop);
        buttons.getStyle().set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap");

        unit.addValueChangeListener(e -> unitChosen());
        subUnits.addValueChangeListener(e -> showImpact());
        person.addValueChangeListener(e -> showImpact());
        start.addClickListener(e -> confirm("start"));
        change.addClickListener(e -> confirm("change"));
        stop.addClickListener(e -> confirm("stop"));
        add(unit, subUnits, person, impact, frequency, endsOn, buttons);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!cadences.mayManageCadences()) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return;
        }
        List<OrgUnitNode> units = cadences.manageableUnits();
        unit.setItems(units);
        settings.setEndsOn(cadences.defaultEnd());
        binder.readBean(settings);
        if (units.size() == 1) {
            unit.setValue(units.get(0));
        }
        unitChosen();
    }

    private void unitChosen() {
        OrgUnitNode u = unit.getValue();
        person.clear();
        person.setItems(u == null ? List.of() : people.members(u.id(), 0, PEOPLE_LISTED));
        person.setEnabled(u != null);
        showImpact();
    }

    private CadenceScope scope() {
        if (person.getValue() != null) {
            return CadenceScope.person(person.getValue().id());
        }
        return unit.getValue() == null ? null : CadenceScope.unit(unit.getValue().id(), subUnits.getValue());
    }

    private void showImpact() {
        CadenceScope scope = scope();
        boolean chosen = scope != null;
        start.setEnabled(chosen);
        change.setEnabled(chosen);
        stop.setEnabled(chosen);
        subUnits.setEnabled(person.getValue() == null);
        if (!chosen) {
            impact.setText("Choose a unit.");
            return;
        }
        impact.setText(describe(cadences.impact(scope)));
    }

    /** “12 people: 8 weekly, 4 without a cadence.” */
    static String describe(CadenceImpact i) {
        if (i.people() == 0) {
            return "Nobody active works here.";
        }
        StringBuilder text = new StringBuilder(Plural.count(i.people(), "person", "people")).append(": ");
        List<String> parts = new java.util.ArrayList<>();
        for (Frequency f : Frequency.values()) {
            int n = i.running().getOrDefault(f, 0);
            if (n > 0) {
                parts.add(n + " " + f.label().toLowerCase());
            }
        }
        if (i.withoutCadence() > 0) {
            parts.add(i.withoutCadence() + " without a cadence");
        }
        return text.append(String.join(", ", parts)).append('.').toString();
    }

    private void confirm(String action) {
        CadenceScope scope = scope();
        if (scope == null) {
            unit.setInvalid(true);
            unit.setErrorMessage("Choose a unit.");
            return;
        }
        if (!action.equals("stop") && !binder.writeBeanIfValid(settings)) {
            return;
        }
        CadenceImpact i = cadences.impact(scope);
        String who = person.getValue() != null ? person.getValue().displayName()
                : unit.getValue().name() + (subUnits.getValue() ? " and the units below it" : "");
        String how = settings.getFrequency() == null ? "" : settings.getFrequency().phrase() + " until "
                + Formats.date(settings.getEndsOn());
        ConfirmDialog dialog = switch (action) {
            case "start" -> new ConfirmDialog("Start check-ins for " + Plural.count(i.withoutCadence(), "person",
                    "people") + "?", who + ": " + Plural.count(i.withoutCadence(), "person", "people")
                    + " start checking in " + how + ". " + (i.runningCount() > 0 ? i.runningCount()
                    + " already on a cadence keep theirs." : ""), "Start", e -> run(() -> cadences.start(scope,
                    settings.getFrequency(), settings.getEndsOn())), "Cancel", e -> { });
            case "change" -> new ConfirmDialog("Change the cadence of " + Plural.count(i.runningCount(), "person",
                    "people") + "?", who + ": " + Plural.count(i.runningCount(), "person", "people")
                    + " will check in " + how + ", from their next period on.", "Change",
                    e -> run(() -> cadences.change(scope, settings.getFrequency(), settings.getEndsOn())), "Cancel",
                    e -> { });
            default -> new ConfirmDialog("Stop the cadence of " + Plural.count(i.runningCount(), "person", "people")
                    + "?", who + ": their open check-ins close and no new ones are asked for.", "Stop",
                    e -> run(() -> cadences.stop(scope)), "Cancel", e -> { });
        };
        dialog.setId("confirm-cadence");
        dialog.open();
    }

    private void run(Supplier<CadenceChange> command) {
        try {
            CadenceChange done = command.get();
            Toasts.success(result(done));
            showImpact();
        } catch (ValidationException e) {
            showErrors(e.fieldErrors());
        } catch (AccessDeniedException e) {
            Toasts.error(e.getMessage());
        }
    }

    static String result(CadenceChange done) {
        if (done.started() > 0) {
            return "Started for " + Plural.count(done.started(), "person", "people") + ".";
        }
        if (done.changed() > 0) {
            return "Changed for " + Plural.count(done.changed(), "person", "people") + " from their next period.";
        }
        if (done.stopped() > 0) {
            return "Stopped for " + Plural.count(done.stopped(), "person", "people") + ".";
        }
        return "Nothing to do: nobody's cadence changed.";
    }

    private void showErrors(Map<String, String> errors) {
        if (errors.containsKey("frequency")) {
            frequency.setInvalid(true);
            frequency.setErrorMessage(errors.get("frequency"));
        }
        if (errors.containsKey("endsOn")) {
            endsOn.setInvalid(true);
            endsOn.setErrorMessage(errors.get("endsOn"));
        }
        if (errors.containsKey("scope")) {
            unit.setInvalid(true);
            unit.setErrorMessage(errors.get("scope"));
        }
    }
}
