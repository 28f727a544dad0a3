package org.guildhall.registry.did.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import java.util.Arrays;
import java.util.Objects;
import org.guildhall.registry.did.entity.Did;
import org.guildhall.registry.did.entity.DidSyntaxException;

/**
 * This registry's DID method: {@code did:<method>:<domain-code>:<unique-id>} with the configured method
 * name ({@code guild} by default).
 * <pre>
 * domain-code = 4( %x61-7A / DIGIT )         ; the regional domain, lowercase
 * unique-id   = 16*22 base58char              ; Base58 of exactly 16 bytes
 * </pre>
 * The unique id is the Base58 of the first 16 bytes of the RFC 7638 SHA-256 thumbprint of the DID's
 * initial public key ({@link #uniqueIdOf}). Most ids have 21 or 22 characters; a thumbprint starting
 * with zero bytes gives a shorter one (each zero byte is a single {@code '1'}), down to 16 characters,
 * so the length alone is not the rule: the id must decode to exactly 16 bytes.
 */
public final class GuildDidMethod {

    /** The method's parts of a DID, once {@link #parse} has checked them. */
    public record ParsedGuildDid(Did did, String domainCode, String uniqueId) {
    }

    /** Bytes of the thumbprint that make the unique id: 128 bits. */
    static final int UNIQUE_ID_BYTES = 16;
    static final int DOMAIN_CODE_LENGTH = 4;
    private static final int MAX_UNIQUE_ID_LENGTH = 22;

    private final String methodName;

    /** @param methodName the configured method name ({@code guildhall.did.method}); lowercase letters and digits */
    public GuildDidMethod(String methodName) {
        if (!DidSyntax.isMethodName(methodName)) {
            throw new IllegalArgumentException("the DID method name " + (methodName == null ? "null"
                    : DidSyntax.quote(methodName)) + " is not a method-name: one or more lowercase ASCII letters and digits");
        }
        this.methodName = methodName;
    }

    public String methodName() {
        return methodName;
    }

    /** Whether {@code did} is of this method (its method name is ours); says nothing about the rest. */
    public boolean isOurs(Did did) {
        return methodName.equals(did.method());
    }

    /** The DID of a domain and unique id, both checked as {@link #parse} checks them. */
    public Did did(String domainCode, String uniqueId) {
        Objects.requireNonNull(domainCode, "domainCode");
        Objects.requireNonNull(uniqueId, "uniqueId");
        return parse(DidSyntax.parseDid("did:" + methodName + ":" + domainCode + ":" + uniqueId)).did();
    }

    /**
     * The domain code and unique id of one of our DIDs; {@link DidSyntaxException} when the DID is of
     * another method or its method-specific-id is not {@code domain-code ":" unique-id}.
     */
    public ParsedGuildDid parse(Did did) {
        if (!isOurs(did)) {
            throw new DidSyntaxException("not a did:" + methodName + " DID: the method of " + DidSyntax.quote(did.toString())
                    + " is " + DidSyntax.quote(did.method()), -1);
        }
        String msi = did.methodSpecificId();
        int offset = "did:".length() + methodName.length() + 1;
        int colon = msi.indexOf(':');
        if (colon != DOMAIN_CODE_LENGTH) {
            throw new DidSyntaxException("not a valid did:" + methodName + " DID: the method-specific-id must be"
                    + " a domain code of " + DOMAIN_CODE_LENGTH + " lowercase letters or digits, ':' and a unique id, in "
                    + DidSyntax.quote(did.toString()), colon < 0 ? -1 : offset + colon);
        }
        String domainCode = msi.substring(0, colon);
        for (int i = 0; i < domainCode.length(); i++) {
            if (!DidSyntax.isMethodChar(domainCode.charAt(i))) {
                throw new DidSyntaxException("not a valid did:" + methodName + " DID at position " + (offset + i) + ": "
                        + DidSyntax.describe(domainCode.charAt(i)) + " is not allowed in a domain code"
                        + " (lowercase ASCII letters and digits only)", offset + i);
            }
        }
        String uniqueId = msi.substring(colon + 1);
        int uniqueIdOffset = offset + colon + 1;
        if (uniqueId.length() < UNIQUE_ID_BYTES || uniqueId.length() > MAX_UNIQUE_ID_LENGTH) {
            throw new DidSyntaxException("not a valid did:" + methodName + " DID: the unique id has "
                    + uniqueId.length() + " characters; it is the base58 of " + UNIQUE_ID_BYTES
                    + " bytes, 16 to 22 characters", uniqueIdOffset);
        }
        byte[] bytes;
        try {
            bytes = Base58.decode(uniqueId);
        } catch (IllegalArgumentException e) {
            int at = 0;
            while (Base58.ALPHABET.indexOf(uniqueId.charAt(at)) >= 0) {
                at++;
            }
            throw new DidSyntaxException("not a valid did:" + methodName + " DID at position " + (uniqueIdOffset + at)
                    + ": " + DidSyntax.describe(uniqueId.charAt(at)) + " is not a base58 character", uniqueIdOffset + at);
        }
        if (bytes.length != UNIQUE_ID_BYTES) {
            throw new DidSyntaxException("not a valid did:" + methodName + " DID: the unique id decodes to "
                    + bytes.length + " bytes, not " + UNIQUE_ID_BYTES, uniqueIdOffset);
        }
        return new ParsedGuildDid(did, domainCode, uniqueId);
    }

    /** The unique id a DID gets from its initial key: Base58 of the first 16 bytes of its RFC 7638 SHA-256 thumbprint. */
    public static String uniqueIdOf(JWK publicKey) {
        try {
            byte[] thumbprint = publicKey.computeThumbprint("SHA-256").decode();
            return Base58.encode(Arrays.copyOf(thumbprint, UNIQUE_ID_BYTES));
        } catch (JOSEException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
