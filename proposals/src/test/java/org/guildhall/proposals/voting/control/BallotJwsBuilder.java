package org.guildhall.proposals.voting.control;

import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.guildhall.proposals.voting.entity.SignedBallot;

/**
 * Builds a voter's compact JWS over a ballot, well formed unless told otherwise: any header or payload
 * member can be set or removed, the header and payload JSON can be given verbatim, and the signature
 * can be rewritten after signing.
 */
final class BallotJwsBuilder {

    private final VoterKeyPair signer;
    private final Map<String, Object> header = new LinkedHashMap<>();
    private final Map<String, Object> payload = new LinkedHashMap<>();
    private String rawHeader;
    private String rawPayload;
    private UnaryOperator<byte[]> signatureRewrite = UnaryOperator.identity();

    private BallotJwsBuilder(VoterKeyPair signer, SignedBallot ballot, Instant iat) {
        this.signer = signer;
        header.put("alg", signer.algorithm().getName());
        payload.put("proposal", ballot.proposal());
        payload.put("voter", ballot.voter());
        payload.put("option", ballot.option());
        payload.put("iat", iat.getEpochSecond());
    }

    static BallotJwsBuilder ballot(VoterKeyPair signer, SignedBallot ballot, Instant iat) {
        return new BallotJwsBuilder(signer, ballot, iat);
    }

    BallotJwsBuilder header(String name, Object value) {
        header.put(name, value);
        return this;
    }

    BallotJwsBuilder withoutHeader(String name) {
        header.remove(name);
        return this;
    }

    BallotJwsBuilder payload(String name, Object value) {
        payload.put(name, value);
        return this;
    }

    BallotJwsBuilder withoutPayload(String name) {
        payload.remove(name);
        return this;
    }

    BallotJwsBuilder rawHeader(String json) {
        rawHeader = json;
        return this;
    }

    BallotJwsBuilder rawPayload(String json) {
        rawPayload = json;
        return this;
    }

    BallotJwsBuilder rewriteSignature(UnaryOperator<byte[]> rewrite) {
        signatureRewrite = rewrite;
        return this;
    }

    String build() {
        String headerJson = rawHeader != null ? rawHeader : JSONObjectUtils.toJSONString(header);
        String payloadJson = rawPayload != null ? rawPayload : JSONObjectUtils.toJSONString(payload);
        String signingInput = encode(headerJson) + '.' + encode(payloadJson);
        byte[] signature = signer.sign(signingInput.getBytes(StandardCharsets.US_ASCII)).decode();
        return signingInput + '.' + Base64URL.encode(signatureRewrite.apply(signature));
    }

    static String encode(String json) {
        return Base64URL.encode(json.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
