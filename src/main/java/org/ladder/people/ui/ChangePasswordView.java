package org.ladder.people.ui;

import org.ladder.base.security.PortalHardening;
import org.ladder.base.ui.HomeView;
import org.ladder.base.ui.Toasts;
import org.ladder.people.AccountService;
import org.ladder.people.PasswordRejectedException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * Everyone changes their own password here (from the user menu), with the current one. Someone who signed in
 * with a one-time password set by an admin is sent here first and can open nothing else until they have chosen
 * their own.
 */
@Route(PortalHardening.PASSWORD_CHANGE_ROUTE)
@PageTitle("Change password")
@PermitAll
public class ChangePasswordView extends VerticalLayout {

    /** What the form edits; never stored. */
    static final class Change {
        private String current = "";
        private String next = "";
        private String repeat = "";

        String getCurrent() {
            return current;
        }

        void setCurrent(String current) {
            this.current = current;
        }

        String getNext() {
            return next;
        }

        void setNext(String next) {
            this.next = next;
        }

        String getRepeat() {
            return repeat;
        }

        void setRepeat(String repeat) {
            this.repeat = repeat;
        }
    }

    final PasswordField current = new PasswordField("Current password");
    final PasswordField next = new PasswordField("New password");
    final PasswordField repeat = new PasswordField("Repeat the new password");
    final Button save = new Button("Change password");
    final Paragraph forced = new Paragraph("You signed in with a one-time password. Choose your own password to "
            + "continue.");
    private final Binder<Change> binder = new Binder<>();
    private final transient AccountService accounts;

    public ChangePasswordView(AccountService accounts) {
        this.accounts = accounts;
        setId("change-password-view");
        setMaxWidth("32rem");
        forced.setId("password-change-required");
        forced.setVisible(accounts.passwordChangeRequired());

        current.setId("current-password");
        next.setId("new-password");
        next.setHelperText(AccountService.RULES);
        next.setMaxLength(AccountService.MAX_PASSWORD);
        repeat.setId("repeat-password");
        binder.forField(current).asRequired("Enter your current password.")
                .bind(Change::getCurrent, Change::setCurrent);
        binder.forField(next).asRequired("Enter a new password.")
                .withValidator((p, context) -> {
                    String problem = AccountService.check(p);
                    return problem == null ? ValidationResult.ok() : ValidationResult.error(problem);
                })
                .bind(Change::getNext, Change::setNext);
        binder.forField(repeat).asRequired("Repeat the new password.")
                .withValidator(r -> r.equals(next.getValue()), "The passwords do not match.")
                .bind(Change::getRepeat, Change::setRepeat);
        binder.setBean(new Change());

        save.setId("save-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        FormLayout form = new FormLayout(current, next, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(forced, form, save);
    }

    private void save() {
        if (!binder.validate().isOk()) {
            return;
        }
        Change change = binder.getBean();
        try {
            accounts.changeOwnPassword(change.getCurrent(), change.getNext());
        } catch (PasswordRejectedException ex) {
            PasswordField field = ex.getMessage().startsWith("The current password") ? current : next;
            field.setErrorMessage(ex.getMessage());
            field.setInvalid(true);
            return;
        }
        binder.setBean(new Change());
        Toasts.success("Your password has been changed.");
        UI.getCurrent().navigate(HomeView.class);
    }
}
