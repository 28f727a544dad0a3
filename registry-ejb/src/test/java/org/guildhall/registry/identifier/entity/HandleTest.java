package org.guildhall.registry.identifier.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HandleTest {

    @ParameterizedTest
    @ValueSource(strings = {"cnbj/4711", "cnbj/products/4711", "a1b2/A.b_c~d-e", "cnbj/x", "cnbj/versions/1",
            "cnbj/.well-known", "cnbj/..x", "cnbj/data/2026/01/batch-7", "cnbj/versions.json", "cnbj/withdrawal/2",
            "cnbj/Versions"})
    void acceptsHandlesOfTheSyntax(String text) {
        Handle handle = Handle.parse(text);

        assertThat(handle.toString()).isEqualTo(text);
        assertThat(handle.prefix()).isEqualTo(text.substring(0, 4));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cnbj", "cnbj/", "CNBJ/4711", "cnb/4711", "cnbjx/4711", "/4711", "cnbj//4711",
            "cnbj/a//b", "cnbj/a/", "cnbj/a b", "cnbj/a%2Fb", "cnbj/ä", "cnbj/a?b", "cnbj/a#b", "cnbj/a:b",
            "cnbj/.", "cnbj/..", "cnbj/a/./b", "cnbj/a/../b", "cnbj/products/versions", "cnbj/versions", "cnbj/a/withdrawal",
            "cnbj/withdrawal", ""})
    void refusesHandlesOutsideTheSyntax(String text) {
        assertThatThrownBy(() -> Handle.parse(text)).isInstanceOfSatisfying(IdentifierException.class, e -> {
            assertThat(e.problem()).isEqualTo("invalid-identifier");
            assertThat(e.reason()).isEqualTo(IdentifierException.Reason.INVALID);
        });
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> Handle.parse(null)).isInstanceOf(IdentifierException.class);
    }

    @Test
    void takesASuffixOf128CharactersButNot129() {
        assertThat(Handle.parse("cnbj/" + "a".repeat(128)).suffix()).hasSize(128);
        assertThatThrownBy(() -> Handle.parse("cnbj/" + "a".repeat(129))).isInstanceOf(IdentifierException.class);
    }

    @Test
    void comparesCaseSensitively() {
        assertThat(Handle.parse("cnbj/Asset")).isNotEqualTo(Handle.parse("cnbj/asset"));
        assertThat(Handle.parse("cnbj/a/b")).isEqualTo(new Handle("cnbj", "a/b"));
    }
}
