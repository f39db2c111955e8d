package org.ladder.goals.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.ladder.goals.GoalLimits;
import org.ladder.goals.KeyResultDraft;
import org.ladder.goals.KeyResultType;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * A goal's key results as one field: a row per key result (name, type, baseline, target, current, unit, weight),
 * up to {@link GoalLimits#KEY_RESULTS_MAX}, with the running total of the weights. Its value is the list of drafts
 * the service checks; the service's messages land on the row field they name ({@link #showError}) or, for the
 * list as a whole, on this field.
 */
class KeyResultEditor extends CustomField<List<KeyResultDraft>> {

    final List<Row> rows = new ArrayList<>();
    private final VerticalLayout box = new VerticalLayout();
    final Span weightTotal = new Span();
    final Button add = new Button("Add a key result", VaadinIcon.PLUS.create());

    KeyResultEditor() {
        super(List.of());
        setId("goal-key-results-editor");
        addClassName("ladder-kr-editor");
        setWidthFull();
        box.setPadding(false);
        box.setSpacing(false);
        box.addClassName("ladder-kr-rows");
        weightTotal.setId("goal-weight-total");
        weightTotal.addClassName("ladder-weight-total");
        add.setId("goal-add-key-result");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClickListener(e -> {
            addRow(blank(rows.isEmpty()));
            changed();
        });
        HorizontalLayout footer = new HorizontalLayout(add, weightTotal);
        footer.setAlignItems(FlexComponent.Alignment.CENTER);
        footer.addClassName("ladder-kr-footer");
        add(box, footer);
        updateTotal();
    }

    /** A new key result: a number from 0; the first one weighs 100 %. */
    static KeyResultDraft blank(boolean first) {
        return new KeyResultDraft(null, "", KeyResultType.NUMERIC, BigDecimal.ZERO, null, BigDecimal.ZERO, null,
                first ? GoalLimits.WEIGHT_TOTAL : null);
    }

    @Override
    protected List<KeyResultDraft> generateModelValue() {
        return rows.stream().map(Row::toDraft).toList();
    }

    @Override
    protected void setPresentationValue(List<KeyResultDraft> value) {
        rows.clear();
        box.removeAll();
        (value == null ? List.<KeyResultDraft>of() : value).forEach(this::addRow);
        updateTotal();
    }

    private void addRow(KeyResultDraft kr) {
        if (rows.size() >= GoalLimits.KEY_RESULTS_MAX) {
            return;
        }
        Row row = new Row(kr);
        row.remove.addClickListener(e -> {
            rows.remove(row);
            box.remove(row.layout);
            changed();
        });
        rows.add(row);
        box.add(row.layout);
    }

    private void changed() {
        updateTotal();
        updateValue();
    }

    /** The sum of the weights given so far. */
    int total() {
        return rows.stream().map(r -> r.weight.getValue()).filter(Objects::nonNull).mapToInt(i -> i).sum();
    }

    private void updateTotal() {
        int total = total();
        weightTotal.setText("Weights: " + total + " / " + GoalLimits.WEIGHT_TOTAL);
        boolean off = !rows.isEmpty() && total != GoalLimits.WEIGHT_TOTAL;
        weightTotal.getElement().getClassList().set("ladder-weight-off", off);
        weightTotal.getElement().getClassList().set("ladder-weight-ok", !rows.isEmpty() && !off);
        add.setEnabled(rows.size() < GoalLimits.KEY_RESULTS_MAX);
    }

    /** Shows {@code message} on field {@code field} ("target") of row {@code index}; false when there is none. */
    boolean showError(int index, String field, String message) {
        HasValidation f = index >= 0 && index < rows.size() ? rows.get(index).field(field) : null;
        if (f == null) {
            return false;
        }
        f.setErrorMessage(message);
        f.setInvalid(true);
        return true;
    }

    void clearErrors() {
        setInvalid(false);
        rows.forEach(r -> r.fields().forEach(f -> f.setInvalid(false)));
    }

    /** One key result being edited. */
    final class Row {
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

        Row(KeyResultDraft kr) {
            id = kr.id();
            name.setMaxLength(GoalLimits.KEY_RESULT_NAME_MAX_LENGTH);
            name.setPlaceholder("e.g. Reduce onboarding time");
            name.addClassName("ladder-kr-name");
            type.setLabel("Type");
            type.setItems(KeyResultType.values());
            type.setItemLabelGenerator(KeyResultType::label);
            type.addClassName("ladder-kr-type");
            unit.setMaxLength(GoalLimits.KEY_RESULT_UNIT_MAX_LENGTH);
            unit.addClassName("ladder-kr-unit");
            for (var f : List.of(baseline, target, current)) {
                f.addClassName("ladder-kr-number");
            }
            weight.setMin(1);
            weight.setMax(GoalLimits.WEIGHT_TOTAL);
            weight.setStepButtonsVisible(false);
            weight.addClassName("ladder-kr-weight");
            weight.setValueChangeMode(ValueChangeMode.EAGER);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel("Remove key result");
            remove.addClassName("ladder-kr-remove");

            name.setValue(kr.name() == null ? "" : kr.name());
            type.setValue(kr.type() == null ? KeyResultType.NUMERIC : kr.type());
            baseline.setValue(KeyResultFormat.editable(kr.baseline()));
            target.setValue(KeyResultFormat.editable(kr.target()));
            current.setValue(KeyResultFormat.editable(kr.current()));
            unit.setValue(kr.unit() == null ? "" : kr.unit());
            weight.setValue(kr.weight());
            unitHint(type.getValue());

            type.addValueChangeListener(e -> typeChanged(e.getValue()));
            for (var f : List.of(name, unit)) {
                f.addValueChangeListener(e -> changed());
            }
            for (var f : List.of(baseline, target, current)) {
                f.addValueChangeListener(e -> changed());
            }
            weight.addValueChangeListener(e -> changed());
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
            unitHint(t);
            changed();
        }

        private void unitHint(KeyResultType t) {
            unit.setPlaceholder(t == KeyResultType.CURRENCY ? "EUR, USD…" : "days, EUR…");
        }

        KeyResultDraft toDraft() {
            String u = unit.getValue().trim();
            return new KeyResultDraft(id, name.getValue().trim(), type.getValue(), baseline.getValue(),
                    target.getValue(), current.getValue(), u.isEmpty() ? null : u, weight.getValue());
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
