package org.guildhall.chainbridge.signing.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.UUID;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.guildhall.chainbridge.chain.control.ChainControls;
import org.guildhall.chainbridge.signing.control.HsmException;
import org.guildhall.chainbridge.signing.control.HsmKeys;
import org.guildhall.chainbridge.signing.control.Pkcs11Token;
import org.guildhall.chainbridge.testsupport.SoftHsmFixture;
import org.guildhall.chainbridge.testsupport.TokenObjects;
import org.guildhall.onboarding.certification.entity.FederationCaKey;
import org.junit.jupiter.api.Test;

/** The federation CA key from a real SoftHSM token, as onboarding signs node certificates with it. */
class FederationCaKeysIT {

    private static FederationCaKeys keys(String caAlias, String txAlias, String pin, boolean createMissing) {
        SoftHsmFixture.prepare();
        FederationCaKeys keys = new FederationCaKeys();
        keys.config = ChainControls.hsm(SoftHsmFixture.LIBRARY.toString(), SoftHsmFixture.TOKEN_LABEL, pin,
                txAlias, caAlias, createMissing);
        return keys;
    }

    private static FederationCaKeys keys(String caAlias, boolean createMissing) {
        return keys(caAlias, alias("tx"), SoftHsmFixture.PIN, createMissing);
    }

    @Test
    void generatesTheCaKeyInTheTokenAsASensitiveNeverExtractableP256Key() {
        String alias = alias("ca");
        FederationCaKey key = keys(alias, true).current();

        assertThat(key.privateKey().getEncoded()).as("private key encoding").isNull();
        assertThat(key.privateKey().getAlgorithm()).isEqualTo("EC");
        assertThat(SubjectPublicKeyInfo.getInstance(key.publicKey().getEncoded()).getAlgorithm().getParameters())
                .as("curve").isEqualTo(SECObjectIdentifiers.secp256r1);
        assertThat(key.provider().getName()).startsWith("SunPKCS11");
        assertThat(key.description()).contains(alias).contains(SoftHsmFixture.TOKEN_LABEL).doesNotContain(SoftHsmFixture.PIN);
        assertThat(TokenObjects.privateKeyListing(alias))
                .contains("Private Key Object; EC")
                .contains("sensitive")
                .contains("always sensitive")
                .contains("never extractable");
    }

    @Test
    void signsACertificateInsideTheTokenThatVerifiesWithTheCaPublicKeyOnly() throws Exception {
        FederationCaKey ca = keys(alias("ca"), true).current();
        KeyStore.PrivateKeyEntry other = new HsmKeys(new Pkcs11Token(SoftHsmFixture.settings())).ensureP256Key(alias("other"));
        X500Name issuer = new X500Name("O=Guildhall,CN=Federation CA");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        X509CertificateHolder holder = new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(42), Date.from(now),
                Date.from(now.plus(365, ChronoUnit.DAYS)), new X500Name("O=Guildhall,CN=node-7"),
                other.getCertificate().getPublicKey())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .build(new JcaContentSignerBuilder("SHA256withECDSA").setProvider(ca.provider()).build(ca.privateKey()));

        assertThat(holder.isSignatureValid(new JcaContentVerifierProviderBuilder()
                .setProvider(new BouncyCastleProvider()).build(ca.publicKey()))).isTrue();
        X509Certificate certificate = new JcaX509CertificateConverter().setProvider(new BouncyCastleProvider())
                .getCertificate(holder);
        certificate.verify(ca.publicKey());
        assertThat(holder.isSignatureValid(new JcaContentVerifierProviderBuilder()
                .setProvider(new BouncyCastleProvider()).build(other.getCertificate().getPublicKey())))
                .as("verified with another key").isFalse();
    }

    @Test
    void isAnotherKeyThanTheTransactionKeyInTheSameToken() {
        String txAlias = alias("tx");
        String caAlias = alias("ca");
        KeyStore.PrivateKeyEntry tx = new HsmKeys(new Pkcs11Token(SoftHsmFixture.settings())).ensureSecp256k1Key(txAlias);

        FederationCaKey ca = keys(caAlias, txAlias, SoftHsmFixture.PIN, true).current();

        assertThat(ca.publicKey().getEncoded()).isNotEqualTo(tx.getCertificate().getPublicKey().getEncoded());
        assertThat(ca.description()).contains(caAlias).doesNotContain(txAlias);
        assertThatThrownBy(() -> keys(txAlias, txAlias, SoftHsmFixture.PIN, true).current())
                .isInstanceOf(HsmException.class).hasMessageContaining("is the transaction key's");
    }

    @Test
    void findsTheSameKeyAgainInsteadOfGeneratingAnother() {
        String alias = alias("ca");
        FederationCaKey first = keys(alias, true).current();

        FederationCaKey again = keys(alias, false).current();

        assertThat(again.publicKey().getEncoded()).isEqualTo(first.publicKey().getEncoded());
        assertThat(again.provider()).isNotSameAs(first.provider());
    }

    @Test
    void aMissingKeyOrPinFailsAtUseWithAClearMessageAndIsNotTriedAgainAtOnce() {
        String alias = alias("absent");
        FederationCaKeys missing = keys(alias, false);
        assertThatThrownBy(missing::current).isInstanceOf(HsmException.class)
                .hasMessageContaining("No key '" + alias + "'").hasMessageContaining("create-missing-keys");
        assertThatThrownBy(missing::current).isInstanceOf(HsmException.class).hasMessageContaining("next try after");
        assertThat(new HsmKeys(new Pkcs11Token(SoftHsmFixture.settings())).find(alias)).as("nothing generated").isEmpty();

        FederationCaKeys noPin = keys(alias("ca"), alias("tx"), null, true);
        assertThatThrownBy(noPin::current).isInstanceOf(HsmException.class).hasMessageContaining("No HSM PIN configured");
    }

    @Test
    void theProducerGivesTheCurrentKey() {
        FederationCaKeys keys = keys(alias("ca"), true);
        assertThat(keys.federationCaKey()).isSameAs(keys.current());
    }

    private static String alias(String purpose) {
        return "it-" + purpose + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
