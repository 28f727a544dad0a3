package org.guildhall.registry.identifier.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class IdentifierTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant T1 = Instant.parse("2026-02-01T00:00:00Z");
    private static final String OWNER = "did:guild:cnbj:7Fz2Hk6vXcQ3pW9tYbL1aS";
    private static final String OTHER = "did:guild:cnbj:3Jk9Rt2wQaZ8mN5xPcV7dE";

    private static Identifier registered() {
        return new Identifier(Handle.parse("cnbj/products/4711"), IdentifierKind.PRODUCT, OWNER, "registrar1", T0);
    }

    @Test
    void startsActiveAtVersionOneUnderThePrefixDomain() {
        Identifier identifier = registered();

        assertThat(identifier.getCurrentVersion()).isEqualTo(1);
        assertThat(identifier.getStatus()).isEqualTo(IdentifierStatus.ACTIVE);
        assertThat(identifier.getDomainCode()).isEqualTo("cnbj");
        assertThat(identifier.getHandle()).isEqualTo("cnbj/products/4711");
    }

    @Test
    void anUpdateAgainstTheCurrentVersionWritesTheNextAndChangesTheOwner() {
        Identifier identifier = registered();

        int version = identifier.update(1, OTHER, T1);

        assertThat(version).isEqualTo(2);
        assertThat(identifier.getCurrentVersion()).isEqualTo(2);
        assertThat(identifier.getOwnerDid()).isEqualTo(OTHER);
        assertThat(identifier.getUpdatedAt()).isEqualTo(T1);
        assertThat(identifier.getCreatedAt()).isEqualTo(T0);
    }

    @Test
    void refusesAnUpdateAgainstAStaleVersion() {
        Identifier identifier = registered();
        identifier.update(1, OTHER, T1);

        assertThatThrownBy(() -> identifier.update(1, OWNER, T1))
                .isInstanceOfSatisfying(IdentifierException.class, e -> {
                    assertThat(e.problem()).isEqualTo("version-conflict");
                    assertThat(e.reason()).isEqualTo(IdentifierException.Reason.CONFLICT);
                });
        assertThat(identifier.getCurrentVersion()).isEqualTo(2);
        assertThat(identifier.getOwnerDid()).isEqualTo(OTHER);
    }

    @Test
    void withdrawalWritesALastVersion() {
        Identifier identifier = registered();

        int version = identifier.withdraw(1, T1);

        assertThat(version).isEqualTo(2);
        assertThat(identifier.isWithdrawn()).isTrue();
        assertThat(identifier.getOwnerDid()).isEqualTo(OWNER);
    }

    @Test
    void aWithdrawnIdentifierNeverChangesAgain() {
        Identifier identifier = registered();
        identifier.withdraw(1, T1);

        assertThatThrownBy(() -> identifier.update(2, OTHER, T1))
                .isInstanceOfSatisfying(IdentifierException.class,
                        e -> assertThat(e.problem()).isEqualTo("identifier-withdrawn"));
        assertThatThrownBy(() -> identifier.withdraw(2, T1))
                .isInstanceOfSatisfying(IdentifierException.class,
                        e -> assertThat(e.problem()).isEqualTo("identifier-withdrawn"));
        assertThat(identifier.getCurrentVersion()).isEqualTo(2);
        assertThat(identifier.getOwnerDid()).isEqualTo(OWNER);
    }
}
