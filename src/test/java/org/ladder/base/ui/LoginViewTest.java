package org.ladder.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ladder.base.security.OidcRefusal;
import org.ladder.support.KaribuTest;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.login.LoginForm;

class LoginViewTest extends KaribuTest {

    @Test
    void showsTheFormAndAnErrorAfterAFailedAttempt() {
        navigate("login");
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isFalse();
        assertThat(form.getAction()).isEqualTo("login");

        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(_get(LoginForm.class).isError()).isTrue();
    }

    @Test
    void withoutAnIdentityProviderThereIsNoSingleSignOnButton() {
        navigate("login");
        assertThat(_find(Anchor.class, spec -> spec.withId("sso-sign-in"))).isEmpty();
        assertThat(_find(SingleSignOnSection.class)).isEmpty(); // Karibu finds visible components only
        assertThat(_get(LoginForm.class).isVisible()).isTrue();
    }

    @Test
    void explainsARefusedSingleSignOn() {
        UI.getCurrent().navigate("login", QueryParameters.of(OidcRefusal.PARAMETER, "deactivated"));
        Paragraph refused = _get(Paragraph.class, spec -> spec.withId("sso-refused"));
        assertThat(refused.isVisible()).isTrue();
        assertThat(refused.getText()).isEqualTo(OidcRefusal.DEACTIVATED.message());
        assertThat(_get(LoginForm.class).isError()).isFalse();

        UI.getCurrent().navigate("login", QueryParameters.of(OidcRefusal.PARAMETER, "<script>"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("sso-refused")).getText())
                .isEqualTo(OidcRefusal.FAILED.message());
    }

    @Test
    void confirmsSigningOut() {
        UI.getCurrent().navigate("login", QueryParameters.of("logout", ""));
        assertThat(_get(Paragraph.class, p -> p.withText("You have been signed out.")).isVisible()).isTrue();
    }
}
