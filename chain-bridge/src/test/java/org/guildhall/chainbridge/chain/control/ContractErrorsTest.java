package org.guildhall.chainbridge.chain.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.web3j.crypto.Hash;

class ContractErrorsTest {

    private static final String ID = "ab".repeat(16) + "00".repeat(16);

    private static String selector(String signature) {
        return Hash.sha3String(signature).substring(2, 10);
    }

    @Test
    void readsADuplicateFromHardhatsMessageWithItsId() {
        String message = "Error: VM Exception while processing transaction: reverted with an unrecognized custom error"
                + " (return data: 0x" + selector("DuplicateDecision(bytes32)") + ID + ")";
        assertThat(ContractErrors.in(message)).hasValueSatisfying(r -> {
            assertThat(r.name()).isEqualTo("DuplicateDecision");
            assertThat(r.firstWord()).isEqualTo(ID);
            assertThat(r.alreadyApplied()).isTrue();
        });
    }

    @Test
    void readsTheRevertDataBesuPutsInTheErrorsData() {
        assertThat(ContractErrors.in("Execution reverted", "0x" + selector("DuplicateBatch(bytes32)") + ID.toUpperCase()))
                .hasValueSatisfying(r -> assertThat(r.name()).isEqualTo("DuplicateBatch"));
    }

    @Test
    void aRefusalThatIsNotADuplicateIsNotAlreadyApplied() {
        assertThat(ContractErrors.in("return data: 0x" + selector("NotFederationSigner()")))
                .hasValueSatisfying(r -> {
                    assertThat(r.name()).isEqualTo("NotFederationSigner");
                    assertThat(r.alreadyApplied()).isFalse();
                });
    }

    @Test
    void knowsNothingInAnOrdinaryMessage() {
        assertThat(ContractErrors.in("connection refused", null)).isEmpty();
        assertThat(ContractErrors.in("nonce too low: 0x12345678")).isEmpty();
    }
}
