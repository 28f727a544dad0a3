package org.guildhall.onboarding.certification.entity;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;

/** Turns the bytes an operator sent (PEM text or DER) into one strictly DER-encoded ASN.1 structure. */
final class CsrDecoding {

    static final int MAX_BYTES = 64 * 1024;

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]{1,64})-----\\r?\\n([A-Za-z0-9+/=\\r\\n\\t ]*)-----END ([A-Z0-9 ]{1,64})-----");

    private CsrDecoding() {
    }

    /** The top-level ASN.1 value of the request, from PEM or DER input. */
    static ASN1Primitive decode(byte[] input) {
        if (input == null || input.length == 0) {
            throw new InvalidCsrException("The CSR is empty.");
        }
        if (input.length > MAX_BYTES) {
            throw new InvalidCsrException("The CSR is larger than 64 KiB.");
        }
        byte[] der = input[0] == 0x30 ? input : derFromPem(input);
        return strictDer(der);
    }

    private static byte[] derFromPem(byte[] input) {
        String text = new String(input, StandardCharsets.ISO_8859_1).strip();
        if (!text.startsWith("-----BEGIN ")) {
            throw new InvalidCsrException("The CSR is neither PEM text (-----BEGIN CERTIFICATE REQUEST-----)"
                    + " nor DER.");
        }
        if (text.indexOf("-----BEGIN ", 1) >= 0) {
            throw new InvalidCsrException("The PEM text holds more than one block; send only the certificate request.");
        }
        Matcher pem = PEM.matcher(text);
        if (!pem.matches() || !pem.group(1).equals(pem.group(3))) {
            throw new InvalidCsrException("The CSR's PEM text is malformed: expected -----BEGIN CERTIFICATE"
                    + " REQUEST-----, base64 lines and a matching -----END line, and nothing else.");
        }
        String type = pem.group(1);
        if (type.equals("CERTIFICATE") || type.equals("X509 CERTIFICATE") || type.equals("TRUSTED CERTIFICATE")) {
            throw new InvalidCsrException("This is a certificate, not a certificate signing request (CSR).");
        }
        if (!type.equals("CERTIFICATE REQUEST") && !type.equals("NEW CERTIFICATE REQUEST")) {
            throw new InvalidCsrException("The PEM block is a " + type + ", not a CERTIFICATE REQUEST.");
        }
        try (PemReader reader = new PemReader(new StringReader(text))) {
            PemObject object = reader.readPemObject();
            if (object == null || object.getContent().length == 0) {
                throw new InvalidCsrException("The CSR's PEM block is empty.");
            }
            return object.getContent();
        } catch (IOException | IllegalStateException e) {
            throw new InvalidCsrException("The CSR's PEM block does not contain valid base64.");
        }
    }

    private static ASN1Primitive strictDer(byte[] der) {
        ASN1Primitive value;
        int trailing;
        try (ASN1InputStream in = new ASN1InputStream(der)) {
            value = in.readObject();
            trailing = in.available();
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw new InvalidCsrException("The CSR is not valid DER: it cannot be decoded as ASN.1.");
        }
        if (value == null) {
            throw new InvalidCsrException("The CSR is not valid DER: it cannot be decoded as ASN.1.");
        }
        if (trailing > 0) {
            throw new InvalidCsrException("The CSR has " + trailing + " bytes of trailing data after its end.");
        }
        byte[] canonical;
        try {
            canonical = value.getEncoded(ASN1Encoding.DER);
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw new InvalidCsrException("The CSR is not valid DER: it cannot be decoded as ASN.1.");
        }
        if (!Arrays.equals(canonical, der)) {
            throw new InvalidCsrException("The CSR is not in DER: it uses a non-canonical (BER) encoding.");
        }
        return value;
    }
}
