package org.ladder.base.ui;

import org.ladder.base.security.OidcLogin;

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
 * {@code ?error}, one that could not be checked (no database) with {@code ?unavailable}, a sign-out with
 * {@code ?logout}, a refused single sign-on with {@code ?sso=<code>} ({@link SingleSignOnSection}).
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Ladder")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    /** Shown when the credentials could not be checked (the database cannot be reached). */
    static final String UNAVAILABLE = "Sign-in is unavailable right now: Ladder cannot reach its database. Your "
            + "username and password were not checked; please try again in a moment.";
    /** The one answer to every failed sign-in: wrong password, unknown account or a pause after many failures. */
    public static final String FAILED_MESSAGE = "Check your username and password and try again. After several "
            + "failed attempts, sign-in pauses for a few minutes.";
    static final String WRONG = FAILED_MESSAGE;

    private final LoginForm login = new LoginForm();
    private final LoginI18n i18n;
    private final Paragraph signedOut = new Paragraph("You have been signed out.");
    private final SingleSignOnSection singleSignOn;

    public LoginView(OidcLogin oidcLogin) {
        singleSignOn = new SingleSignOnSection(oidcLogin.options());
        addClassName("ladder-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        H1 title = new H1("Ladder");
        Paragraph tagline = new Paragraph("See how your work ladders up to our mission.");
        tagline.addClassName("ladder-tagline");

        i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("Username or e-mail");
        i18n.getErrorMessage().setTitle("Sign-in failed");
        i18n.getErrorMessage().setMessage(WRONG);
        login.setI18n(i18n);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setId("login-form");

        signedOut.setVisible(false);
        signedOut.addClassName("ladder-signed-out");
        Div card = new Div(title, tagline, signedOut, singleSignOn, login);
        card.addClassName("ladder-login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        boolean unavailable = params.containsKey("unavailable");
        i18n.getErrorMessage().setTitle(unavailable ? "Sign-in unavailable" : "Sign-in failed");
        i18n.getErrorMessage().setMessage(unavailable ? UNAVAILABLE : WRONG);
        login.setI18n(i18n);
        login.setError(params.containsKey("error") || unavailable);
        signedOut.setVisible(params.containsKey("logout"));
        singleSignOn.show(params);
    }
}
