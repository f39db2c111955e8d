package org.ladder.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ladder.support.HttpBrowser.location;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.ladder.support.HttpBrowser;
import org.ladder.support.LadderIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Cross-site requests, the session cookie and the response headers (issue 8, security items 2, 8 and 10), over
 * real HTTP against the running application.
 */
@LadderIntegrationTest
class CrossSiteAndHeadersTest {

    private static final String FOREIGN = "https://evil.example";

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repository;

    private HttpBrowser signedIn(String user) throws Exception {
        HttpBrowser b = new HttpBrowser(port);
        HttpResponse<String> r = b.login(user, "demo");
        assertThat(location(r)).doesNotContain("error");
        return b;
    }

    private static HttpRequest.Builder deployment(HttpBrowser b, String name) {
        String boundary = "----ladder" + UUID.randomUUID();
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + name + "\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"note.txt\"; filename=\"note.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nhello\r\n"
                + "--" + boundary + "--\r\n";
        return HttpRequest.newBuilder(b.url("/engine-rest/deployment/create"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private long deployments(String name) {
        return repository.createDeploymentQuery().deploymentName(name).count();
    }

    @Test
    void aForeignPageCannotCreateADeploymentThroughAnAdminsBrowser() throws Exception {
        HttpBrowser admin = signedIn("admin");
        String name = "csrf-probe-" + UUID.randomUUID();

        HttpResponse<String> foreign = admin.send(deployment(admin, name).header("Origin", FOREIGN));
        assertThat(foreign.statusCode()).isEqualTo(403);
        HttpResponse<String> noHeader = admin.send(deployment(admin, name).header("Origin", admin.origin()));
        assertThat(noHeader.statusCode()).isEqualTo(403);
        assertThat(deployments(name)).isZero();

        HttpResponse<String> own = admin.send(deployment(admin, name).header("Origin", admin.origin())
                .header(CrossSiteRequestGuard.REQUIRED_HEADER, "XMLHttpRequest"));
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(deployments(name)).isEqualTo(1);
    }

    @Test
    void aForeignPageCannotSignAVisitorIntoAnotherAccount() throws Exception {
        HttpBrowser victim = new HttpBrowser(port);
        victim.get("/login");
        HttpResponse<String> forged = victim.post("/login", "username=employee&password=demo",
                r -> r.header("Origin", FOREIGN));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(location(victim.get("/"))).endsWith("/login");

        HttpResponse<String> own = victim.post("/login", "username=employee&password=demo",
                r -> r.header("Origin", victim.origin()));
        assertThat(location(own)).doesNotContain("error");
        assertThat(victim.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndSecureWhenTheProxySaysHttps() throws Exception {
        HttpResponse<String> plain = new HttpBrowser(port).get("/login");
        String cookie = plain.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("SameSite=Lax").contains("HttpOnly").doesNotContain("Secure");

        HttpBrowser proxied = new HttpBrowser(port);
        HttpResponse<String> https = proxied.send(HttpRequest.newBuilder(proxied.url("/login"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7").GET());
        String secure = https.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertThat(secure).contains("Secure").contains("SameSite=Lax");
    }

    @Test
    void pagesCarryAContentSecurityPolicyAndAReferrerPolicy() throws Exception {
        HttpResponse<String> login = new HttpBrowser(port).get("/login");
        String csp = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'self'").contains("script-src 'self' 'unsafe-inline' 'unsafe-eval'")
                .contains("frame-ancestors 'none'").contains("object-src 'none'")
                .contains("connect-src 'self' ws://localhost:" + port);
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(signedIn("admin").get("/camunda/app/cockpit/default/").headers()
                .firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
    }

    @Test
    void aPostWithoutTheEngineTokenIsRefusedButKeepsThePortalSession() throws Exception {
        HttpBrowser admin = signedIn("admin");
        assertThat(admin.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);

        HttpResponse<String> refused = admin.post("/camunda/api/engine/engine/default/message", "{}",
                r -> r.header("Content-Type", "application/json"));
        assertThat(refused.statusCode()).isEqualTo(403);

        assertThat(admin.get("/").statusCode()).isEqualTo(200);
        assertThat(admin.get("/camunda/api/admin/auth/user/default").body()).contains("\"userId\":\"admin\"");
    }

    @Test
    void anEmployeeWhoOpensCockpitSeesThePortalsAccessDeniedPage() throws Exception {
        HttpBrowser employee = signedIn("employee");
        HttpResponse<String> cockpit = employee.get("/camunda/app/cockpit/default/");
        assertThat(cockpit.statusCode()).isEqualTo(302);
        assertThat(location(cockpit)).endsWith("/no-access");
        assertThat(employee.get("/no-access").statusCode()).isEqualTo(200);
        assertThat(employee.get("/engine-rest/process-definition").statusCode()).isEqualTo(403);
    }
}
