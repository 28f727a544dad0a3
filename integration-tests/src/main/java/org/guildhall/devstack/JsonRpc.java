package org.guildhall.devstack;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A minimal Ethereum JSON-RPC client for the dev chain's own methods (hardhat_setBalance). */
final class JsonRpc {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();

    private JsonRpc() {
    }

    static JsonObject call(String url, String method, String... params) throws IOException, InterruptedException {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (String param : params) {
            array.add(param);
        }
        String body = Json.createObjectBuilder().add("jsonrpc", "2.0").add("id", 1).add("method", method)
                .add("params", array).build().toString();
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        JsonObject result = Json.createReader(new StringReader(response.body())).readObject();
        if (result.containsKey("error")) {
            throw new IOException(method + " failed: " + result.get("error"));
        }
        return result;
    }
}
