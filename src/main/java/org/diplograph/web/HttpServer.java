package org.diplograph.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.validation.ValidationException;
import org.diplograph.common.Log;
import org.diplograph.api.ApiError;
import org.diplograph.api.ApiProblem;
import org.diplograph.db.DatabaseUnavailableException;
import org.diplograph.db.TransactionMemoryLimit;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.javalin.apibuilder.ApiBuilder.path;

/** Builds the Javalin server: static UI, webjars, the features' API routes and one exception mapper. */
public final class HttpServer {
    private static final System.Logger LOG = Log.get(HttpServer.class);

    private HttpServer() {}

    /** Paths that change the graph or run arbitrary queries: rate-limited, and behind the token when one is set. */
    public static final List<String> GUARDED = List.of("/api/cypher", "/api/import");

    public static Javalin create(ObjectMapper json, long maxRequestBytes, List<ApiRoutes> features) {
        return create(json, maxRequestBytes, features, 1_000_000, null);
    }

    public static Javalin create(ObjectMapper json, long maxRequestBytes, List<ApiRoutes> features, int ratePerMinute,
                                 String token) {
        RateLimiter limiter = new RateLimiter(ratePerMinute);
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jsonMapper(new ByteJsonMapper(json));
            config.http.maxRequestSize = maxRequestBytes;
            config.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/web";
                sf.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
            config.routes.before(HttpServer::securityHeaders);
            config.routes.before(ctx -> guard(ctx, limiter, token));
            config.routes.apiBuilder(() -> path("api", () -> features.forEach(ApiRoutes::addRoutes)));
            config.routes.exception(ApiProblem.class, HttpServer::problem);
            config.routes.exception(ValidationException.class, (e, ctx) ->
                    ctx.status(400).json(new ApiError("Bad request", 400, validationDetail(e))));
            config.routes.exception(HttpResponseException.class, (e, ctx) ->
                    ctx.status(e.getStatus()).json(new ApiError(titleFor(e.getStatus()), e.getStatus(), e.getMessage())));
            config.routes.exception(DatabaseUnavailableException.class, (e, ctx) -> unavailable(ctx, e.getMessage()));
            config.routes.exception(ServiceUnavailableException.class, (e, ctx) -> unavailable(ctx, "Neo4j is not reachable"));
            config.routes.exception(SessionExpiredException.class, (e, ctx) -> unavailable(ctx, "Neo4j is not reachable"));
            config.routes.exception(TransientException.class, (e, ctx) -> {
                if (TransactionMemoryLimit.exceeded(e)) { // the request's query is too big, not the server busy
                    ctx.status(422).json(new ApiError("Query exceeds the transaction memory limit", 422, TransactionMemoryLimit.detail(e)));
                } else {
                    unavailable(ctx, "Neo4j is busy: " + e.getMessage());
                }
            });
            config.routes.exception(ClientException.class, (e, ctx) -> {
                if (isTimeout(e)) {
                    ctx.status(408).json(new ApiError("Query timed out", 408,
                            "The query took longer than the configured timeout (DIPLOGRAPH_QUERY_TIMEOUT) and was stopped",
                            Map.of("cap", "DIPLOGRAPH_QUERY_TIMEOUT")));
                } else {
                    LOG.log(System.Logger.Level.WARNING, "Neo4j refused a query: {0}", e.getMessage());
                    ctx.status(400).json(new ApiError("Query failed", 400, e.getMessage()));
                }
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.log(System.Logger.Level.ERROR, "Unexpected error on " + ctx.method() + " " + ctx.path(), e);
                ctx.status(500).json(new ApiError("Internal error", 500, "An unexpected error occurred; see the server log"));
            });
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    ctx.json(new ApiError("Not found", 404, "No such resource: " + ctx.path()));
                }
            });
            config.routes.error(405, ctx -> ctx.json(new ApiError("Method not allowed", 405, ctx.method() + " is not allowed on " + ctx.path())));
            config.routes.error(413, ctx -> { // a route's own 413 (an analysis cap) keeps its body
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    ctx.json(new ApiError("Content too large", 413,
                            "The request body is larger than the limit of " + maxRequestBytes + " bytes"));
                }
            });
        });
    }

    /** The content security policy: the app's own scripts (and its import map, by hash), styles and connections only; no framing. */
    public static final String CSP = "default-src 'self'; script-src 'self'"
            + ImportMapHash.sources("/web/index.html").stream().map(h -> " " + h).collect(Collectors.joining())
            + "; style-src 'self'; img-src 'self' data: blob:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Security headers on every answer; no CORS headers are ever sent, so other origins cannot read the API. */
    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    }

    private static void guard(Context ctx, RateLimiter limiter, String token) {
        if (!"POST".equals(ctx.method().name()) || GUARDED.stream().noneMatch(p -> ctx.path().startsWith(p))) return;
        if (token != null) {
            String auth = ctx.header("Authorization");
            boolean ok = auth != null && auth.startsWith("Bearer ") && MessageDigest.isEqual(
                    auth.substring(7).getBytes(StandardCharsets.UTF_8),
                    token.getBytes(StandardCharsets.UTF_8));
            if (!ok) {
                ctx.header("WWW-Authenticate", "Bearer");
                throw new ApiProblem(401, "Unauthorized", "this server requires a token for " + ctx.path()
                        + ": send 'Authorization: Bearer <token>'");
            }
        }
        long wait = limiter.acquire(ctx.req().getRemoteAddr());
        if (wait > 0) {
            ctx.header("Retry-After", String.valueOf(wait));
            throw new ApiProblem(429, "Too many requests", "rate limit for " + ctx.path() + " reached; retry in " + wait + " s");
        }
    }

    /** The one answer of a client error: its body, and {@code Retry-After} on a 429 or 503 that has none yet. */
    private static void problem(ApiProblem e, Context ctx) {
        if ((e.status() == 503 || e.status() == 429) && ctx.res().getHeader("Retry-After") == null) {
            ctx.header("Retry-After", String.valueOf(e.extra().getOrDefault("retryAfter", 5)));
        }
        ctx.status(e.status()).json(e.body());
    }

    /** Whether a Neo4j client error is a transaction timeout. */
    public static boolean isTimeout(ClientException e) {
        String code = e.code() == null ? "" : e.code();
        return code.contains("TransactionTimedOut") || code.contains("Transaction.TransactionTimedOutClientConfiguration")
                || (e.getMessage() != null && e.getMessage().contains("has been terminated") && e.getMessage().contains("timeout"));
    }

    private static void unavailable(Context ctx, String detail) {
        ctx.header("Retry-After", "5");
        ctx.status(503).json(new ApiError("Database unavailable", 503, detail));
    }

    private static String validationDetail(ValidationException e) {
        return e.getErrors().entrySet().stream()
                .map(en -> en.getKey() + ": " + en.getValue().stream().map(v -> v.getMessage()).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }

    private static String titleFor(int status) {
        Map<Integer, String> titles = Map.of(400, "Bad request", 401, "Unauthorized", 403, "Forbidden", 404, "Not found",
                405, "Method not allowed", 408, "Request timeout", 413, "Content too large", 415, "Unsupported media type",
                503, "Service unavailable");
        return titles.getOrDefault(status, "Error");
    }
}
