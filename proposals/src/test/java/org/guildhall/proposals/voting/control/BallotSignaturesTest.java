package org.guildhall.proposals.voting.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.guildhall.proposals.voting.control.BallotJwsBuilder.ballot;
import static org.guildhall.proposals.voting.control.BallotJwsBuilder.encode;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.util.Base64URL;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.guildhall.proposals.voting.control.VoterKeyPair.Kind;
import org.guildhall.proposals.voting.entity.BallotSignatureException;
import org.guildhall.proposals.voting.entity.SignedBallot;
import org.guildhall.proposals.voting.entity.VoterKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class BallotSignaturesTest {

    private static final Map<Kind, VoterKeyPair> VOTERS = new EnumMap<>(Kind.class);
    private static final Map<Kind, VoterKeyPair> STRANGERS = new EnumMap<>(Kind.class);

    static {
        for (Kind kind : Kind.values()) {
            VOTERS.put(kind, kind.generate());
            STRANGERS.put(kind, kind.generate());
        }
    }

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00.250Z");
    private static final SignedBallot BALLOT = new SignedBallot("0d6b1f4e-5c1a-4b59-9d3f-2b8f6f0c9a11", "alice", "yes");

    private static VoterKeyPair voter(Kind kind) {
        return VOTERS.get(kind);
    }

    private static BallotJwsBuilder signed(Kind kind) {
        return ballot(voter(kind), BALLOT, NOW.minusSeconds(30));
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> refusal(String jws, Kind kind) {
        return assertThatThrownBy(() -> BallotSignatures.verify(jws, voter(kind).register(), BALLOT, NOW))
                .isInstanceOf(BallotSignatureException.class);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void verifiesTheVotersSignatureAndReturnsItsIssueTime(Kind kind) {
        String jws = signed(kind).build();

        Instant iat = BallotSignatures.verify(jws, voter(kind).register(), BALLOT, NOW);

        assertThat(iat).isEqualTo(Instant.parse("2026-03-02T07:59:30Z"));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void acceptsTheKeysOwnKidTypAndEmbeddedPublicJwk(Kind kind) {
        VoterKey key = voter(kind).register();
        String jws = signed(kind).header("kid", key.kid()).header("typ", "JOSE")
                .header("jwk", voter(kind).publicJwk().toJSONObject()).build();

        assertThat(BallotSignatures.verify(jws, key, BALLOT, NOW)).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void refusesASignatureByAnotherKeyOfTheSameKind(Kind kind) {
        String jws = ballot(STRANGERS.get(kind), BALLOT, NOW).build();

        refusal(jws, kind).hasMessageContaining("signature does not verify");
    }

    @ParameterizedTest
    @CsvSource({"ES256K, ES256", "ES256K, EdDSA", "ES256, ES256K", "ES256, EdDSA", "EDDSA, ES256", "EDDSA, Ed25519",
        "ES256, ES384", "ES256, RS256", "ES256, PS256", "ES256, HS256"})
    void refusesAHeaderAlgThatIsNotTheKeys(Kind kind, String alg) {
        String jws = signed(kind).header("alg", alg).build();

        refusal(jws, kind).hasMessageContaining("alg '" + alg + "' is not " + kind.algorithm());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void refusesAHeaderWithoutAlg(Kind kind) {
        refusal(signed(kind).withoutHeader("alg").build(), kind).hasMessageContaining("alg null is not");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void refusesAnUnsecuredJws(Kind kind) {
        String unsecured = encode("{\"alg\":\"none\"}") + '.' + encode("{\"proposal\":\"" + BALLOT.proposal()
                + "\",\"voter\":\"alice\",\"option\":\"yes\",\"iat\":" + NOW.getEpochSecond() + "}") + '.';

        refusal(unsecured, kind).hasMessageContaining("signature is empty");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void refusesAlgNoneEvenWithAValidSignatureAttached(Kind kind) {
        refusal(signed(kind).header("alg", "none").build(), kind).hasMessageContaining("alg 'none' is not");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void refusesHs256MadeWithThePublicKeyAsTheSecret(Kind kind) throws Exception {
        VoterKey key = voter(kind).register();
        String signingInput = encode("{\"alg\":\"HS256\"}") + '.' + encode("{\"proposal\":\"" + BALLOT.proposal()
                + "\",\"voter\":\"alice\",\"option\":\"yes\",\"iat\":" + NOW.getEpochSecond() + "}");
        Base64URL mac = new MACSigner(key.publicJwk().getBytes(StandardCharsets.UTF_8))
                .sign(new JWSHeader(JWSAlgorithm.HS256), signingInput.getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> BallotSignatures.verify(signingInput + '.' + mac, key, BALLOT, NOW))
                .isInstanceOf(BallotSignatureException.class).hasMessageContaining("alg 'HS256' is not");
    }

    @ParameterizedTest
    @CsvSource({"proposal, 1b4e28ba-2fa1-11d2-883f-0016d3cca427", "proposal, 0D6B1F4E-5C1A-4B59-9D3F-2B8F6F0C9A11",
        "voter, mallory", "voter, Alice", "voter, 'alice '", "option, no", "option, noWithVeto", "option, abstain",
        "option, Yes"})
    void refusesAPayloadMemberThatIsNotTheBallots(String member, String value) {
        for (Kind kind : Kind.values()) {
            refusal(signed(kind).payload(member, value).build(), kind)
                    .hasMessageContaining("payload " + member + " '" + value + "' does not match the ballot's");
        }
    }

    @Test
    void saysWhichOptionWasSignedAndWhichWasCast() {
        refusal(signed(Kind.ES256).payload("option", "no").build(), Kind.ES256)
                .hasMessage("the payload option 'no' does not match the ballot's 'yes'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"proposal", "voter", "option"})
    void refusesAPayloadMemberThatIsNotAString(String member) {
        refusal(signed(Kind.ES256).payload(member, 1L).build(), Kind.ES256)
                .hasMessageContaining("payload " + member + " is not a string");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void refusesAnExtraPayloadMember(Kind kind) {
        refusal(signed(kind).payload("weight", 100L).build(), kind)
                .hasMessageContaining("member 'weight' that a ballot does not have");
    }

    @ParameterizedTest
    @ValueSource(strings = {"proposal", "voter", "option", "iat"})
    void refusesAPayloadWithoutOneOfItsMembers(String member) {
        for (Kind kind : Kind.values()) {
            refusal(signed(kind).withoutPayload(member).build(), kind).hasMessage("the payload lacks " + member);
        }
    }

    @Test
    void refusesARepeatedPayloadMember() {
        String payload = "{\"proposal\":\"" + BALLOT.proposal() + "\",\"voter\":\"alice\",\"option\":\"yes\","
                + "\"option\":\"no\",\"iat\":" + NOW.getEpochSecond() + "}";

        refusal(signed(Kind.ES256K).rawPayload(payload).build(), Kind.ES256K)
                .hasMessageContaining("payload is not a JSON object (or repeats a member)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[\"yes\"]", "\"yes\"", "null", "{\"proposal\":", "", "[]",
        "[[\"proposal\",\"0d6b1f4e-5c1a-4b59-9d3f-2b8f6f0c9a11\"],[\"voter\",\"alice\"],[\"option\",\"yes\"],"
            + "[\"iat\",1772438370]]"})
    void refusesAPayloadThatIsNotAJsonObject(String payload) {
        refusal(signed(Kind.ES256).rawPayload(payload).build(), Kind.ES256).hasMessageContaining("payload")
                .hasMessageNotContaining("signature");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1772438400.5", "\"1772438400\"", "1.7724384E9", "null", "true"})
    void refusesAnIatThatIsNotAWholeNumberOfSeconds(String iat) {
        String payload = "{\"proposal\":\"" + BALLOT.proposal() + "\",\"voter\":\"alice\",\"option\":\"yes\",\"iat\":"
                + iat + "}";

        refusal(signed(Kind.EDDSA).rawPayload(payload).build(), Kind.EDDSA)
                .hasMessageContaining("is not a whole number of seconds");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void acceptsAnIatUpToFiveMinutesAheadOfTheServer(Kind kind) {
        String jws = ballot(voter(kind), BALLOT, NOW.plusSeconds(300)).build();

        assertThat(BallotSignatures.verify(jws, voter(kind).register(), BALLOT, NOW))
                .isEqualTo(Instant.ofEpochSecond(NOW.getEpochSecond() + 300));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void refusesAnIatMoreThanFiveMinutesAheadOfTheServer(Kind kind) {
        refusal(ballot(voter(kind), BALLOT, NOW.plusSeconds(301)).build(), kind)
                .hasMessageContaining("more than 5 minutes after the server's time");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void acceptsAnIatUpToTwentyFourHoursOld(Kind kind) {
        String jws = ballot(voter(kind), BALLOT, NOW.minusSeconds(86_400)).build();

        assertThat(BallotSignatures.verify(jws, voter(kind).register(), BALLOT, NOW)).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void refusesAnIatMoreThanTwentyFourHoursOld(Kind kind) {
        refusal(ballot(voter(kind), BALLOT, NOW.minusSeconds(86_401)).build(), kind)
                .hasMessageContaining("more than 24 hours before the server's time");
    }

    @Test
    void refusesAnIatFarOutsideTheRangeOfDates() {
        refusal(signed(Kind.ES256).payload("iat", Long.MAX_VALUE).build(), Kind.ES256)
                .hasMessageContaining("more than 5 minutes after");
        refusal(signed(Kind.ES256).payload("iat", Long.MIN_VALUE).build(), Kind.ES256)
                .hasMessageContaining("more than 24 hours before");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void refusesAPayloadSwappedUnderAnExistingSignature(Kind kind) {
        String[] parts = signed(kind).build().split("\\.");
        String otherPayload = signed(kind).payload("option", "no").build().split("\\.")[1];

        refusal(parts[0] + '.' + otherPayload + '.' + parts[2], kind).hasMessageContaining("signature does not verify");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void refusesATruncatedJws(Kind kind) {
        String jws = signed(kind).build();

        for (int cut = 1; cut < jws.length(); cut += 7) {
            refusal(jws.substring(0, jws.length() - cut), kind).isInstanceOf(BallotSignatureException.class);
        }
        refusal(jws.substring(0, jws.lastIndexOf('.')), kind).hasMessageContaining("has 2");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 32, 63, 65, 96})
    void refusesASignatureOfAnotherLength(int length) {
        for (Kind kind : Kind.values()) {
            refusal(signed(kind).rewriteSignature(sig -> Arrays.copyOf(sig, length)).build(), kind)
                    .hasMessageContaining(length == 0 ? "signature is empty" : "signature has 64 bytes, this one " + length);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void refusesAGarbledJws(Kind kind) {
        String jws = signed(kind).build();
        int inPayload = jws.indexOf('.') + 5;
        char flipped = jws.charAt(inPayload) == 'A' ? 'B' : 'A';
        String garbled = jws.substring(0, inPayload) + flipped + jws.substring(inPayload + 1);

        refusal(garbled, kind).isInstanceOf(BallotSignatureException.class);
        refusal(jws.replaceFirst("\\.", ".*"), kind).hasMessageContaining("payload is not base64url");
        refusal(jws.replace('-', '+').replace('_', '/') + "+/", kind).hasMessageContaining("not base64url");
        refusal(" " + jws, kind).hasMessageContaining("header is not base64url");
        refusal(jws + "\n", kind).hasMessageContaining("signature is not base64url");
        refusal("not a jws", kind).hasMessageContaining("3 parts");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void refusesAPaddedOrNonCanonicalBase64url(Kind kind) {
        String jws = signed(kind).build();
        String[] parts = jws.split("\\.");
        // 64 signature bytes encode to 86 characters whose last one carries 2 unused bits
        String signature = parts[2];
        char last = signature.charAt(signature.length() - 1);
        String stray = signature.substring(0, signature.length() - 1) + (char) (last + 1);

        refusal(jws + "==", kind).hasMessageContaining("not canonical unpadded base64url");
        refusal(parts[0] + '.' + parts[1] + '.' + stray, kind).hasMessageContaining("not canonical");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4, 5, 6})
    void refusesAnythingButThreeParts(int parts) {
        String jws = signed(Kind.ES256).build();
        String[] split = jws.split("\\.");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts; i++) {
            text.append(i == 0 ? "" : ".").append(split[i % 3]);
        }

        refusal(text.toString(), Kind.ES256).hasMessageContaining("3 parts separated by dots, this has " + parts);
    }

    @Test
    void refusesAnEmptyOrMissingJws() {
        refusal("", Kind.ES256).hasMessageContaining("empty");
        refusal(null, Kind.ES256).hasMessageContaining("empty");
        refusal("..", Kind.ES256).hasMessageContaining("header is empty");
    }

    @Test
    void refusesAJwsLongerThanEightKibibytes() {
        String jws = signed(Kind.ES256).header("typ", "x".repeat(6_200)).build();
        assertThat(jws.length()).isGreaterThan(8_192);

        refusal(jws, Kind.ES256).hasMessageContaining("at most 8192 are accepted");
    }

    @Test
    void acceptsAJwsOfExactlyEightKibibytes() {
        String base = signed(Kind.ES256).header("typ", "").build();
        // each 3 characters in the header's typ add 4 characters of base64url
        int room = (8_192 - base.length()) / 4 * 3;
        String jws = signed(Kind.ES256).header("typ", "x".repeat(room)).build();
        assertThat(jws.length()).isBetween(8_180, 8_192);

        assertThat(BallotSignatures.verify(jws, voter(Kind.ES256).register(), BALLOT, NOW)).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void refusesAKidThatIsNotTheKeys(Kind kind) {
        String otherKid = STRANGERS.get(kind).register().kid();

        refusal(signed(kind).header("kid", otherKid).build(), kind).hasMessageContaining("kid '" + otherKid + "'");
        refusal(signed(kind).header("kid", 7L).build(), kind).hasMessageContaining("kid '7'");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void refusesAnEmbeddedJwkThatIsNotTheRegisteredKey(Kind kind) {
        String jws = signed(kind).header("jwk", STRANGERS.get(kind).publicJwk().toJSONObject()).build();

        refusal(jws, kind).hasMessageContaining("jwk is not the voter's registered key");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void refusesAnEmbeddedPrivateJwk(Kind kind) {
        String jws = signed(kind).header("jwk", voter(kind).privateJwk().toJSONObject()).build();

        refusal(jws, kind).hasMessageContaining("private key");
    }

    @Test
    void refusesAnEmbeddedJwkThatIsNoJwk() {
        refusal(signed(Kind.ES256).header("jwk", "key").build(), Kind.ES256).hasMessageContaining("not a JSON object");
        refusal(signed(Kind.ES256).header("jwk", Map.of("kty", "nope")).build(), Kind.ES256)
                .hasMessageContaining("jwk is not a JWK");
    }

    @ParameterizedTest
    @CsvSource({"crit, no JWS extension", "jku, never one named in the JWS", "x5u, never one named in the JWS",
        "x5c, never one named in the JWS", "x5t, not accepted", "cty, not accepted", "zip, not accepted",
        "enc, not accepted", "nonce, not accepted"})
    void refusesHeaderMembersOutsideTheAcceptedFour(String member, String reason) {
        Object value = "crit".equals(member) || "x5c".equals(member) ? List.of("exp") : "https://evil.test/k";

        refusal(signed(Kind.ES256).header(member, value).build(), Kind.ES256)
                .hasMessageContaining("header member '" + member + "' is not accepted").hasMessageContaining(reason);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void refusesTheUnencodedPayloadOption(boolean b64) {
        refusal(signed(Kind.ES256K).header("b64", b64).header("crit", List.of("b64")).build(), Kind.ES256K)
                .hasMessageContaining("is not accepted");
        refusal(signed(Kind.ES256K).header("b64", b64).build(), Kind.ES256K)
                .hasMessageContaining("header member 'b64' is not accepted: the payload must be base64url-encoded");
    }

    @Test
    void refusesARepeatedHeaderMember() {
        refusal(signed(Kind.ES256).rawHeader("{\"alg\":\"ES256\",\"alg\":\"ES256\"}").build(), Kind.ES256)
                .hasMessageContaining("header is not a JSON object (or repeats a member)");
    }

    @Test
    void refusesAHeaderWhoseTypIsNotAString() {
        refusal(signed(Kind.ES256).header("typ", 1L).build(), Kind.ES256).hasMessageContaining("header is malformed");
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"ES256K", "ES256"})
    void refusesADerEncodedEcdsaSignature(Kind kind) throws Exception {
        VoterKeyPair pair = voter(kind);
        String signingInput = String.join(".", Arrays.copyOf(signed(kind).build().split("\\."), 2));
        ECKey key = (ECKey) pair.privateJwk();
        Signature ecdsa = kind == Kind.ES256K ? Signature.getInstance("SHA256withECDSA", VoterKeyPair.BC)
                : Signature.getInstance("SHA256withECDSA");
        ecdsa.initSign(kind == Kind.ES256K ? key.toECPrivateKey(VoterKeyPair.BC) : key.toECPrivateKey());
        ecdsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        byte[] der = ecdsa.sign();

        refusal(signingInput + '.' + Base64URL.encode(der), kind).hasMessageContaining("not DER");
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"ES256K", "ES256"})
    void acceptsTheHighSTwinOfAnEcdsaSignature(Kind kind) {
        BigInteger n = ((ECKey) voter(kind).publicJwk()).getCurve().toECParameterSpec().getOrder();
        String lowS = signed(kind).rewriteSignature(sig -> withS(sig, n, true)).build();
        String highS = signed(kind).rewriteSignature(sig -> withS(sig, n, false)).build();

        assertThat(BallotSignatures.verify(lowS, voter(kind).register(), BALLOT, NOW)).isNotNull();
        assertThat(BallotSignatures.verify(highS, voter(kind).register(), BALLOT, NOW)).isNotNull();
    }

    /** The signature with s or n - s, whichever is low (or high). */
    private static byte[] withS(byte[] signature, BigInteger n, boolean low) {
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, 32, 64));
        boolean isLow = s.compareTo(n.shiftRight(1)) <= 0;
        BigInteger wanted = isLow == low ? s : n.subtract(s);
        byte[] result = signature.clone();
        byte[] bytes = wanted.toByteArray();
        Arrays.fill(result, 32, 64, (byte) 0);
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, result, 64 - length, length);
        return result;
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"ES256K", "ES256"})
    void refusesEcdsaSignaturesWithROrSOutOfRange(Kind kind) {
        BigInteger n = ((ECKey) voter(kind).publicJwk()).getCurve().toECParameterSpec().getOrder();
        byte[] order = unsigned32(n);

        refusal(signed(kind).rewriteSignature(sig -> new byte[64]).build(), kind)
                .hasMessageContaining("signature does not verify");
        refusal(signed(kind).rewriteSignature(sig -> {
            byte[] s = sig.clone();
            System.arraycopy(order, 0, s, 32, 32);
            return s;
        }).build(), kind).hasMessageContaining("signature does not verify");
        refusal(signed(kind).rewriteSignature(sig -> {
            byte[] r = sig.clone();
            System.arraycopy(order, 0, r, 0, 32);
            return r;
        }).build(), kind).hasMessageContaining("signature does not verify");
    }

    private static byte[] unsigned32(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return Arrays.copyOfRange(bytes, bytes.length - 32, bytes.length);
    }

    @Test
    void refusesAnEd25519SignatureWhoseSIsNotReduced() {
        BigInteger l = BigInteger.TWO.pow(252).add(new BigInteger("27742317777372353535851937790883648493"));
        String jws = signed(Kind.EDDSA).rewriteSignature(sig -> {
            byte[] s = Arrays.copyOfRange(sig, 32, 64);
            reverse(s);
            byte[] plusL = new BigInteger(1, s).add(l).toByteArray();
            byte[] littleEndian = new byte[32];
            for (int i = 0; i < Math.min(plusL.length, 32); i++) {
                littleEndian[i] = plusL[plusL.length - 1 - i];
            }
            byte[] out = sig.clone();
            System.arraycopy(littleEndian, 0, out, 32, 32);
            return out;
        }).build();

        refusal(jws, Kind.EDDSA).hasMessageContaining("signature does not verify");
    }

    private static void reverse(byte[] bytes) {
        for (int i = 0, j = bytes.length - 1; i < j; i++, j--) {
            byte b = bytes[i];
            bytes[i] = bytes[j];
            bytes[j] = b;
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void refusesASignatureWithOneBitFlipped(Kind kind) {
        refusal(signed(kind).rewriteSignature(sig -> {
            byte[] out = sig.clone();
            out[10] ^= 0x01;
            return out;
        }).build(), kind).hasMessageContaining("signature does not verify");
    }

    @Test
    void refusesARegisteredKeyWhoseRecordDoesNotMatchItsJwk() {
        VoterKey real = voter(Kind.ES256).register();
        VoterKey claimsK1 = new VoterKey(real.kid(), "ES256K", real.publicJwk());
        VoterKey otherKid = new VoterKey(STRANGERS.get(Kind.ES256).register().kid(), "ES256", real.publicJwk());
        String jws = signed(Kind.ES256).header("alg", "ES256K").build();

        assertThatThrownBy(() -> BallotSignatures.verify(jws, claimsK1, BALLOT, NOW))
                .isInstanceOf(BallotSignatureException.class).hasMessageContaining("does not match its stored JWK");
        assertThatThrownBy(() -> BallotSignatures.verify(signed(Kind.ES256).build(), otherKid, BALLOT, NOW))
                .isInstanceOf(BallotSignatureException.class).hasMessageContaining("does not match its stored JWK");
    }

    @Test
    void quotesVoterInputShortAndWithoutControlCharacters() {
        refusal(signed(Kind.ES256).payload("voter", "m\nallory" + "x".repeat(100)).build(), Kind.ES256)
                .hasMessageStartingWith("the payload voter 'm?allory").hasMessageContaining("x…'")
                .hasMessageNotContaining("\n");
    }
}
