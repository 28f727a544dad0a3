package org.guildhall.chainbridge.signing.control;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The EC key pairs of one token, by alias: found, or generated inside the token.
 *
 * <p>A generated private key is a sensitive, non-extractable token object (see
 * {@link Pkcs11Token}). It is stored with a self-signed certificate, signed inside the token,
 * because SunPKCS11's key store lists a private key only when a certificate with the same
 * {@code CKA_ID} is present; the certificate is also where the public key is read back from.
 */
public final class HsmKeys {

    /** Curves this class generates keys on. */
    public enum Curve {
        /** Ethereum's curve. */
        SECP256K1("secp256k1", SECObjectIdentifiers.secp256k1),
        /** NIST P-256, for X.509 and JOSE. */
        P256("secp256r1", SECObjectIdentifiers.secp256r1);

        private final String jcaName;
        private final ASN1ObjectIdentifier oid;

        Curve(String jcaName, ASN1ObjectIdentifier oid) {
            this.jcaName = jcaName;
            this.oid = oid;
        }

        public String jcaName() {
            return jcaName;
        }
    }

    private static final Logger LOG = Logger.getLogger(HsmKeys.class.getName());

    /** RFC 5280 4.1.2.5: "no well-defined expiration date". */
    private static final Date NO_EXPIRY = Date.from(Instant.parse("9999-12-31T23:59:59Z"));

    private final Pkcs11Token token;

    public HsmKeys(Pkcs11Token token) {
        this.token = Objects.requireNonNull(token, "token");
    }

    /** The secp256k1 key pair under {@code alias}, generated in the token if absent. */
    public KeyStore.PrivateKeyEntry ensureSecp256k1Key(String alias) {
        return ensure(alias, Curve.SECP256K1);
    }

    /** The P-256 key pair under {@code alias}, generated in the token if absent. */
    public KeyStore.PrivateKeyEntry ensureP256Key(String alias) {
        return ensure(alias, Curve.P256);
    }

    /** The key pair under {@code alias} on {@code curve}, generated in the token if absent. */
    public KeyStore.PrivateKeyEntry ensure(String alias, Curve curve) {
        requireAlias(alias);
        synchronized (token) {
            Optional<KeyStore.PrivateKeyEntry> existing = find(alias);
            if (existing.isPresent()) {
                Curve actual = curveOf(existing.get().getCertificate())
                        .orElseThrow(() -> new HsmException("Key '" + alias + "' in " + token.description()
                                + " is not an EC key on a supported curve"));
                if (actual != curve) {
                    throw new HsmException("Key '" + alias + "' in " + token.description()
                            + " is on " + actual.jcaName() + ", not " + curve.jcaName());
                }
                return existing.get();
            }
            generate(alias, curve);
            return find(alias).orElseThrow(() -> new HsmException("Key '" + alias
                    + "' was generated but the key store of " + token.description() + " does not list it"));
        }
    }

    /** The private key entry under {@code alias} (key handle and certificate), if any. */
    public Optional<KeyStore.PrivateKeyEntry> find(String alias) {
        requireAlias(alias);
        KeyStore keyStore = token.keyStore();
        try {
            if (!keyStore.isKeyEntry(alias)) {
                return Optional.empty();
            }
            Key key = keyStore.getKey(alias, null);
            Certificate[] chain = keyStore.getCertificateChain(alias);
            if (!(key instanceof PrivateKey privateKey) || chain == null || chain.length == 0) {
                return Optional.empty();
            }
            return Optional.of(new KeyStore.PrivateKeyEntry(privateKey, chain));
        } catch (GeneralSecurityException e) {
            throw new HsmException("Cannot read key '" + alias + "' from " + token.description() + ": "
                    + Pkcs11Token.rootMessage(e), e);
        }
    }

    /** The curve of an EC certificate's public key, if it is one this class knows. */
    public static Optional<Curve> curveOf(Certificate certificate) {
        SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(certificate.getPublicKey().getEncoded());
        if (!X9ObjectIdentifiers.id_ecPublicKey.equals(info.getAlgorithm().getAlgorithm())) {
            return Optional.empty();
        }
        for (Curve curve : Curve.values()) {
            if (curve.oid.equals(info.getAlgorithm().getParameters())) {
                return Optional.of(curve);
            }
        }
        return Optional.empty();
    }

    /** BouncyCastle, registered once with {@link Security} if it is not yet. */
    static Provider bouncyCastle() {
        synchronized (Security.class) {
            Provider registered = Security.getProvider(BouncyCastleProvider.PROVIDER_NAME);
            if (registered != null) {
                return registered;
            }
            Provider provider = new BouncyCastleProvider();
            Security.addProvider(provider);
            return provider;
        }
    }

    private void generate(String alias, Curve curve) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", token.provider());
            generator.initialize(new ECGenParameterSpec(curve.jcaName()));
            KeyPair keyPair = generator.generateKeyPair();
            X509Certificate certificate = selfSigned(alias, keyPair);
            token.keyStore().setKeyEntry(alias, keyPair.getPrivate(), null, new Certificate[] {certificate});
            LOG.info(() -> "Generated " + curve.jcaName() + " key '" + alias + "' in " + token.description());
        } catch (GeneralSecurityException | OperatorCreationException | RuntimeException e) {
            throw new HsmException("Cannot generate " + curve.jcaName() + " key '" + alias + "' in "
                    + token.description() + ": " + Pkcs11Token.rootMessage(e), e);
        }
    }

    private X509Certificate selfSigned(String alias, KeyPair keyPair)
            throws OperatorCreationException, GeneralSecurityException {
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.O, "Guildhall")
                .addRDN(BCStyle.CN, alias)
                .build();
        Instant now = Instant.now();
        BigInteger serial = new BigInteger(127, new SecureRandom()).add(BigInteger.ONE);
        ContentSigner signer = new JcaContentSignerBuilder("SHA256withECDSA")
                .setProvider(token.provider())
                .build(keyPair.getPrivate());
        X509CertificateHolder holder = new JcaX509v3CertificateBuilder(
                name, serial, Date.from(now.minus(Duration.ofMinutes(5))), NO_EXPIRY, name, keyPair.getPublic())
                .build(signer);
        return new JcaX509CertificateConverter().setProvider(bouncyCastle()).getCertificate(holder);
    }

    private static void requireAlias(String alias) {
        if (alias == null || alias.isBlank()) {
            throw new IllegalArgumentException("Key alias must not be blank");
        }
    }
}
