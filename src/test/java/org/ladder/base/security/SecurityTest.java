package org.ladder.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.ladder.support.DatabaseSwitch;
import org.ladder.support.LadderIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The HTTP boundary: sign-in, sessions, and the engine's webapps behind the portal's own login. */
@LadderIntegrationTest
class SecurityTest {

    @LocalServerPort
    int port;

    @Autowired
    DatabaseSwitch database;

    /** A browser-like client: keeps cookies, does not follow redirects. */
    private final class Browser {
        final CookieManager cookies = new CookieManager();
        final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String form) throws Exception {
            return http.send(HttpRequest.newBuilder(url(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> login(String user, String password) throws Exception {
            get("/login");
            return post("/login", "username=" + enc(user) + "&password=" + enc(password));
        }

        Optional<String> sessionId() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                    .map(HttpCookie::getValue).findFirst();
        }
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String location(HttpResponse<?> r) {
        return r.headers().firstValue("Location").orElse("");
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        Browser b = new Browser();
        HttpResponse<String> home = b.get("/");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(location(home)).endsWith("/login");
        assertThat(b.get("/login").statusCode()).isEqualTo(200);
    }

    @Test
    void signInDuringADatabaseOutageSaysItIsUnavailableNotThatThePasswordIsWrong() throws Exception {
        Browser b = new Browser();
        b.get("/login");
        database.off();
        HttpResponse<String> refused;
        try {
            refused = b.post("/login", "username=employee&password=demo");
        } finally {
            database.on();
        }
        assertThat(location(refused)).endsWith("/login?unavailable");
        assertThat(location(b.post("/login", "username=employee&password=demo"))).doesNotContain("login");
    }

    @Test
    void signingInChangesTheSessionIdAndWrongPasswordsAreRefused() throws Exception {
        Browser b = new Browser();
        b.get("/login");
        String before = b.sessionId().orElseThrow();
        HttpResponse<String> ok = b.post("/login", "username=employee&password=demo");
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(location(ok)).doesNotContain("error");
        assertThat(b.sessionId()).isPresent().get().isNotEqualTo(before);
        assertThat(b.get("/").statusCode()).isEqualTo(200);

        Browser wrong = new Browser();
        HttpResponse<String> refused = wrong.login("employee", "wrong");
        assertThat(location(refused)).contains("/login?error");
    }

    @Test
    void thereIsNoAdminAdminAccountAnywhere() throws Exception {
        Browser b = new Browser();
        assertThat(location(b.login("admin", "admin"))).contains("/login?error");
        // the engine webapp's own login endpoint is not reachable without the portal's ADMIN sign-in
        HttpResponse<String> engineLogin = b.post("/camunda/api/admin/auth/user/default/login/cockpit",
                "username=admin&password=admin");
        assertThat(engineLogin.statusCode()).isIn(302, 401, 403);
        assertThat(engineLogin.body()).doesNotContain("\"userId\":\"admin\"");
        assertThat(b.get("/engine-rest/user").statusCode()).isEqualTo(401);
    }

    @Test
    void cockpitAnswersOnlyAnAdmin() throws Exception {
        Browser anonymous = new Browser();
        HttpResponse<String> anon = anonymous.get("/camunda/app/cockpit/default/");
        assertThat(anon.statusCode()).isEqualTo(302);
        assertThat(location(anon)).endsWith("/login");

        Browser employee = new Browser();
        employee.login("employee", "demo");
        assertThat(location(employee.get("/camunda/app/cockpit/default/"))).endsWith("/no-access");
        assertThat(employee.get("/engine-rest/process-definition").statusCode()).isEqualTo(403);

        Browser hr = new Browser();
        hr.login("hr", "demo");
        assertThat(location(hr.get("/camunda/app/cockpit/default/"))).endsWith("/no-access");

        Browser admin = new Browser();
        admin.login("admin", "demo");
        HttpResponse<String> cockpit = admin.get("/camunda/app/cockpit/default/");
        assertThat(cockpit.statusCode()).isEqualTo(200);
        assertThat(cockpit.body()).containsIgnoringCase("cockpit");
        HttpResponse<String> who = admin.get("/camunda/api/admin/auth/user/default");
        assertThat(who.statusCode()).isEqualTo(200);
        assertThat(who.body()).contains("\"userId\":\"admin\"");
        assertThat(admin.get("/engine-rest/user?id=hr").body()).contains("Hannah");
    }
}
