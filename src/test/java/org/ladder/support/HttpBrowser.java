package org.ladder.support;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** A browser-like HTTP client for the security tests: keeps cookies, does not follow redirects. */
public final class HttpBrowser {

    private final int port;
    public final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final String forwardedFor;

    public HttpBrowser(int port) {
        this(port, null);
    }

    /** A browser behind a proxy that names its address as {@code forwardedFor} (the test runs as the proxy). */
    public HttpBrowser(int port, String forwardedFor) {
        this.port = port;
        this.forwardedFor = forwardedFor;
    }

    public String origin() {
        return "http://localhost:" + port;
    }

    public URI url(String path) {
        return URI.create(origin() + path);
    }

    public HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(url(path)).GET());
    }

    public HttpResponse<String> post(String path, String form) throws Exception {
        return post(path, form, b -> b);
    }

    public HttpResponse<String> post(String path, String form, UnaryOperator<HttpRequest.Builder> extra)
            throws Exception {
        return send(extra.apply(HttpRequest.newBuilder(url(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> login(String user, String password) throws Exception {
        get("/login");
        return post("/login", "username=" + enc(user) + "&password=" + enc(password));
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    public static String location(HttpResponse<?> r) {
        return r.headers().firstValue("Location").orElse("");
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
