package org.ladder.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Sign-in page. Spring Security handles the POST to {@code /login}; a failed attempt comes back with
 * {@code ?error}, a sign-out with {@code ?logout}.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Ladder")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    /** Where the browser keeps the username typed, for the page after a failed sign-in (sessionStorage). */
    static final String USERNAME_KEY = "ladder.login.username";

    private final LoginForm login = new LoginForm();
    private final Paragraph signedOut = new Paragraph("You have been signed out.");

    public LoginView() {
        addClassName("ladder-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        H1 title = new H1("Ladder");
        Paragraph tagline = new Paragraph("See how your work ladders up to our mission.");
        tagline.addClassName("ladder-tagline");

        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("Username or e-mail");
        i18n.getErrorMessage().setTitle("Sign-in failed");
        i18n.getErrorMessage().setMessage("Check your username and password and try again.");
        login.setI18n(i18n);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setId("login-form");

        signedOut.setVisible(false);
        signedOut.addClassName("ladder-signed-out");
        Div card = new Div(title, tagline, signedOut, login);
        card.addClassName("ladder-login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        boolean error = params.containsKey("error");
        login.setError(error);
        signedOut.setVisible(params.containsKey("logout"));
        keepUsername(error);
    }

    /**
     * A failed sign-in reloads the page: the browser remembers the username typed (this tab only, never the
     * password) and puts it back after a failure, with the cursor in the password field.
     */
    private void keepUsername(boolean failed) {
        login.getElement().executeJs("""
                const form = this;
                const key = $1;
                const find = name => form.querySelector('[name=' + name + ']')
                    || (form.shadowRoot && form.shadowRoot.querySelector('[name=' + name + ']'));
                if (!form.__ladderKeepsUsername) {
                  form.__ladderKeepsUsername = true;
                  form.addEventListener('login', e => {
                    try { sessionStorage.setItem(key, e.detail.username || ''); } catch (ignored) { }
                  });
                }
                let username = null;
                try { username = sessionStorage.getItem(key); } catch (ignored) { }
                if (!$0) {
                  try { sessionStorage.removeItem(key); } catch (ignored) { }
                } else if (username) {
                  customElements.whenDefined('vaadin-login-form').then(() => requestAnimationFrame(() => {
                    const user = find('username');
                    const password = find('password');
                    if (user && !user.value) { user.value = username; }
                    if (password) { password.focus(); }
                  }));
                }
                """, failed, USERNAME_KEY);
    }
}
