package org.guildhall.it.dsl;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The portal's REST API as a test sees it: JSON in, status and JSON out. */
public final class PortalApi {

    public static final String DEMO_PASSWORD = "guildhall-demo";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    public PortalApi(URL base) {
        this.base = URI.create(base.toExternalForm().endsWith("/") ? base.toExternalForm() : base.toExternalForm() + "/");
    }

    public URI base() {
        return base;
    }

    /** An answer: its status, content type and parsed body (an empty object when there is none). */
    public record Answer(int status, String contentType, JsonStructure body, String raw, java.net.http.HttpHeaders headers) {
        public JsonObject object() {
            return (JsonObject) body;
        }
    }

    public String token(String username) {
        Answer answer = post("api/v1/tokens", null, Json.createObjectBuilder()
                .add("username", username).add("password", DEMO_PASSWORD).build().toString());
        if (answer.status() != 201) {
            throw new AssertionError("No token for " + username + ": " + answer.raw());
        }
        return answer.object().getString("token");
    }

    public Answer get(String path, String token) {
        return send(request(path, token).GET());
    }

    /** A GET with the given headers (Accept, If-None-Match ...) instead of the defaults. */
    public Answer getWith(String path, java.util.Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET();
        headers.forEach(builder::header);
        return send(builder);
    }

    public Answer post(String path, String token, String json) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Answer put(String path, String token, String json) {
        return send(request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Answer delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            JsonStructure json = body == null || body.isBlank() || !(body.startsWith("{") || body.startsWith("["))
                    ? JsonValue.EMPTY_JSON_OBJECT : Json.createReader(new StringReader(body)).read();
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), json, body,
                    response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
