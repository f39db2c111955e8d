package org.ladder.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ladder.base.ui.HomeView;
import org.ladder.people.domain.PersonRepository;
import org.ladder.support.Accounts;
import org.ladder.support.Accounts.Account;
import org.ladder.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;

/**
 * What people see of passwords (issue 8, security item 5): the forced change after a one-time password, the
 * change-password page in the user menu, and the admin's one-time password action on a person's page.
 */
class PasswordViewsTest extends KaribuTest {

    @Autowired
    Accounts accounts;
    @Autowired
    PersonRepository people;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void aOneTimePasswordMustBeReplacedBeforeAnythingElse() {
        Account account = accounts.fresh();
        login(account.login());
        navigate("");
        ChangePasswordView view = _get(ChangePasswordView.class);
        assertThat(view.forced.isVisible()).isTrue();
        navigate("organisation");
        _get(ChangePasswordView.class);

        view = _get(ChangePasswordView.class);
        view.current.setValue(account.password());
        view.next.setValue("1234567890");
        view.repeat.setValue("1234567890");
        view.save.click();
        assertThat(view.next.isInvalid()).isTrue();
        assertThat(view.next.getErrorMessage()).contains("most common");

        view.next.setValue("copper violin harbour");
        view.repeat.setValue("copper violin harbour");
        view.save.click();

        NotificationsKt.expectNotifications("Your password has been changed.");
        _get(HomeView.class);
        navigate("organisation");
        _get(OrganisationView.class);
        assertThat(encoder.matches("copper violin harbour",
                people.findById(account.id()).orElseThrow().getPasswordHash())).isTrue();
    }

    @Test
    void everyoneReachesTheChangePasswordPageFromTheUserMenu() {
        login("employee");
        navigate("");
        Anchor link = _get(Anchor.class, a -> a.withId("change-password"));
        assertThat(link.getHref()).isEqualTo("account/password");
        navigate(link.getHref());
        ChangePasswordView view = _get(ChangePasswordView.class);
        assertThat(view.forced.isVisible()).isFalse();
        view.current.setValue("not my password");
        view.next.setValue("copper violin harbour");
        view.repeat.setValue("copper violin harbour");
        view.save.click();
        assertThat(view.current.isInvalid()).isTrue();
        assertThat(view.current.getErrorMessage()).isEqualTo("The current password is not right.");
    }

    @Test
    void onlyAnAdminSeesTheOneTimePasswordActionAndItForcesAChange() {
        Account account = accounts.fresh();
        login("hr");
        navigate("person/" + account.id());
        assertThat(_find(OneTimePasswordAction.class)).allSatisfy(a -> assertThat(a.isVisible()).isFalse());

        login("admin");
        navigate("person/" + account.id());
        _get(Button.class, b -> b.withId("open-set-password")).click();
        SetPasswordDialog dialog = _get(SetPasswordDialog.class);
        dialog.password.setValue("harbour copper violin");
        dialog.repeat.setValue("harbour copper violin");
        dialog.save.click();
        NotificationsKt.expectNotifications("One-time password set for Jon Doe.");
        var person = people.findById(account.id()).orElseThrow();
        assertThat(person.isPasswordChangeRequired()).isTrue();
        assertThat(encoder.matches("harbour copper violin", person.getPasswordHash())).isTrue();
    }
}
