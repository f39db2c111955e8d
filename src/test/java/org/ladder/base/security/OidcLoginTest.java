package org.ladder.base.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ladder.base.audit.AuditEvent;
import org.ladder.base.audit.AuditLog;
import org.ladder.base.security.OidcLoginProperties.MatchBy;
import org.ladder.base.security.OidcLoginProperties.RolesFrom;
import org.ladder.people.PeopleService;
import org.ladder.people.domain.Person;
import org.ladder.people.domain.PersonRepository;
import org.ladder.support.LadderIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.login.LoginForm;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;

/**
 * Single sign-on against a real OpenID Connect provider started by the test (mock-oauth2-server, with its
 * interactive login form): the whole authorization-code flow over HTTP, as a browser would follow it. The
 * application runs with one provider registered, in a context of its own on the shared test database. It keeps
 * the engine name "default" and is not closed early: the engine's webapps find their engine by name through
 * static state, so a second name, or a closed second engine, leaves the shared context's Cockpit without one.
 */
@LadderIntegrationTest
class OidcLoginTest {

    private static final String ISSUER = "ladder-idp";
    private static final MockOAuth2Server IDP = new MockOAuth2Server(new OAuth2Config(true));
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    static {
        IDP.start(0);
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        String prefix = "spring.security.oauth2.client.";
        registry.add(prefix + "registration.idp.client-id", () -> "ladder");
        registry.add(prefix + "registration.idp.client-secret", () -> "ladder-secret");
        registry.add(prefix + "registration.idp.client-name", () -> "Test IdP");
        registry.add(prefix + "registration.idp.scope", () -> "openid,profile,email");
        registry.add(prefix + "provider.idp.issuer-uri", () -> IDP.issuerUrl(ISSUER).toString());
    }

    @AfterAll
    static void stopProvider() {
        IDP.shutdown();
    }

    @LocalServerPort
    int port;
    @Autowired
    OidcLoginProperties properties;
    @Autowired
    PersonRepository personRepository;
    @Autowired
    PeopleService people;
    @Autowired
    AuditLog audit;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ApplicationContext context;

    @AfterEach
    void restoreDefaults() {
        properties.setMatchBy(MatchBy.EMAIL);
        properties.setMatchClaim(null);
        properties.setRolesFrom(RolesFrom.LADDER);
        properties.setRolesClaim("roles");
        properties.setRoleMapping(new LinkedHashMap<>());
    }

    /** A browser-like client: keeps cookies (the portal's and the provider's), follows no redirects. */
    private final class Browser {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(URI uri) throws Exception {
            return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> get(String path) throws Exception {
            return get(app(path));
        }

        HttpResponse<String> post(URI uri, String form) throws Exception {
            return http.send(HttpRequest.newBuilder(uri)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        /**
         * Presses "Sign in with Test IdP", fills in the provider's login form (subject and claims as JSON) and
         * follows the redirect back to the portal; answers the portal's last redirect.
         */
        HttpResponse<String> signInAtProvider(String subject, String claimsJson) throws Exception {
            HttpResponse<String> start = get(OidcLogin.AUTHORIZATION_PATH + "idp");
            assertThat(start.statusCode()).isEqualTo(302);
            URI authorize = URI.create(location(start));
            assertThat(authorize.toString()).startsWith(IDP.authorizationEndpointUrl(ISSUER).toString());

            HttpResponse<String> form = get(authorize);
            assertThat(form.statusCode()).isEqualTo(200);
            assertThat(form.body()).contains("Mock OAuth2 Server Sign-in", "name=\"username\"", "name=\"claims\"");

            HttpResponse<String> signedIn = post(authorize, "username=" + enc(subject) + "&claims=" + enc(claimsJson));
            assertThat(signedIn.statusCode()).isEqualTo(302);
            URI callback = URI.create(location(signedIn));
            assertThat(callback.toString()).startsWith(app("/login/oauth2/code/idp").toString());
            return get(callback);
        }

        HttpResponse<String> localLogin(String username, String password) throws Exception {
            get("/login");
            return post(app("/login"), "username=" + enc(username) + "&password=" + enc(password));
        }
    }

    private URI app(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String location(HttpResponse<?> r) {
        return r.headers().firstValue("Location").orElse("");
    }

    private static String json(Map<String, Object> claims) {
        StringBuilder out = new StringBuilder("{");
        claims.forEach((k, v) -> {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append('"').append(k).append("\":");
            if (v instanceof List<?> list) {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    out.append(i > 0 ? "," : "").append('"').append(list.get(i)).append('"');
                }
                out.append(']');
            } else if (v instanceof Boolean) {
                out.append(v);
            } else {
                out.append('"').append(v).append('"');
            }
        });
        return out.append('}').toString();
    }

    /** A person of this test's own, active or not. */
    private Person person(String name, boolean active, Set<Role> roles) {
        int n = SEQUENCE.incrementAndGet();
        String username = "oidc-" + name + "-" + n + "-" + System.nanoTime();
        return tx.execute(s -> {
            Person p = new Person("EXT-" + username, username, username + "@brightwater.example", "Olive",
                    "Sso" + name);
            p.setRoles(roles);
            p.setActive(active);
            return personRepository.save(p);
        });
    }

    /** Whether the session holds ADMIN: the engine's REST API answers ADMIN only. */
    private static boolean holdsAdmin(Browser b) throws Exception {
        int status = b.get("/engine-rest/engine").statusCode();
        assertThat(status).isIn(200, 403);
        return status == 200;
    }

    private AuditEvent lastAudit(String action) {
        return audit.recent(action, 1).get(0);
    }

    @Test
    void theLoginPageOffersTheProviderNextToTheLocalForm() {
        assertThat(context.getBean(OidcLogin.class).options())
                .containsExactly(new OidcLogin.Option("Sign in with Test IdP", "/oauth2/authorization/idp"));
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("org.ladder.base.ui"),
                context, UI::new));
        try {
            UI.getCurrent().navigate("login");
            Anchor button = _get(Anchor.class, spec -> spec.withId("sso-sign-in"));
            assertThat(button.getText()).isEqualTo("Sign in with Test IdP");
            assertThat(button.getHref()).isEqualTo("/oauth2/authorization/idp");
            assertThat(_find(LoginForm.class)).hasSize(1);
        } finally {
            MockVaadin.tearDown();
        }
    }

    @Test
    void aMatchingPersonSignsInWithTheirLadderRolesAndLandsOnHome() throws Exception {
        Browser admin = new Browser();
        HttpResponse<String> landed = admin.signInAtProvider("admin-at-idp",
                json(Map.of("email", "Adrian.Moreau@Brightwater.example", "email_verified", true)));
        assertThat(landed.statusCode()).isEqualTo(302);
        assertThat(location(landed)).isEqualTo(app("/").toString());
        HttpResponse<String> home = admin.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(holdsAdmin(admin)).isTrue();
        AuditEvent line = lastAudit(OidcSignInAudit.SIGNED_IN);
        assertThat(line.getActor()).isEqualTo("admin");
        assertThat(line.getSubjectId()).isEqualTo(String.valueOf(people.findByUsername("admin").orElseThrow().id()));
        assertThat(line.getDetails()).contains("idp", "admin-at-idp", "ADMIN");

        Person hr = person("hr", true, EnumSet.of(Role.HR, Role.EMPLOYEE));
        Browser b = new Browser();
        b.signInAtProvider("hr-at-idp", json(Map.of("email", hr.getEmail())));
        assertThat(b.get("/").statusCode()).isEqualTo(200);
        assertThat(holdsAdmin(b)).isFalse();
        assertThat(lastAudit(OidcSignInAudit.SIGNED_IN).getDetails()).contains("[HR, EMPLOYEE]");
    }

    @Test
    void rolesComeFromTheProvidersClaimWhenConfigured() throws Exception {
        properties.setRolesFrom(RolesFrom.CLAIM);
        properties.setRolesClaim("groups");
        properties.setRoleMapping(new LinkedHashMap<>(Map.of("Ladder-Admins", EnumSet.of(Role.ADMIN, Role.EMPLOYEE),
                "ladder-staff", EnumSet.of(Role.EMPLOYEE))));
        Person p = person("claims", true, EnumSet.of(Role.EMPLOYEE));

        Browser asAdmin = new Browser();
        asAdmin.signInAtProvider("claims-admin", json(Map.of("email", p.getEmail(),
                "groups", List.of("ladder-admins", "unrelated"))));
        assertThat(asAdmin.get("/").statusCode()).isEqualTo(200);
        assertThat(holdsAdmin(asAdmin)).isTrue(); // Ladder says EMPLOYEE only: the claim decides
        assertThat(lastAudit(OidcSignInAudit.SIGNED_IN).getDetails()).contains("[EMPLOYEE, ADMIN]");

        Browser asStaff = new Browser();
        asStaff.signInAtProvider("claims-staff", json(Map.of("email", p.getEmail(), "groups", List.of("ladder-staff"))));
        assertThat(asStaff.get("/").statusCode()).isEqualTo(200);
        assertThat(holdsAdmin(asStaff)).isFalse();

        Browser noRole = new Browser();
        HttpResponse<String> refused = noRole.signInAtProvider("claims-none",
                json(Map.of("email", p.getEmail(), "groups", List.of("unrelated"))));
        assertThat(location(refused)).endsWith("/login?sso=no-role");
        assertThat(noRole.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void anUnknownEmailIsRefusedWithTheReasonAndNoAccountIsCreated() throws Exception {
        long everyone = people.countEveryone();
        Browser b = new Browser();
        HttpResponse<String> refused = b.signInAtProvider("stranger",
                json(Map.of("email", "stranger@elsewhere.example", "email_verified", true)));
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(location(refused)).isEqualTo(app("/login?sso=unknown").toString());
        assertThat(OidcRefusal.fromCode("unknown").message()).contains("matches no active person in Ladder");

        HttpResponse<String> home = b.get("/");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(location(home)).endsWith("/login");
        assertThat(people.countEveryone()).isEqualTo(everyone);
        AuditEvent line = lastAudit(OidcSignInAudit.REFUSED);
        assertThat(line.getDetails()).contains("stranger", "unknown", "stranger@elsewhere.example");
    }

    @Test
    void aDeactivatedPersonIsRefused() throws Exception {
        Person gone = person("gone", false, EnumSet.of(Role.EMPLOYEE));
        Browser b = new Browser();
        HttpResponse<String> refused = b.signInAtProvider("gone-at-idp", json(Map.of("email", gone.getEmail())));
        assertThat(location(refused)).endsWith("/login?sso=deactivated");
        assertThat(b.get("/").statusCode()).isEqualTo(302);
        AuditEvent line = lastAudit(OidcSignInAudit.REFUSED);
        assertThat(line.getSubjectId()).isEqualTo(String.valueOf(gone.getId()));
        assertThat(line.getDetails()).contains("deactivated");
    }

    @Test
    void anUnverifiedEmailIsNotMatched() throws Exception {
        Browser b = new Browser();
        HttpResponse<String> refused = b.signInAtProvider("unverified",
                json(Map.of("email", "adrian.moreau@brightwater.example", "email_verified", false)));
        assertThat(location(refused)).endsWith("/login?sso=unverified");
        assertThat(b.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void theExternalIdCanBeTheMatchInstead() throws Exception {
        properties.setMatchBy(MatchBy.EXTERNAL_ID);
        properties.setMatchClaim("employee_id");
        Person p = person("ext", true, EnumSet.of(Role.EMPLOYEE));

        Browser b = new Browser();
        b.signInAtProvider("ext-at-idp", json(Map.of("employee_id", p.getExternalId(),
                "email", "someone-else@elsewhere.example")));
        assertThat(b.get("/").statusCode()).isEqualTo(200);
        assertThat(lastAudit(OidcSignInAudit.SIGNED_IN).getActor()).isEqualTo(p.getUsername());

        Browser byEmail = new Browser(); // the e-mail claim is not what is compared now
        HttpResponse<String> refused = byEmail.signInAtProvider("ext-email", json(Map.of("email", p.getEmail())));
        assertThat(location(refused)).endsWith("/login?sso=unknown");
    }

    @Test
    void aSignInCancelledAtTheProviderComesBackAsAFailureAndIsAudited() throws Exception {
        Browser b = new Browser();
        HttpResponse<String> start = b.get(OidcLogin.AUTHORIZATION_PATH + "idp");
        String state = java.util.Arrays.stream(URI.create(location(start)).getRawQuery().split("&"))
                .filter(p -> p.startsWith("state=")).findFirst().orElseThrow().substring("state=".length());
        HttpResponse<String> back = b.get("/login/oauth2/code/idp?error=access_denied&state=" + state);
        assertThat(location(back)).endsWith("/login?sso=failed");
        assertThat(b.get("/").statusCode()).isEqualTo(302);
        assertThat(lastAudit(OidcSignInAudit.REFUSED).getDetails()).contains("failed", "access_denied");
    }

    @Test
    void theLocalLoginStillWorksNextToTheProvider() throws Exception {
        Browser b = new Browser();
        HttpResponse<String> ok = b.localLogin("employee", "demo");
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(location(ok)).doesNotContain("error");
        assertThat(b.get("/").statusCode()).isEqualTo(200);
    }
}
