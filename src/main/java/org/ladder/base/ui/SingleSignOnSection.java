package org.ladder.base.ui;

import java.util.List;
import java.util.Map;

import org.ladder.base.security.OidcLogin;
import org.ladder.base.security.OidcRefusal;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The login page's part for single sign-on: a "Sign in with ..." link per configured identity provider (a full
 * page load, not a route) and, after a refused sign-in, why. Empty when no provider is configured.
 */
class SingleSignOnSection extends Div {

    private final Paragraph refused = new Paragraph();

    SingleSignOnSection(List<OidcLogin.Option> options) {
        addClassName("ladder-sso");
        refused.setId("sso-refused");
        refused.addClassName("ladder-sso-refused");
        refused.getElement().setAttribute("role", "alert");
        refused.setVisible(false);
        add(refused);
        for (int i = 0; i < options.size(); i++) {
            OidcLogin.Option option = options.get(i);
            Anchor button = new Anchor(option.href(), option.label());
            button.setRouterIgnore(true);
            button.setId(i == 0 ? "sso-sign-in" : "sso-sign-in-" + (i + 1));
            button.addClassName("ladder-sso-button");
            add(button);
        }
        if (!options.isEmpty()) {
            Paragraph or = new Paragraph("or with your Ladder password");
            or.addClassName("ladder-sso-or");
            add(or);
        }
        setVisible(!options.isEmpty());
    }

    /** Shows the reason of a refused sign-in ({@code ?sso=<code>}), or nothing. */
    void show(Map<String, List<String>> parameters) {
        List<String> code = parameters.get(OidcRefusal.PARAMETER);
        boolean wasRefused = code != null && !code.isEmpty();
        refused.setText(wasRefused ? OidcRefusal.fromCode(code.get(0)).message() : "");
        refused.setVisible(wasRefused);
        setVisible(wasRefused || getChildren().count() > 1);
    }
}
