package org.guildhall.registry.identifier.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.guildhall.registry.anchoring.control.CanonicalContent;
import org.guildhall.registry.identifier.entity.IdentifierContent;
import org.guildhall.registry.identifier.entity.IdentifierKind;
import org.guildhall.registry.identifier.entity.IdentifierStatus;
import org.junit.jupiter.api.Test;

class IdentifierContentsTest {

    private static final IdentifierContent CONTENT = new IdentifierContent("cnbj/products/4711", IdentifierKind.PRODUCT,
            "did:guild:cnbj:7Fz2Hk6vXcQ3pW9tYbL1aS",
            IdentifierContents.object("{\"name\":\"Pump\",\"location\":\"https://example.org/4711\"}"),
            IdentifierStatus.ACTIVE);

    @Test
    void writesTheContentInRfc8785FormWithItsFiveMembers() {
        assertThat(IdentifierContents.canonical(CONTENT)).isEqualTo("{\"handle\":\"cnbj/products/4711\",\"kind\":\"PRODUCT\","
                + "\"metadata\":{\"location\":\"https://example.org/4711\",\"name\":\"Pump\"},"
                + "\"ownerDid\":\"did:guild:cnbj:7Fz2Hk6vXcQ3pW9tYbL1aS\",\"status\":\"ACTIVE\"}");
    }

    @Test
    void readsBackWhatItWrote() {
        String canonical = IdentifierContents.canonical(CONTENT);

        assertThat(IdentifierContents.parse(canonical)).isEqualTo(CONTENT);
        assertThat(IdentifierContents.canonical(IdentifierContents.parse(canonical))).isEqualTo(canonical);
    }

    @Test
    void aWithdrawalHasAnotherHashThanTheVersionBefore() {
        IdentifierContent withdrawn = new IdentifierContent(CONTENT.handle(), CONTENT.kind(), CONTENT.ownerDid(),
                CONTENT.metadata(), IdentifierStatus.WITHDRAWN);

        assertThat(CanonicalContent.sha256Hex(IdentifierContents.canonical(withdrawn)))
                .isNotEqualTo(CanonicalContent.sha256Hex(IdentifierContents.canonical(CONTENT)));
    }
}
