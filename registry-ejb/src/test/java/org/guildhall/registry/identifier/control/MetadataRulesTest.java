package org.guildhall.registry.identifier.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.guildhall.registry.identifier.entity.IdentifierException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MetadataRulesTest {

    private static JsonObject json(String text) {
        return IdentifierContents.object(text);
    }

    private static void assertInvalid(JsonObject metadata) {
        assertThatThrownBy(() -> MetadataRules.canonical(metadata)).isInstanceOfSatisfying(IdentifierException.class, e -> {
            assertThat(e.problem()).isEqualTo("invalid-metadata");
            assertThat(e.reason()).isEqualTo(IdentifierException.Reason.INVALID);
        });
    }

    @Test
    void storesTheMetadataInRfc8785Form() {
        String canonical = MetadataRules.canonical(json("{\"z\": 1.0, \"a\": {\"y\": \"\u00e9\", \"b\": [3, 1e2]}}"));

        assertThat(canonical).isEqualTo("{\"a\":{\"b\":[3,100],\"y\":\"\u00e9\"},\"z\":1}");
    }

    @Test
    void acceptsAnEmptyObject() {
        assertThat(MetadataRules.canonical(JsonObject.EMPTY_JSON_OBJECT)).isEqualTo("{}");
    }

    @Test
    void refusesMissingMetadata() {
        assertInvalid(null);
    }

    @Test
    void takes16KibInCanonicalFormButNotOneByteMore() {
        // {"d":"…"} is 8 bytes around the text
        JsonObject fits = Json.createObjectBuilder().add("d", "x".repeat(MetadataRules.MAX_BYTES - 8)).build();
        JsonObject tooBig = Json.createObjectBuilder().add("d", "x".repeat(MetadataRules.MAX_BYTES - 7)).build();

        assertThat(MetadataRules.canonical(fits)).hasSize(MetadataRules.MAX_BYTES);
        assertInvalid(tooBig);
    }

    @Test
    void countsTheSizeInUtf8Bytes() {
        JsonObject tooBig = Json.createObjectBuilder().add("d", "\u00e9".repeat(MetadataRules.MAX_BYTES / 2)).build();

        assertInvalid(tooBig);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://data.example.org/sets/7", "http://example.com", "HTTPS://Example.com/a?b=c#d"})
    void acceptsAbsoluteHttpLocations(String uri) {
        MetadataRules.canonical(Json.createObjectBuilder().add("location", uri).build());
        MetadataRules.canonical(Json.createObjectBuilder().add("location", Json.createArrayBuilder().add(uri)).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/sets/7", "ftp://example.org/x", "javascript:alert(1)", "https://", "https:///path",
            "data:text/plain,x", "example.org/x", "https://exa mple.org", "mailto:a@example.org", ""})
    void refusesOtherLocations(String uri) {
        assertInvalid(Json.createObjectBuilder().add("location", uri).build());
        assertInvalid(Json.createObjectBuilder().add("location",
                Json.createArrayBuilder().add("https://example.org").add(uri)).build());
    }

    @Test
    void refusesALocationThatIsNotTextOrIsAnEmptyList() {
        assertInvalid(json("{\"location\": 42}"));
        assertInvalid(json("{\"location\": {\"href\": \"https://example.org\"}}"));
        assertInvalid(json("{\"location\": []}"));
    }

    @Test
    void leavesOtherMembersToTheRegistrant() {
        assertThat(MetadataRules.canonical(json("{\"locations\": \"not checked\", \"gtin\": \"04012345678901\"}")))
                .isEqualTo("{\"gtin\":\"04012345678901\",\"locations\":\"not checked\"}");
    }
}
