package org.ladder.people.ui;

import org.ladder.people.AccountService;
import org.ladder.people.PersonSummary;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/**
 * The admin's "Set one-time password…" action on a person's page; shown only to admins, for people who have not
 * left. The person must choose their own password at their next sign-in.
 */
class OneTimePasswordAction extends Composite<Button> {

    OneTimePasswordAction(AccountService accounts, PersonSummary person) {
        Button button = getContent();
        button.setText("Set one-time password…");
        button.setId("open-set-password");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addClickListener(e -> new SetPasswordDialog(accounts, person).open());
        setVisible(person.active() && accounts.maySetPasswords());
    }
}
