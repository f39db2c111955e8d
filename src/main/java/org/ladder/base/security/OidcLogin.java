package org.ladder.base.security;

import java.util.ArrayList;
import java.util.List;

import org.ladder.base.audit.AuditLog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Single sign-on through an OpenID Connect provider (Keycloak, Microsoft Entra ID...), added to Vaadin's filter
 * chain next to the local login. Off unless Spring Boot's {@code spring.security.oauth2.client.registration.*}
 * names a provider: then the login page offers "Sign in with ..." per provider, the provider's user signs in as
 * the person it matches ({@link OidcAccountRules}), refusals come back to the login page with their reason, and
 * signing out also ends the session at the provider. See ADR 0014.
 */
@Component
@EnableConfigurationProperties(OidcLoginProperties.class)
public class OidcLogin {

    /** Where the login page's button starts the sign-in: Spring Security's authorization request endpoint. */
    static final String AUTHORIZATION_PATH = "/oauth2/authorization/";
    static final String LOGIN_PAGE = "/login";
    static final String SIGNED_OUT = "/login?logout";

    /** A button on the login page. */
    public record Option(String label, String href) {
    }

    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final ObjectProvider<ExternalIdentities> people;
    private final OidcLoginProperties properties;
    private final OidcSignInAudit audit;
    private final VaadinDefaultRequestCache requestCache;
    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    OidcLogin(ObjectProvider<ClientRegistrationRepository> registrations, ObjectProvider<ExternalIdentities> people,
            OidcLoginProperties properties, AuditLog audit, TransactionTemplate tx,
            VaadinDefaultRequestCache requestCache) {
        this.registrations = registrations;
        this.people = people;
        this.properties = properties;
        this.audit = new OidcSignInAudit(audit, tx);
        this.requestCache = requestCache;
    }

    /** The providers configured for OpenID Connect, in configuration order; empty when single sign-on is off. */
    public List<Option> options() {
        List<Option> options = new ArrayList<>();
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object o : all) {
                if (o instanceof ClientRegistration r && r.getScopes().contains(OidcScopes.OPENID)) {
                    options.add(new Option("Sign in with " + r.getClientName(), AUTHORIZATION_PATH
                            + r.getRegistrationId()));
                }
            }
        }
        return options;
    }

    boolean enabled() {
        return !options().isEmpty();
    }

    /** Adds the OpenID Connect login to Vaadin's chain; does nothing when no provider is configured. */
    void configure(HttpSecurity http) throws Exception {
        if (!enabled()) {
            return;
        }
        OidcSignInService users = new OidcSignInService(
                new OidcAccountRules(properties, people.getObject()), audit);
        SavedRequestAwareAuthenticationSuccessHandler landing = new SavedRequestAwareAuthenticationSuccessHandler();
        landing.setRequestCache(requestCache);
        http.oauth2Login(oauth -> oauth
                .loginPage(LOGIN_PAGE)
                .userInfoEndpoint(u -> u.oidcUserService(users))
                .successHandler((request, response, authentication) -> {
                    if (authentication.getPrincipal() instanceof OidcLadderUser user) {
                        audit.signedIn(user);
                    }
                    landing.onAuthenticationSuccess(request, response, authentication);
                })
                .failureHandler(this::refused));
    }

    /** Sign-out also ends the provider's session, where configured and offered; then back to the login page. */
    VaadinSecurityConfigurer configure(VaadinSecurityConfigurer vaadin) {
        if (!enabled() || !properties.isEndProviderSession()) {
            return vaadin;
        }
        OidcClientInitiatedLogoutSuccessHandler logout =
                new OidcClientInitiatedLogoutSuccessHandler(registrations.getObject());
        logout.setRedirectStrategy(new UidlRedirectStrategy()); // the sign-out button runs in a Vaadin request
        logout.setPostLogoutRedirectUri("{baseUrl}" + SIGNED_OUT);
        logout.setDefaultTargetUrl(SIGNED_OUT); // a local sign-in, or a provider without an end-session endpoint
        return vaadin.logoutSuccessHandler(logout);
    }

    private void refused(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws java.io.IOException {
        OidcRefusal refusal;
        if (e instanceof OidcRefusedException r) {
            refusal = r.refusal(); // audited with its reason already
        } else {
            refusal = OidcRefusal.FAILED;
            audit.failed(e instanceof OAuth2AuthenticationException o ? o.getError().getErrorCode()
                    : e.getClass().getSimpleName());
        }
        redirect.sendRedirect(request, response, LOGIN_PAGE + "?" + OidcRefusal.PARAMETER + "=" + refusal.code());
    }
}
