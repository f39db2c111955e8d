package org.ladder.people.ui;

import org.ladder.base.ui.Toasts;
import org.ladder.people.AccountService;
import org.ladder.people.PasswordRejectedException;
import org.ladder.people.PersonSummary;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;

/**
 * Admins set a one-time sign-in password for a person, who must choose their own at the next sign-in; rule
 * violations show on the field and save nothing.
 */
class SetPasswordDialog extends Dialog {

    final PasswordField password = new PasswordField("One-time password");
    final PasswordField repeat = new PasswordField("Repeat the password");
    final Button save = new Button("Set one-time password");

    SetPasswordDialog(AccountService accounts, PersonSummary person) {
        setHeaderTitle("One-time password for " + person.displayName());
        setId("set-password-dialog");
        password.setId("new-password");
        password.setHelperText(AccountService.RULES);
        password.setMaxLength(AccountService.MAX_PASSWORD);
        password.setWidthFull();
        repeat.setId("repeat-password");
        repeat.setWidthFull();
        VerticalLayout body = new VerticalLayout(
                new Paragraph("They sign in with their username or e-mail (" + person.email() + ") and this password, "
                        + "then choose their own. Their open sessions end now."), password,
                repeat);
        body.setPadding(false);
        add(body);
        save.setId("save-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            password.setInvalid(false);
            repeat.setInvalid(false);
            String problem = AccountService.check(password.getValue());
            if (problem != null) {
                password.setErrorMessage(problem);
                password.setInvalid(true);
                return;
            }
            if (!password.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage("The passwords do not match.");
                repeat.setInvalid(true);
                return;
            }
            try {
                accounts.setPassword(person.id(), password.getValue());
                Toasts.success("One-time password set for " + person.displayName() + ".");
                close();
            } catch (PasswordRejectedException ex) {
                password.setErrorMessage(ex.getMessage());
                password.setInvalid(true);
            }
        });
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, save);
    }
}
