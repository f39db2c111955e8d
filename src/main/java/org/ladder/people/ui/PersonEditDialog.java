package org.ladder.people.ui;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.ladder.base.ConcurrentEditException;
import org.ladder.base.ValidationException;
import org.ladder.base.security.Role;
import org.ladder.base.ui.Toasts;
import org.ladder.people.OrgUnitNode;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonEdit;
import org.ladder.people.PersonEditing;
import org.ladder.people.PersonSummary;
import org.ladder.people.domain.Person;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

/**
 * HR and admins edit a person: names, e-mail, job title, unit, manager, roles, active. Roles the editor may not
 * grant or remove (ADMIN and HR, for HR) are shown but disabled; the service checks it all again and says what is
 * wrong, field by field; nothing is saved then.
 */
class PersonEditDialog extends Dialog {

    /** What the form edits; the service's {@link PersonEdit} is built from it on save. */
    static final class Form {
        private String firstName = "";
        private String lastName = "";
        private String email = "";
        private String jobTitle = "";
        private OrgUnitNode unit;
        private PersonSummary manager;
        private Set<Role> roles = EnumSet.of(Role.EMPLOYEE);
        private boolean active = true;

        public String getFirstName() { return firstName; }
        public void setFirstName(String v) { firstName = v; }
        public String getLastName() { return lastName; }
        public void setLastName(String v) { lastName = v; }
        public String getEmail() { return email; }
        public void setEmail(String v) { email = v; }
        public String getJobTitle() { return jobTitle; }
        public void setJobTitle(String v) { jobTitle = v; }
        public OrgUnitNode getUnit() { return unit; }
        public void setUnit(OrgUnitNode v) { unit = v; }
        public PersonSummary getManager() { return manager; }
        public void setManager(PersonSummary v) { manager = v; }
        public Set<Role> getRoles() { return roles; }
        public void setRoles(Set<Role> v) {
            roles = EnumSet.noneOf(Role.class);
            if (v != null) {
                roles.addAll(v);
            }
        }
        public boolean isActive() { return active; }
        public void setActive(boolean v) { active = v; }
    }

    private final transient PersonEditing editing;
    private final Runnable afterSave;
    private final PersonEdit loaded;
    final TextField firstName = new TextField("First name");
    final TextField lastName = new TextField("Last name");
    final EmailField email = new EmailField("E-mail");
    final TextField jobTitle = new TextField("Job title");
    final ComboBox<OrgUnitNode> unit = new ComboBox<>("Unit");
    final ComboBox<PersonSummary> manager = new ComboBox<>("Manager");
    final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
    final Checkbox active = new Checkbox("Still with the organisation");
    final Button save = new Button("Save");
    private final Binder<Form> binder = new Binder<>(Form.class);
    private final Form form = new Form();

    PersonEditDialog(PersonEditing editing, PeopleService people, long personId, Runnable afterSave) {
        this.editing = editing;
        this.afterSave = afterSave;
        this.loaded = editing.load(personId);
        setId("edit-person-dialog");
        setHeaderTitle("Edit " + loaded.firstName() + " " + loaded.lastName());
        setWidth("min(40rem, 95vw)");

        firstName.setId("edit-first-name");
        firstName.setMaxLength(Person.MAX_NAME_PART);
        lastName.setId("edit-last-name");
        lastName.setMaxLength(Person.MAX_NAME_PART);
        email.setId("edit-email");
        email.setMaxLength(Person.MAX_EMAIL);
        jobTitle.setId("edit-job-title");
        jobTitle.setMaxLength(Person.MAX_JOB_TITLE);
        unit.setId("edit-unit");
        unit.setItemLabelGenerator(OrgUnitNode::name);
        unit.setItems(q -> people.searchUnits(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        manager.setId("edit-manager");
        manager.setItemLabelGenerator(p -> p.displayName() + (p.jobTitle() == null ? "" : " · " + p.jobTitle()));
        manager.setItems(q -> people.directory(q.getFilter().orElse(""), false, q.getOffset(), q.getLimit())
                .stream().filter(p -> p.id() != personId));
        manager.setClearButtonVisible(true);
        unit.setClearButtonVisible(true);
        roles.setId("edit-roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(Role::label);
        roles.setItemEnabledProvider(r -> r != Role.EMPLOYEE && editing.mayGrant(r));
        roles.setHelperText(editing.mayGrant(Role.ADMIN) ? "Everyone is an employee."
                : "Everyone is an employee. Only administrators grant or remove Administrator and HR.");
        active.setId("edit-active");

        binder.forField(firstName).bind(Form::getFirstName, Form::setFirstName);
        binder.forField(lastName).bind(Form::getLastName, Form::setLastName);
        binder.forField(email).bind(Form::getEmail, Form::setEmail);
        binder.forField(jobTitle).bind(Form::getJobTitle, Form::setJobTitle);
        binder.forField(unit).bind(Form::getUnit, Form::setUnit);
        binder.forField(manager).bind(Form::getManager, Form::setManager);
        binder.forField(roles).bind(Form::getRoles, Form::setRoles);
        binder.forField(active).bind(Form::isActive, Form::setActive);

        form.setFirstName(loaded.firstName());
        form.setLastName(loaded.lastName());
        form.setEmail(loaded.email());
        form.setJobTitle(loaded.jobTitle() == null ? "" : loaded.jobTitle());
        form.setUnit(loaded.unitId() == null ? null : people.unit(loaded.unitId()).orElse(null));
        form.setManager(loaded.managerId() == null ? null
                : people.summaries(List.of(loaded.managerId())).stream().findFirst().orElse(null));
        form.setRoles(loaded.roles());
        form.setActive(loaded.active());
        binder.readBean(form);

        FormLayout layout = new FormLayout(firstName, lastName, email, jobTitle, unit, manager, roles, active);
        layout.setColspan(roles, 2);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        add(layout);

        save.setId("save-person");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button cancel = new Button("Cancel", e -> close());
        cancel.setId("cancel-edit-person");
        getFooter().add(cancel, save);
    }

    void save() {
        List.<HasValidation>of(firstName, lastName, email, jobTitle, unit, manager, roles)
                .forEach(f -> f.setInvalid(false));
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        PersonEdit edit = new PersonEdit(loaded.personId(), loaded.version(), loaded.externalId(),
                form.getFirstName(), form.getLastName(), form.getEmail(), form.getJobTitle(),
                form.getUnit() == null ? null : form.getUnit().id(),
                form.getManager() == null ? null : form.getManager().id(), form.getRoles(), form.isActive());
        try {
            editing.update(edit);
            Toasts.success("Saved " + form.getFirstName() + " " + form.getLastName() + ".");
            close();
            afterSave.run();
        } catch (ValidationException ex) {
            ex.fieldErrors().forEach((key, message) -> {
                HasValidation field = switch (key) {
                    case "firstName" -> firstName;
                    case "lastName" -> lastName;
                    case "email" -> email;
                    case "jobTitle" -> jobTitle;
                    case "unit" -> unit;
                    case "manager" -> manager;
                    default -> roles;
                };
                field.setErrorMessage(message);
                field.setInvalid(true);
            });
        } catch (ConcurrentEditException ex) {
            Toasts.error(ex.getMessage());
        }
    }
}
