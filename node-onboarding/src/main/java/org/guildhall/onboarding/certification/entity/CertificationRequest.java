package org.guildhall.onboarding.certification.entity;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.util.encoders.Hex;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;

/**
 * A node's PKCS#10 certificate signing request, parsed strictly from PEM or DER. Its subject and
 * requested names are informative only: the issuer builds the certificate's names itself.
 * Equal when the DER encodings are equal.
 */
public final class CertificationRequest {

    /** The largest input accepted by {@link #parse(byte[])}. */
    public static final int MAX_BYTES = CsrDecoding.MAX_BYTES;

    private static final Pattern RSA_AT_LEAST = Pattern.compile("RSA-([0-9]{1,5})");

    private final byte[] der;
    private final org.bouncycastle.asn1.pkcs.CertificationRequest request;
    private final PublicKeyType keyType;
    private final String subject;
    private final Optional<String> commonName;
    private final Optional<String> organisation;
    private final RequestedNames requestedNames;
    private final boolean signatureValid;

    private CertificationRequest(byte[] der, org.bouncycastle.asn1.pkcs.CertificationRequest request) {
        this.der = der;
        this.request = request;
        var info = request.getCertificationRequestInfo();
        if (info.getVersion().intValueExact() != 0) {
            throw new InvalidCsrException("The CSR has an unknown version; only PKCS#10 version 1 is defined.");
        }
        X500Name name = info.getSubject();
        this.subject = rfc4514(name);
        this.commonName = firstText(name, BCStyle.CN, "common name");
        this.organisation = firstText(name, BCStyle.O, "organisation");
        this.keyType = PublicKeyType.of(info.getSubjectPublicKeyInfo());
        this.requestedNames = RequestedNames.of(info.getAttributes());
        this.signatureValid = verifySignature(request);
    }

    /**
     * Parses a CSR sent as PEM ({@code CERTIFICATE REQUEST} or {@code NEW CERTIFICATE REQUEST}) or DER.
     *
     * @throws InvalidCsrException if it is not exactly one well-formed, DER-encoded PKCS#10 request with a
     *                             supported key, at most 64 KiB; the signature is not checked here
     */
    public static CertificationRequest parse(byte[] derOrPem) {
        ASN1Primitive value = CsrDecoding.decode(derOrPem);
        try {
            var request = org.bouncycastle.asn1.pkcs.CertificationRequest.getInstance(value);
            return new CertificationRequest(value.getEncoded(ASN1Encoding.DER), request);
        } catch (IOException | IllegalArgumentException | IllegalStateException | ClassCastException
                 | ArithmeticException e) {
            if (e instanceof InvalidCsrException invalid) {
                throw invalid;
            }
            throw new InvalidCsrException("The data is DER but not a well-formed PKCS#10 certificate signing request.");
        }
    }

    /** Parses a CSR given as PEM text. @see #parse(byte[]) */
    public static CertificationRequest parse(String pem) {
        if (pem == null) {
            throw new InvalidCsrException("The CSR is empty.");
        }
        return parse(pem.getBytes(StandardCharsets.UTF_8));
    }

    /** The DER encoding (a copy). */
    public byte[] der() {
        return der.clone();
    }

    /** The canonical PEM encoding: {@code -----BEGIN CERTIFICATE REQUEST-----}, 64-character lines. */
    public String pem() {
        StringWriter text = new StringWriter();
        try (PemWriter writer = new PemWriter(text)) {
            writer.writeObject(new PemObject("CERTIFICATE REQUEST", der));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** The subject as an RFC 4514 string, e.g. {@code CN=node1.example.org,O=Example Validators}. */
    public String subject() {
        return subject;
    }

    /** The subject's (first) common name, if it has one. */
    public Optional<String> commonName() {
        return commonName;
    }

    /** The subject's (first) organisation, if it has one. */
    public Optional<String> organisation() {
        return organisation;
    }

    public KeyAlgorithm keyAlgorithm() {
        return keyType.algorithm();
    }

    /** The key size in bits: 256 for P-256, secp256k1 and Ed25519, 384 for P-384, the modulus size for RSA. */
    public int keySizeBits() {
        return keyType.sizeBits();
    }

    /** The stable key type label: {@code EC-P256}, {@code EC-P384}, {@code EC-secp256k1}, {@code Ed25519}, {@code RSA-2048}. */
    public String keyLabel() {
        return keyType.label();
    }

    /**
     * Whether a node type allowing {@code allowedLabels} accepts this key: {@code RSA-N} allows RSA keys
     * of at least N bits; every other label allows exactly that key type.
     */
    public boolean keyAllowed(Collection<String> allowedLabels) {
        if (allowedLabels == null) {
            return false;
        }
        for (String allowed : allowedLabels) {
            if (allowed == null) {
                continue;
            }
            Matcher rsa = RSA_AT_LEAST.matcher(allowed);
            if (rsa.matches() ? keyType.algorithm() == KeyAlgorithm.RSA
                    && keyType.sizeBits() >= Integer.parseInt(rsa.group(1)) : allowed.equals(keyLabel())) {
                return true;
            }
        }
        return false;
    }

    /** The SubjectPublicKeyInfo DER: what the certificate will certify. */
    public byte[] publicKeyInfo() {
        return encoded(request.getCertificationRequestInfo().getSubjectPublicKeyInfo());
    }

    /** SHA-256 of the SubjectPublicKeyInfo DER in lower-case hex, to spot a key used twice. */
    public String publicKeySha256Hex() {
        try {
            return Hex.toHexString(MessageDigest.getInstance("SHA-256").digest(publicKeyInfo()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    /** Whether the request's signature verifies with its own public key (proof of possession). */
    public boolean signatureValid() {
        return signatureValid;
    }

    /** DNS names the request asks for in an extensionRequest subjectAltName, in order. */
    public List<String> requestedDnsNames() {
        return requestedNames.dnsNames();
    }

    /** IP addresses (as {@link java.net.InetAddress#getHostAddress()} writes them) the request asks for in an extensionRequest subjectAltName. */
    public List<String> requestedIpAddresses() {
        return requestedNames.ipAddresses();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CertificationRequest that && Arrays.equals(der, that.der);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(der);
    }

    @Override
    public String toString() {
        return "CertificationRequest[" + subject + ", " + keyLabel() + ", " + publicKeySha256Hex() + "]";
    }

    private static boolean verifySignature(org.bouncycastle.asn1.pkcs.CertificationRequest request) {
        byte[] signature;
        try {
            signature = request.getSignature().getOctets();
        } catch (IllegalStateException e) {
            return false;
        }
        SubjectPublicKeyInfo key = request.getCertificationRequestInfo().getSubjectPublicKeyInfo();
        return SignatureCheck.verify(key, request.getSignatureAlgorithm(),
                encoded(request.getCertificationRequestInfo()), signature);
    }

    private static String rfc4514(X500Name name) {
        try {
            return new X500Principal(encoded(name)).getName(X500Principal.RFC2253);
        } catch (IllegalArgumentException e) {
            throw new InvalidCsrException("The CSR's subject name cannot be decoded.");
        }
    }

    private static Optional<String> firstText(X500Name name, ASN1ObjectIdentifier type, String what) {
        RDN[] rdns = name.getRDNs(type);
        if (rdns.length == 0) {
            return Optional.empty();
        }
        for (AttributeTypeAndValue attribute : rdns[0].getTypesAndValues()) {
            if (attribute.getType().equals(type)) {
                if (!(attribute.getValue() instanceof ASN1String text)) {
                    throw new InvalidCsrException("The " + what + " in the CSR's subject is not text.");
                }
                return Optional.of(text.getString());
            }
        }
        return Optional.empty();
    }

    private static byte[] encoded(org.bouncycastle.asn1.ASN1Object object) {
        try {
            return object.getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
