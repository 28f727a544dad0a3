package org.guildhall.registry.domain.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DomainTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final UUID CENTRE = UUID.randomUUID();

    private static Domain root(long quota) {
        return Domain.root("Federation root", "联邦根域", CENTRE, quota, NOW);
    }

    @Test
    void aChildsQuotaIsCarvedOutOfItsParents() {
        Domain root = root(1000);
        Domain child = root.delegate("cnbj", "Beijing", "北京", CENTRE, 600, NOW);
        assertThat(root.getAllocated()).isEqualTo(600);
        assertThat(root.free()).isEqualTo(400);
        assertThat(child.getParentCode()).isEqualTo("root");
        assertThat(child.free()).isEqualTo(600);
        assertThatThrownBy(() -> root.delegate("cngd", "Guangdong", "广东", CENTRE, 401, NOW))
                .isInstanceOf(DomainException.class).extracting("problem").isEqualTo("quota-exceeded");
        assertThat(root.getAllocated()).as("a refused delegation takes nothing").isEqualTo(600);
        root.delegate("cngd", "Guangdong", "广东", CENTRE, 400, NOW);
        assertThat(root.free()).isZero();
    }

    @Test
    void registrationsStopExactlyAtTheQuota() {
        Domain domain = root(10).delegate("gdsz", "Pilot", "试点", CENTRE, 2, NOW);
        domain.consumeOne(NOW);
        domain.consumeOne(NOW);
        assertThatThrownBy(() -> domain.consumeOne(NOW)).isInstanceOf(DomainException.class)
                .extracting("problem").isEqualTo("quota-exhausted");
        assertThat(domain.getUsed()).isEqualTo(2);
    }

    @Test
    void onlyAnActiveDomainTakesRegistrationsAndRetirementIsFinal() {
        Domain domain = root(10).delegate("edu1", "Education", "教育", CENTRE, 5, NOW);
        domain.suspend(NOW);
        assertThatThrownBy(() -> domain.consumeOne(NOW)).extracting("problem").isEqualTo("domain-not-active");
        assertThatThrownBy(() -> domain.suspend(NOW)).extracting("problem").isEqualTo("domain-not-active");
        domain.reactivate(NOW);
        domain.consumeOne(NOW);
        assertThatThrownBy(() -> domain.reactivate(NOW)).extracting("problem").isEqualTo("domain-not-suspended");
        domain.retire(NOW);
        assertThat(domain.getStatus()).isEqualTo(DomainStatus.RETIRED);
        assertThatThrownBy(() -> domain.reactivate(NOW)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> domain.regovern(UUID.randomUUID(), NOW)).extracting("problem").isEqualTo("domain-retired");
        assertThatThrownBy(() -> root(1).retire(NOW)).extracting("problem").isEqualTo("root-domain");
    }

    @Test
    void aNewQuotaMustCoverWhatIsRegisteredAndDelegated() {
        Domain root = root(100);
        Domain child = root.delegate("cnbj", "Beijing", "北京", CENTRE, 50, NOW);
        child.delegate("bjfn", "Finance", "金融", CENTRE, 20, NOW);
        child.consumeOne(NOW);
        assertThatThrownBy(() -> child.requireQuotaCovers(20)).extracting("problem").isEqualTo("quota-below-usage");
        child.requireQuotaCovers(21);
        assertThat(child.requota(30, NOW)).isEqualTo(-20);
        assertThatThrownBy(() -> root.reallocate(51, NOW)).extracting("problem").isEqualTo("quota-exceeded");
        root.reallocate(-20, NOW);
        assertThat(root.free()).isEqualTo(70);
    }

    @Test
    void codesAreFourLowercaseLettersOrDigits() {
        assertThat(Domain.isCode("gba1")).isTrue();
        assertThat(Domain.isCode("0000")).isTrue();
        for (String bad : new String[] {"GBA1", "gba", "gba12", "gb-1", "", "gbä1", null}) {
            assertThat(Domain.isCode(bad)).as(String.valueOf(bad)).isFalse();
        }
        assertThatThrownBy(() -> root(10).delegate("GBA1", "x", "x", CENTRE, 1, NOW)).extracting("problem")
                .isEqualTo("invalid-domain");
        assertThatThrownBy(() -> root(10).delegate("gba1", " ", "x", CENTRE, 1, NOW)).extracting("problem")
                .isEqualTo("invalid-domain");
        assertThatThrownBy(() -> root(10).delegate("gba1", "x", "x", CENTRE, -1, NOW)).extracting("problem")
                .isEqualTo("invalid-domain");
    }
}
