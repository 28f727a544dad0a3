package org.guildhall.proposals.standard.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StandardTest {

    private final Instant t0 = Instant.parse("2026-11-01T00:00:00Z");

    private Standard version(String version) {
        return new Standard(new StandardAdoption("GS-1", version, " DID method ", List.of(" resolves over HTTP ")), null, t0);
    }

    @Test
    void aNewStandardIsActiveWithItsRequirementsTrimmed() {
        Standard standard = version("1.0");
        assertThat(standard.getStatus()).isEqualTo(StandardStatus.ACTIVE);
        assertThat(standard.getTitle()).isEqualTo("DID method");
        assertThat(standard.getRequirements()).containsExactly("resolves over HTTP");
    }

    @Test
    void aSupersededVersionPointsToItsSuccessor() {
        Standard first = version("1.0");
        Standard second = version("1.1");
        first.supersede(t0.plusSeconds(60));
        first.succeededBy(second);
        assertThat(first.getStatus()).isEqualTo(StandardStatus.SUPERSEDED);
        assertThat(first.getSupersededAt()).isEqualTo(t0.plusSeconds(60));
        assertThat(first.getSupersededBy()).isEqualTo(second.getId());
    }

    @Test
    void refusesToSupersedeTwiceOrToNameASuccessorWhileActive() {
        Standard first = version("1.0");
        assertThatThrownBy(() -> first.succeededBy(version("1.1"))).isInstanceOf(IllegalStateException.class);
        first.supersede(t0);
        assertThatThrownBy(() -> first.supersede(t0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> first.succeededBy(first)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesASuccessorOfAnotherCode() {
        Standard first = version("1.0");
        first.supersede(t0);
        Standard other = new Standard(new StandardAdoption("GS-2", "1.0", "Other", List.of("x")), null, t0);
        assertThatThrownBy(() -> first.succeededBy(other)).isInstanceOf(IllegalStateException.class);
    }
}
