package org.ladder.goals.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ladder.goals.GoalDraft;
import org.ladder.goals.GoalLevel;
import org.ladder.goals.GoalLimits;
import org.ladder.goals.GoalQueries;
import org.ladder.goals.GoalRef;
import org.ladder.goals.KeyResultDraft;
import org.ladder.goals.Visibility;
import org.ladder.people.OrgUnitNode;
import org.ladder.people.PersonSummary;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.function.ValueProvider;

/**
 * The fields of a goal, bound with a {@link Binder} to a {@link Values} bean that becomes the {@link GoalDraft} the
 * service checks. Each field is bound once with the key the service names it by in a validation error, so a
 * message lands on its field in one place ({@link #showErrors}); a message for a field that is not shown goes to the
 * form's general error line.
 */
class GoalForm extends VerticalLayout {

    private static final Pattern KR_KEY = Pattern.compile("keyResults\\[(\\d+)]\\.(\\w+)");

    final Paragraph formError = new Paragraph();
    final Select<GoalLevel> level = new Select<>();
    final TextField title = new TextField("Title");
    final TextArea description = new TextArea("Description");
    final ComboBox<OrgUnitNode> ownerUnit = new ComboBox<>("Owning unit");
    final ComboBox<PersonSummary> ownerPerson = new ComboBox<>("Owner");
    final Select<String> pillar = new Select<>();
    final ComboBox<GoalRef> parent;
    final Span orphanHint = new Span("No parent: this goal will be an orphan — nobody will see what it moves "
            + "forward until it is aligned.");
    final MultiSelectComboBox<GoalRef> contributesTo;
    final DatePicker periodStart = new DatePicker("Period from");
    final DatePicker periodEnd = new DatePicker("Period to");
    final RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>("Visible to");
    final KeyResultEditor keyResults = new KeyResultEditor();
    final TextArea reason = new TextArea("Why does it change?");

    final Binder<Values> binder = new Binder<>();
    /** The service's error keys and the fields they name. */
    private final Map<String, HasValidation> byKey = new LinkedHashMap<>();

    /** The goal being edited, so the pickers never offer it; null for a new goal. */
    private Long editedId;

    GoalForm(GoalQueries queries) {
        setPadding(false);
        parent = GoalPicker.single("Ladders up to (parent goal)", (text, limit) -> queries.parentCandidates(
                level.getValue(), ownerUnit.getValue() == null ? null : ownerUnit.getValue().id(), text, limit),
                () -> editedId);
        contributesTo = GoalPicker.multi("Also contributes to", queries::searchVisible, () -> editedId);
        configure();
        bind();
        layOut();
        level.addValueChangeListener(e -> levelChanged());
        ownerUnit.addValueChangeListener(e -> {
            if (e.isFromClient() || e.getOldValue() != null) {
                parent.clear(); // a unit goal's parent depends on the unit
            }
            parent.getDataProvider().refreshAll();
        });
    }

    private void configure() {
        formError.setId("goal-form-error");
        formError.addClassName("ladder-error-text");
        formError.setVisible(false);

        level.setId("goal-level-field");
        level.setLabel("Level");
        level.setItemLabelGenerator(GoalLevel::label);

        title.setId("goal-title-field");
        title.setWidthFull();
        title.setMaxLength(GoalLimits.TITLE_MAX_LENGTH);
        title.setRequiredIndicatorVisible(true);
        title.setHelperText("What you want to achieve, in a few words.");
        description.setId("goal-description-field");
        description.setWidthFull();
        description.setMaxLength(GoalLimits.DESCRIPTION_MAX_LENGTH);

        ownerUnit.setId("goal-owner-unit");
        ownerUnit.setItemLabelGenerator(OrgUnitNode::name);
        ownerUnit.setRequiredIndicatorVisible(true);
        ownerPerson.setId("goal-owner-person");
        ownerPerson.setItemLabelGenerator(PersonSummary::displayName);

        pillar.setId("goal-pillar-field");
        pillar.setLabel("Serves the pillar");
        pillar.setEmptySelectionAllowed(false);
        pillar.setRequiredIndicatorVisible(true);

        parent.setId("goal-parent-field");
        parent.setWidthFull();
        parent.setClearButtonVisible(true);
        parent.setHelperText("Only active goals you can see, one level up: a unit goal or a company goal.");
        parent.addValueChangeListener(e -> updateOrphanHint());
        orphanHint.setId("goal-orphan-hint");
        orphanHint.addClassNames("ladder-hint", "ladder-orphan-hint");

        contributesTo.setId("goal-contributes-field");
        contributesTo.setWidthFull();
        contributesTo.setHelperText("Other goals this one helps, besides its parent (optional).");

        periodStart.setId("goal-period-start");
        periodEnd.setId("goal-period-end");
        periodStart.addValueChangeListener(e -> periodEnd.setMin(e.getValue()));

        visibility.setId("goal-visibility-field");
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(Visibility::label);

        reason.setId("goal-reason-field");
        reason.setWidthFull();
        reason.setMaxLength(GoalLimits.REASON_MAX_LENGTH);
        reason.setHelperText("Kept in the goal's history and shown to the people whose goals ladder up to it.");
    }

    /** Each field with its property and the key of the service's message for it. */
    private void bind() {
        bind(level, "level", Values::level, (v, x) -> v.level = x);
        bind(title, "title", Values::title, (v, x) -> v.title = x);
        bind(description, "description", Values::description, (v, x) -> v.description = x);
        bind(ownerUnit, null, Values::ownerUnit, (v, x) -> v.ownerUnit = x);
        bind(ownerPerson, null, Values::ownerPerson, (v, x) -> v.ownerPerson = x);
        bind(pillar, "pillar", Values::pillar, (v, x) -> v.pillar = x);
        bind(parent, "parent", Values::parent, (v, x) -> v.parent = x);
        bind(contributesTo, "contributesTo", Values::contributesTo, (v, x) -> v.contributesTo = x);
        bind(periodStart, "periodStart", Values::periodStart, (v, x) -> v.periodStart = x);
        bind(periodEnd, "periodEnd", Values::periodEnd, (v, x) -> v.periodEnd = x);
        bind(visibility, "visibility", Values::visibility, (v, x) -> v.visibility = x);
        bind(keyResults, "keyResults", Values::keyResults, (v, x) -> v.keyResults = x);
        bind(reason, "reason", Values::reason, (v, x) -> v.reason = x);
    }

    private <F extends HasValue<?, T> & HasValidation, T> void bind(F field, String key, ValueProvider<Values, T> get,
            Setter<Values, T> set) {
        binder.forField(field).bind(get, set);
        if (key != null) {
            byKey.put(key, field);
        }
    }

    private void layOut() {
        HorizontalLayout owner = new HorizontalLayout(level, ownerUnit, ownerPerson, pillar);
        owner.setAlignItems(FlexComponent.Alignment.BASELINE);
        owner.setWrap(true);
        HorizontalLayout period = new HorizontalLayout(periodStart, periodEnd);
        period.setAlignItems(FlexComponent.Alignment.BASELINE);
        period.setWrap(true);
        Div parentBox = new Div(parent, orphanHint);
        parentBox.setWidthFull();
        parentBox.setId("goal-parent-box");
        add(formError, owner, title, description, parentBox, contributesTo, period, visibility, new H3("Key results"),
                keyResults, reason);
    }

    /** Shows {@code values}; {@code editedId} is the goal being edited (null for a new one). */
    void read(Values values, Long editedId) {
        this.editedId = editedId;
        binder.readBean(values);
        updateOrphanHint();
    }

    /** The draft the fields describe, as the service takes it. */
    GoalDraft toDraft() {
        Values v = new Values();
        binder.writeBeanAsDraft(v, true);
        return v.toDraft(reason.isVisible());
    }

    /** Shows the fields the level has; a new goal's parent is chosen again (the candidates depend on the level). */
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
        if (editedId == null) {
            parent.clear();
        }
        parent.getDataProvider().refreshAll();
        updateOrphanHint();
    }

    void updateOrphanHint() {
        orphanHint.setVisible(level.getValue() != GoalLevel.COMPANY && parent.getValue() == null);
    }

    // --- the service's messages -------------------------------------------------------------------------------

    void clearErrors() {
        formError.setVisible(false);
        byKey.values().forEach(f -> f.setInvalid(false));
        ownerUnit.setInvalid(false);
        ownerPerson.setInvalid(false);
        keyResults.clearErrors();
    }

    /** Each message on the field its key names; the others, and those of hidden fields, in the general line. */
    void showErrors(Map<String, String> errors) {
        List<String> general = new ArrayList<>();
        errors.forEach((key, message) -> {
            Matcher m = KR_KEY.matcher(key);
            if (m.matches()) {
                if (!keyResults.showError(Integer.parseInt(m.group(1)), m.group(2), message)) {
                    general.add(message);
                }
                return;
            }
            HasValidation f = field(key);
            if (f == null || !((Component) f).isVisible()) {
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

    /** The field a message key names, or null. */
    HasValidation field(String key) {
        if ("owner".equals(key)) {
            return level.getValue() == GoalLevel.UNIT ? ownerUnit : ownerPerson;
        }
        return byKey.get(key);
    }

    /** What the form holds: a goal as the fields show it. */
    static final class Values {
        GoalLevel level;
        String title = "";
        String description = "";
        OrgUnitNode ownerUnit;
        PersonSummary ownerPerson;
        String pillar;
        GoalRef parent;
        Set<GoalRef> contributesTo = new LinkedHashSet<>();
        LocalDate periodStart;
        LocalDate periodEnd;
        Visibility visibility = Visibility.PUBLIC;
        List<KeyResultDraft> keyResults = List.of();
        String reason = "";

        GoalLevel level() {
            return level;
        }

        String title() {
            return title;
        }

        String description() {
            return description;
        }

        OrgUnitNode ownerUnit() {
            return ownerUnit;
        }

        PersonSummary ownerPerson() {
            return ownerPerson;
        }

        String pillar() {
            return pillar;
        }

        GoalRef parent() {
            return parent;
        }

        Set<GoalRef> contributesTo() {
            return contributesTo;
        }

        LocalDate periodStart() {
            return periodStart;
        }

        LocalDate periodEnd() {
            return periodEnd;
        }

        Visibility visibility() {
            return visibility;
        }

        List<KeyResultDraft> keyResults() {
            return keyResults;
        }

        String reason() {
            return reason;
        }

        /** Only what the level has: an owning unit for unit goals, a person for personal ones, a pillar for company. */
        GoalDraft toDraft(boolean withReason) {
            GoalLevel l = level;
            Long unitId = l == GoalLevel.UNIT && ownerUnit != null ? ownerUnit.id() : null;
            Long personId = l == GoalLevel.PERSONAL && ownerPerson != null ? ownerPerson.id() : null;
            Long parentId = l != GoalLevel.COMPANY && parent != null ? parent.id() : null;
            List<Long> contributes = contributesTo == null ? List.of() : contributesTo.stream().map(GoalRef::id)
                    .toList();
            String why = withReason ? blankToNull(reason) : null;
            return new GoalDraft(l, title == null ? "" : title.trim(), blankToNull(description), unitId, personId,
                    parentId, contributes, l == GoalLevel.COMPANY ? pillar : null, periodStart, periodEnd,
                    l == GoalLevel.PERSONAL ? visibility : Visibility.PUBLIC, keyResults, why);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.trim();
        }
    }
}
