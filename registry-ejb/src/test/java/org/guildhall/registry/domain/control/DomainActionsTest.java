package org.guildhall.registry.domain.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.guildhall.registry.domain.entity.DomainAction;
import org.guildhall.registry.domain.entity.DomainAction.Operation;
import org.guildhall.registry.domain.entity.DomainException;
import org.junit.jupiter.api.Test;

class DomainActionsTest {

    private static final String ORG = UUID.randomUUID().toString();

    @Test
    void aDelegationIsTheDefaultOperation() {
        DomainAction action = DomainActions.parse("{\"domain\":\"gba1\",\"parent\":\"root\",\"governedBy\":\"" + ORG
                + "\",\"quota\":100000,\"nameZh\":\"大湾区\"}");
        assertThat(action.operation()).isEqualTo(Operation.DELEGATE);
        assertThat(action.domain()).isEqualTo("gba1");
        assertThat(action.quota()).isEqualTo(100_000L);
        assertThat(action.governedBy()).isEqualTo(UUID.fromString(ORG));
        assertThat(action.nameZh()).isEqualTo("大湾区");
    }

    @Test
    void everyOperationNamesWhatItNeeds() {
        assertThat(DomainActions.parse("{\"operation\":\"suspend\",\"domain\":\"gba1\"}").operation())
                .isEqualTo(Operation.SUSPEND);
        assertThat(DomainActions.parse("{\"operation\":\"QUOTA\",\"domain\":\"gba1\",\"quota\":5}").quota()).isEqualTo(5L);
        for (String incomplete : new String[] {"{\"domain\":\"gba1\",\"parent\":\"root\",\"quota\":1}",
                "{\"operation\":\"regovern\",\"domain\":\"gba1\"}", "{\"operation\":\"quota\",\"domain\":\"gba1\"}",
                "{\"operation\":\"suspend\"}"}) {
            assertThatThrownBy(() -> DomainActions.parse(incomplete)).as(incomplete).isInstanceOf(DomainException.class)
                    .extracting("problem").isEqualTo("invalid-domain-action");
        }
    }

    @Test
    void anythingNotFullyUnderstoodIsRefused() {
        for (String bad : new String[] {null, "", "not json", "[1]", "{\"domain\":\"gba1\",\"operation\":\"merge\"}",
                "{\"domain\":\"gba1\",\"operation\":\"suspend\",\"extra\":1}",
                "{\"domain\":\"gba1\",\"parent\":\"root\",\"governedBy\":\"not-a-uuid\",\"quota\":1}",
                "{\"domain\":\"gba1\",\"parent\":\"root\",\"governedBy\":\"" + ORG + "\",\"quota\":1.5}",
                "{\"domain\":\"gba1\",\"parent\":\"root\",\"governedBy\":\"" + ORG + "\",\"quota\":\"10\"}",
                "{\"domain\":7,\"operation\":\"suspend\"}"}) {
            assertThatThrownBy(() -> DomainActions.parse(bad)).as(String.valueOf(bad)).isInstanceOf(DomainException.class);
        }
    }
}
