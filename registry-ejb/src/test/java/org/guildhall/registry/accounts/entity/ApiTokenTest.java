package org.guildhall.registry.accounts.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApiTokenTest {

    private static final Instant CREATED = Instant.parse("2025-03-01T08:00:00Z");
    private static final Instant EXPIRES = Instant.parse("2025-03-31T08:00:00Z");

    private static ApiToken token() {
        return new ApiToken("li.wei", "ab12", CREATED, EXPIRES);
    }

    @Test
    void isUsableFromCreationUntilJustBeforeExpiry() {
        ApiToken token = token();

        assertThat(token.isUsableAt(CREATED)).isTrue();
        assertThat(token.isUsableAt(EXPIRES.minusNanos(1))).isTrue();
    }

    @Test
    void isNotUsableFromTheMomentItExpires() {
        ApiToken token = token();

        assertThat(token.isUsableAt(EXPIRES)).isFalse();
        assertThat(token.isUsableAt(EXPIRES.plusSeconds(1))).isFalse();
    }

    @Test
    void revokedTokenIsNotUsableEvenBeforeExpiry() {
        ApiToken token = token();

        token.revoke(CREATED.plusSeconds(60));

        assertThat(token.isUsableAt(CREATED.plusSeconds(120))).isFalse();
        assertThat(token.getRevokedAt()).isEqualTo(CREATED.plusSeconds(60));
    }

    @Test
    void revokingAgainKeepsTheFirstRevocationTime() {
        ApiToken token = token();
        Instant first = CREATED.plusSeconds(60);

        token.revoke(first);
        token.revoke(first.plusSeconds(3600));

        assertThat(token.getRevokedAt()).isEqualTo(first);
    }

    @Test
    void newTokenIsNotRevoked() {
        assertThat(token().getRevokedAt()).isNull();
        assertThat(token().getId()).isNotNull();
    }
}
