package org.guildhall.chainbridge.signing.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.guildhall.chainbridge.testsupport.SoftHsmFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class Pkcs11TokenIT {

    @BeforeAll
    static void softHsm() {
        SoftHsmFixture.prepare();
    }

    @Test
    void opensTokenChosenByLabelAndLogsIn() throws Exception {
        Pkcs11Token token = new Pkcs11Token(SoftHsmFixture.settings());

        assertThat(token.provider().getName()).startsWith("SunPKCS11-Guildhall");
        assertThat(token.keyStore().getType()).isEqualTo("PKCS11");
        assertThat(token.keyStore().size()).isGreaterThanOrEqualTo(0);
        assertThat(token.description()).contains("'" + SoftHsmFixture.TOKEN_LABEL + "'");
    }

    @Test
    void opensTokenChosenBySlotId() throws Exception {
        long slot = TokenLabels.slotOf(SoftHsmFixture.LIBRARY, SoftHsmFixture.TOKEN_LABEL);

        Pkcs11Token token = Pkcs11Token.open(HsmSettings.ofSlot(slot, SoftHsmFixture.PIN.toCharArray()));

        assertThat(token.description()).contains("slot " + slot);
        assertThat(token.keyStore().getProvider()).isSameAs(token.provider());
    }

    @Test
    void rejectsWrongPinInOneLineWithoutTheSecret() {
        HsmSettings wrongPin = HsmSettings.ofTokenLabel(SoftHsmFixture.UNTOUCHED_TOKEN_LABEL, "9876".toCharArray());

        assertThatThrownBy(() -> new Pkcs11Token(wrongPin))
                .isInstanceOf(HsmException.class)
                .hasMessageContaining("wrong PIN")
                .hasMessageContaining(SoftHsmFixture.UNTOUCHED_TOKEN_LABEL)
                .hasMessageNotContaining("9876")
                .message().doesNotContain("\n");
    }

    @Test
    void rejectsWrongPinEvenWhenTheTokenIsAlreadyLoggedIn() {
        new Pkcs11Token(SoftHsmFixture.settings());
        HsmSettings wrongPin = SoftHsmFixture.settings().withPin("9876".toCharArray());

        assertThatThrownBy(() -> new Pkcs11Token(wrongPin))
                .isInstanceOf(HsmException.class)
                .hasMessageContaining("wrong PIN")
                .hasMessageNotContaining("9876");
        assertThat(new Pkcs11Token(SoftHsmFixture.settings()).keyStore()).isNotNull();
    }

    @Test
    void rejectsUnknownTokenLabelAndNamesThePresentOnes() {
        HsmSettings unknown = HsmSettings.ofTokenLabel("no-such-token", SoftHsmFixture.PIN.toCharArray());

        assertThatThrownBy(() -> new Pkcs11Token(unknown))
                .isInstanceOf(HsmException.class)
                .hasMessageContaining("No PKCS#11 token labelled 'no-such-token'")
                .hasMessageContaining(SoftHsmFixture.TOKEN_LABEL);
    }

    @Test
    void rejectsMissingLibrary() {
        HsmSettings missing = SoftHsmFixture.settings().withLibrary(Path.of("/nonexistent/libpkcs11.so"));

        assertThatThrownBy(() -> new Pkcs11Token(missing))
                .isInstanceOf(HsmException.class)
                .hasMessage("PKCS#11 library not found: /nonexistent/libpkcs11.so");
    }
}
