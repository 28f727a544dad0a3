package org.guildhall.registry.identifier.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.guildhall.registry.identifier.entity.IdentifierException;
import org.guildhall.registry.identifier.entity.IdentifierMetadata;
import org.guildhall.registry.identifier.entity.IdentifierOperation;
import org.guildhall.registry.identifier.entity.IdentifierVersion;
import org.junit.jupiter.api.Test;

class VersionSelectionTest {

    private static final Instant T1 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant T2 = Instant.parse("2026-02-01T00:00:00Z");
    private static final Instant T3 = Instant.parse("2026-03-01T00:00:00Z");
    private static final List<IdentifierVersion> HISTORY = List.of(version(1, IdentifierOperation.REGISTER, T1),
            version(2, IdentifierOperation.UPDATE, T2), version(3, IdentifierOperation.WITHDRAW, T3));

    private static IdentifierVersion version(int id, IdentifierOperation operation, Instant at) {
        return new IdentifierVersion("cnbj/x", id, operation, "{}", Integer.toString(id).repeat(64), at, "registrar1");
    }

    private static void assertProblem(Runnable read, String problem, IdentifierException.Reason reason) {
        assertThatThrownBy(read::run).isInstanceOfSatisfying(IdentifierException.class, e -> {
            assertThat(e.problem()).isEqualTo(problem);
            assertThat(e.reason()).isEqualTo(reason);
        });
    }

    @Test
    void readsTheLatestVersionWithoutOptions() {
        assertThat(VersionSelection.select(HISTORY, null, null)).isEqualTo(2);
    }

    @Test
    void readsTheVersionNamedByItsNumber() {
        assertThat(VersionSelection.select(HISTORY, "2", null)).isEqualTo(1);
    }

    @Test
    void readsTheVersionInForceAtATime() {
        assertThat(VersionSelection.select(HISTORY, null, "2026-02-15T00:00:00Z")).isEqualTo(1);
        assertThat(VersionSelection.select(HISTORY, null, "2026-02-01T08:00:00+08:00")).isEqualTo(1);
        assertThat(VersionSelection.select(HISTORY, null, "2026-01-31T23:59:59Z")).isEqualTo(0);
    }

    @Test
    void findsNoVersionBeforeTheRegistrationNorAnUnknownNumber() {
        assertProblem(() -> VersionSelection.select(HISTORY, null, "2025-12-31T23:59:59Z"), "identifier-not-found",
                IdentifierException.Reason.NOT_FOUND);
        assertProblem(() -> VersionSelection.select(HISTORY, "4", null), "identifier-not-found",
                IdentifierException.Reason.NOT_FOUND);
    }

    @Test
    void refusesBothOptionsAndAMalformedTime() {
        assertProblem(() -> VersionSelection.select(HISTORY, "1", "2026-02-15T00:00:00Z"), "invalid-input",
                IdentifierException.Reason.INVALID);
        assertProblem(() -> VersionSelection.select(HISTORY, null, "yesterday"), "invalid-input",
                IdentifierException.Reason.INVALID);
    }

    @Test
    void describesAMiddleVersionWithItsSuccessor() {
        IdentifierMetadata metadata = VersionSelection.metadata(HISTORY, 1);

        assertThat(metadata).isEqualTo(new IdentifierMetadata(T1, T2, false, "2", T2, "3", T3, "2".repeat(64)));
    }

    @Test
    void describesTheFirstVersionAsNotUpdatedAndTheWithdrawalAsWithdrawn() {
        assertThat(VersionSelection.metadata(HISTORY, 0).updated()).isNull();
        assertThat(VersionSelection.metadata(HISTORY, 0).withdrawn()).isFalse();
        assertThat(VersionSelection.metadata(HISTORY, 2).withdrawn()).isTrue();
        assertThat(VersionSelection.metadata(HISTORY, 2).nextVersionId()).isNull();
    }
}
