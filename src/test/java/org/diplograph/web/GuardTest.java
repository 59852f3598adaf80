package org.diplograph.web;

import io.javalin.Javalin;
import org.diplograph.common.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;
import static org.assertj.core.api.Assertions.assertThat;

/** Rate limit and token on the console and import paths, on a bare server (no database needed). */
class GuardTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private Javalin server;

    private int start(int perMinute, String token) {
        ApiRoutes routes = () -> {
            post("import", ctx -> ctx.result("imported"));
            post("cypher", ctx -> ctx.result("ran"));
            get("stats", ctx -> ctx.result("stats"));
        };
        server = HttpServer.create(Json.mapper(), 1024, List.of(routes), perMinute, token).start("localhost", 0);
        return server.port();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private HttpResponse<String> send(int port, String method, String path, String auth, String forwardedFor) throws Exception {
        var b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("x"));
        if (auth != null) b.header("Authorization", auth);
        if (forwardedFor != null) b.header("X-Forwarded-For", forwardedFor);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void consoleAndImportAreRateLimitedPerAddressIgnoringForwardedFor() throws Exception {
        int port = start(3, null);
        for (int i = 0; i < 3; i++) assertThat(send(port, "POST", "/api/cypher", null, "10.0.0." + i).statusCode()).isEqualTo(200);
        var limited = send(port, "POST", "/api/import", null, "10.9.9.9");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(Json.mapper().readTree(limited.body()).get("status").asInt()).isEqualTo(429);
        // reads are not limited
        assertThat(send(port, "GET", "/api/stats", null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void aTokenIsRequiredWhenConfigured() throws Exception {
        int port = start(1000, "s3cret-token-0123456789");
        assertThat(send(port, "POST", "/api/import", null, null).statusCode()).isEqualTo(401);
        assertThat(send(port, "POST", "/api/cypher", "Bearer wrong", null).statusCode()).isEqualTo(401);
        assertThat(send(port, "POST", "/api/cypher", "Bearer s3cret-token-0123456789", null).body()).isEqualTo("ran");
        assertThat(send(port, "GET", "/api/stats", null, null).statusCode()).isEqualTo(200);
    }
}
