package org.ladder.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ladder.base.persistence.DatabaseUnavailable;
import org.ladder.support.CharterFixtures;
import org.ladder.support.DatabaseSwitch;
import org.ladder.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The database cannot be reached: a click says so (and nothing was saved) and gives its button back, a page says
 * so inside the shell (whose badges need no database), the login page says sign-in is unavailable; once the
 * database is back the same click works. Karibu calls listeners directly, so a test hands a listener's failure to
 * the session's error handler, as Vaadin does with a real request.
 */
class DatabaseOutageUiTest extends KaribuTest {

    @Autowired
    DatabaseSwitch database;
    @Autowired
    CharterFixtures charters;
    @Autowired
    DataSource dataSource;

    @AfterEach
    void databaseBack() {
        database.on();
    }

    @Test
    void aClickDuringAnOutageSaysNothingWasSavedAndGivesTheButtonBack() {
        long id = charters.publish("An outage-proof mission " + System.nanoTime());
        login("employee");
        navigate("");
        Button acknowledge = _get(Button.class, b -> b.withId("acknowledge"));
        assertThat(acknowledge.isDisableOnClick()).isTrue();

        database.off();
        clickAsVaadinDoes(acknowledge);
        NotificationsKt.expectNotifications(DatabaseUnavailable.MESSAGE);
        assertThat(acknowledge.isEnabled()).as("the button the click disabled is enabled again").isTrue();

        database.on();
        acknowledge.click();
        NotificationsKt.expectNotifications("Thank you: you acknowledged charter version " + charters.numberOf(id)
                + ".");
    }

    @Test
    void aPageDuringAnOutageSaysTheDatabaseCannotBeReachedInsideTheShell() {
        login("employee");
        database.off();
        navigate("tasks");
        ErrorView error = _get(ErrorView.class);
        assertThat(_get(error, H2.class).getText()).isEqualTo("Ladder cannot reach its database");
        _get(MainLayout.class);
    }

    @Test
    void theLoginPageSaysSignInIsUnavailableNotThatThePasswordIsWrong() {
        UI.getCurrent().navigate("login", QueryParameters.of("unavailable", ""));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains(LoginView.UNAVAILABLE).doesNotContain(LoginView.WRONG);

        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(i18n(_get(LoginForm.class))).contains(LoginView.WRONG).doesNotContain(LoginView.UNAVAILABLE);
    }

    @Test
    void theConnectionPoolGivesUpWithinSeconds() throws Exception {
        assertThat(dataSource.unwrap(HikariDataSource.class).getConnectionTimeout()).isBetween(1000L, 5000L);
    }

    /** The texts the form shows, as Vaadin sends them to the browser. */
    private static String i18n(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    /** Vaadin runs a click listener and hands what it throws to the session's error handler. */
    private static void clickAsVaadinDoes(Button button) {
        try {
            button.click();
        } catch (RuntimeException failure) {
            assertThat(button.isEnabled()).as("the click disabled its button").isFalse();
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(failure, button.getElement().getNode()));
            return;
        }
        throw new AssertionError("The click should have failed: the database is switched off");
    }
}
