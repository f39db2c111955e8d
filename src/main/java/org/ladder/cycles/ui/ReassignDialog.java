package org.ladder.cycles.ui;

import java.util.function.LongConsumer;

import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** Asks to whom an open task goes; the caller's action does the reassignment (and reports its refusals). */
class ReassignDialog extends Dialog {

    final ComboBox<PersonSummary> person = new ComboBox<>("Give the task to");
    final Button confirm = new Button("Reassign");

    ReassignDialog(PeopleService people, String taskName, String currentAssignee, LongConsumer onConfirm) {
        setHeaderTitle("Reassign a task");
        setId("cycle-reassign-dialog");
        person.setId("cycle-reassign-person");
        person.setItemLabelGenerator(p -> p.displayName() + (p.unitName() == null ? "" : " — " + p.unitName()));
        person.setItems(q -> people.directory(q.getFilter().orElse(""), false, q.getOffset(), q.getLimit()).stream());
        person.setRequired(true);
        person.setWidthFull();
        person.setHelperText("Search by name, e-mail or job title");
        confirm.setId("cycle-reassign-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        person.addValueChangeListener(e -> confirm.setEnabled(e.getValue() != null));
        confirm.addClickListener(e -> {
            if (person.getValue() != null) {
                onConfirm.accept(person.getValue().id());
            }
        });
        Button cancel = new Button("Cancel", e -> close());
        cancel.setId("cycle-reassign-cancel");
        add(new Paragraph(taskName + (currentAssignee == null ? " (offered, not assigned)"
                : " (now with " + currentAssignee + ")")), person);
        getFooter().add(cancel, confirm);
    }
}
