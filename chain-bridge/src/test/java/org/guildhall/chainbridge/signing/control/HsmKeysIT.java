package org.guildhall.chainbridge.signing.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.Signature;
import java.util.UUID;

import org.guildhall.chainbridge.testsupport.SoftHsmFixture;
import org.guildhall.chainbridge.testsupport.TokenObjects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HsmKeysIT {

    private static Pkcs11Token token;
    private static HsmKeys keys;

    @BeforeAll
    static void openToken() {
        token = new Pkcs11Token(SoftHsmFixture.settings());
        keys = new HsmKeys(token);
    }

    @Test
    void secp256k1KeyIsFoundAgainAfterReopeningAndNeverLeavesTheToken() throws Exception {
        String alias = alias("k1");
        KeyStore.PrivateKeyEntry generated = keys.ensureSecp256k1Key(alias);

        Pkcs11Token reopened = new Pkcs11Token(SoftHsmFixture.settings());
        KeyStore.PrivateKeyEntry found = new HsmKeys(reopened).find(alias).orElseThrow();

        assertThat(reopened.provider()).isNotSameAs(token.provider());
        assertThat(found.getCertificate().getEncoded()).isEqualTo(generated.getCertificate().getEncoded());
        assertThat(HsmKeys.curveOf(found.getCertificate())).contains(HsmKeys.Curve.SECP256K1);
        assertThat(found.getPrivateKey().getEncoded()).as("private key encoding").isNull();
        assertThat(generated.getPrivateKey().getEncoded()).as("private key encoding").isNull();

        assertThat(privateKeyListing(alias))
                .contains("Private Key Object; EC")
                .contains("sensitive")
                .contains("always sensitive")
                .contains("never extractable");
    }

    @Test
    void ensureReturnsTheExistingKeyInsteadOfGeneratingAnother() throws Exception {
        String alias = alias("again");
        KeyStore.PrivateKeyEntry first = keys.ensureSecp256k1Key(alias);
        int size = token.keyStore().size();

        KeyStore.PrivateKeyEntry second = keys.ensureSecp256k1Key(alias);

        assertThat(second.getCertificate()).isEqualTo(first.getCertificate());
        assertThat(token.keyStore().size()).isEqualTo(size);
    }

    @Test
    void p256KeySignsInsideTheTokenAndVerifiesWithItsCertificate() throws Exception {
        KeyStore.PrivateKeyEntry entry = keys.ensureP256Key(alias("p256"));
        byte[] message = "node certificate request".getBytes(StandardCharsets.UTF_8);

        Signature signer = Signature.getInstance("SHA256withECDSA", token.provider());
        signer.initSign(entry.getPrivateKey());
        signer.update(message);
        byte[] signature = signer.sign();

        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(entry.getCertificate().getPublicKey());
        verifier.update(message);
        assertThat(verifier.verify(signature)).isTrue();
        assertThat(HsmKeys.curveOf(entry.getCertificate())).contains(HsmKeys.Curve.P256);
        assertThat(entry.getPrivateKey().getEncoded()).isNull();
    }

    @Test
    void refusesToReuseAnAliasOnAnotherCurve() {
        String alias = alias("curve");
        keys.ensureP256Key(alias);

        assertThatThrownBy(() -> keys.ensureSecp256k1Key(alias))
                .isInstanceOf(HsmException.class)
                .hasMessageContaining("is on secp256r1, not secp256k1");
    }

    @Test
    void findsNothingForAnUnknownAlias() {
        assertThat(keys.find(alias("absent"))).isEmpty();
    }

    private static String alias(String purpose) {
        return "it-" + purpose + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String privateKeyListing(String alias) {
        return TokenObjects.privateKeyListing(alias);
    }
}
