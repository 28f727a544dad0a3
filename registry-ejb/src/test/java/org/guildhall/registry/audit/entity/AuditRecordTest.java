package org.guildhall.registry.audit.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditRecordTest {

    private static final Instant AT = Instant.parse("2025-03-01T08:00:00Z");

    private static AuditRecord withDetail(String detail) {
        return new AuditRecord(AT, "admin", "registry", "organisation.approved", "42", detail);
    }

    @Test
    void keepsWhatHappenedWhoDidItAndWhen() {
        AuditRecord record = withDetail("Shenzhen Fintech Lab");

        assertThat(record.getRecordedAt()).isEqualTo(AT);
        assertThat(record.getActor()).isEqualTo("admin");
        assertThat(record.getContext()).isEqualTo("registry");
        assertThat(record.getAction()).isEqualTo("organisation.approved");
        assertThat(record.getSubject()).isEqualTo("42");
        assertThat(record.getDetail()).isEqualTo("Shenzhen Fintech Lab");
    }

    @Test
    void keepsADetailOfExactly2000CharactersWhole() {
        String detail = "x".repeat(2000);

        assertThat(withDetail(detail).getDetail()).isEqualTo(detail);
    }

    @Test
    void truncatesALongerDetailTo2000Characters() {
        String detail = "a".repeat(1999) + "bc" + "d".repeat(500);

        assertThat(withDetail(detail).getDetail()).hasSize(2000).isEqualTo("a".repeat(1999) + "b");
    }

    @Test
    void allowsNoDetail() {
        assertThat(withDetail(null).getDetail()).isNull();
    }

    @Test
    void keepsItsTimeToTheMicrosecondAsTheDatabaseDoes() {
        AuditRecord record = new AuditRecord(Instant.parse("2025-03-01T08:00:00.123456789Z"), "admin", "registry",
                "organisation.approved", "42", null);

        assertThat(record.getRecordedAt()).isEqualTo(Instant.parse("2025-03-01T08:00:00.123456Z"));
    }

    @Test
    void needsActorAndSubject() {
        assertThatThrownBy(() -> new AuditRecord(AT, null, "registry", "x", "42", null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new AuditRecord(AT, "admin", "registry", "x", null, null))
                .isInstanceOf(NullPointerException.class);
    }
}
