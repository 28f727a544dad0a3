package org.guildhall.proposals.voting.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;
import com.nimbusds.jose.jwk.gen.OctetSequenceKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.spec.ECFieldFp;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECFieldElement;
import org.guildhall.proposals.voting.control.VoterKeyPair.Kind;
import org.guildhall.proposals.voting.entity.BallotSignatureException;
import org.guildhall.proposals.voting.entity.VoterKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class VoterKeysTest {

    private static AbstractThrowableAssert<?, ? extends Throwable> refusal(String jwk) {
        return assertThatThrownBy(() -> VoterKeys.parse(jwk)).isInstanceOf(BallotSignatureException.class);
    }

    private static Map<String, Object> members(JWK jwk) {
        return new LinkedHashMap<>(jwk.toJSONObject());
    }

    private static String json(Map<String, Object> members) {
        return JSONObjectUtils.toJSONString(members);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void registersEachKindOfPublicKeyUnderItsThumbprint(Kind kind) throws Exception {
        JWK publicJwk = kind.generate().publicJwk();

        VoterKey key = VoterKeys.parse(publicJwk.toJSONString());

        assertThat(key.algorithm()).isEqualTo(kind.algorithm());
        assertThat(key.kid()).isEqualTo(publicJwk.computeThumbprint().toString());
        assertThat(key.kid()).isEqualTo(Base64URL.encode(MessageDigest.getInstance("SHA-256")
                .digest(key.publicJwk().getBytes(StandardCharsets.UTF_8))).toString());
        assertThat(JWK.parse(key.publicJwk()).isPrivate()).isFalse();
    }

    @Test
    void storesTheRequiredMembersInLexicographicOrder() throws Exception {
        ECKey publicJwk = (ECKey) Kind.ES256K.generate().publicJwk();

        VoterKey key = VoterKeys.parse(publicJwk.toJSONString());

        assertThat(key.publicJwk()).isEqualTo("{\"crv\":\"secp256k1\",\"kty\":\"EC\",\"x\":\"" + publicJwk.getX()
                + "\",\"y\":\"" + publicJwk.getY() + "\"}");
    }

    @Test
    void computesTheThumbprintOfRfc8037() {
        // RFC 8037 appendix A.3
        VoterKey key = VoterKeys.parse("{\"kty\":\"OKP\",\"crv\":\"Ed25519\","
                + "\"x\":\"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo\"}");

        assertThat(key.kid()).isEqualTo("kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k");
        assertThat(key.algorithm()).isEqualTo("EdDSA");
        assertThat(key.publicJwk())
                .isEqualTo("{\"crv\":\"Ed25519\",\"kty\":\"OKP\",\"x\":\"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo\"}");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void dropsTheVotersKidAndOtherOptionalMembers(Kind kind) {
        JWK publicJwk = kind.generate().publicJwk();
        Map<String, Object> members = members(publicJwk);
        members.put("kid", "my-laptop");
        members.put("use", "sig");
        members.put("alg", kind.algorithm());
        members.put("key_ops", List.of("verify"));
        members.put("ext", true);

        assertThat(VoterKeys.parse(json(members))).isEqualTo(VoterKeys.parse(publicJwk.toJSONString()));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void refusesAPrivateKeyWithoutRepeatingIt(Kind kind) {
        JWK privateJwk = kind.generate().privateJwk();
        String d = String.valueOf(privateJwk.toJSONObject().get("d"));

        refusal(privateJwk.toJSONString()).hasMessageContaining("private key material ('d')")
                .hasMessageContaining("make a new key pair").hasMessageNotContaining(d);
    }

    @Test
    void refusesAPrivateMemberEvenWhenEmpty() {
        Map<String, Object> members = members(Kind.ES256.generate().publicJwk());
        members.put("d", "");

        refusal(json(members)).hasMessageContaining("private key material ('d')");
    }

    @Test
    void refusesEcKeysOnOtherCurves() throws Exception {
        refusal(new ECKeyGenerator(Curve.P_384).generate().toPublicJWK().toJSONString())
                .hasMessageContaining("EC keys on curve 'P-384' are not accepted: use secp256k1 (ES256K) or P-256 (ES256)");
        refusal(new ECKeyGenerator(Curve.P_521).generate().toPublicJWK().toJSONString())
                .hasMessageContaining("curve 'P-521'");
        Map<String, Object> deprecatedName = members(Kind.ES256K.generate().publicJwk());
        deprecatedName.put("crv", "P-256K");
        refusal(json(deprecatedName)).hasMessageContaining("curve 'P-256K'");
    }

    @Test
    void refusesX25519() throws Exception {
        refusal(new OctetKeyPairGenerator(Curve.X25519).generate().toPublicJWK().toJSONString())
                .hasMessageContaining("OKP keys on curve 'X25519' are not accepted")
                .hasMessageContaining("X25519 keys agree on secrets, they do not sign");
    }

    @Test
    void refusesRsaAndSymmetricKeys() throws Exception {
        refusal(new RSAKeyGenerator(2048).generate().toPublicJWK().toJSONString())
                .hasMessageContaining("keys of type 'RSA' are not accepted");
        refusal(new OctetSequenceKeyGenerator(256).generate().toJSONString())
                .hasMessageContaining("private key material ('k')");
        refusal("{\"kty\":\"oct\"}").hasMessageContaining("keys of type 'oct' are not accepted");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "not json", "{", "[]", "[{\"kty\":\"EC\"}]", "\"EC\"", "null", "42",
        "{\"kty\":\"EC\"} trailing", "{'kty':'EC'}",
        "[[\"kty\",\"OKP\"],[\"crv\",\"Ed25519\"],[\"x\",\"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo\"]]"})
    void refusesWhatIsNotOneJsonObject(String text) {
        refusal(text).satisfiesAnyOf(e -> assertThat(e).hasMessageContaining("not a JSON object"),
                e -> assertThat(e).hasMessageContaining("no key was given"));
    }

    @Test
    void refusesNoKeyAtAll() {
        refusal(null).hasMessageContaining("no key was given");
    }

    @Test
    void refusesARepeatedMember() {
        ECKey key = (ECKey) Kind.ES256.generate().publicJwk();
        refusal("{\"kty\":\"EC\",\"crv\":\"P-256\",\"crv\":\"secp256k1\",\"x\":\"" + key.getX() + "\",\"y\":\""
                + key.getY() + "\"}").hasMessageContaining("repeats a member");
    }

    @Test
    void refusesMissingOrMistypedMembers() {
        refusal("{\"crv\":\"P-256\"}").hasMessageContaining("no key type ('kty')");
        refusal("{\"kty\":1}").hasMessageContaining("no key type ('kty')");
        refusal("{\"kty\":\"EC\"}").hasMessageContaining("no curve ('crv')");
        refusal("{\"kty\":\"EC\",\"crv\":\"P-256\"}").hasMessageContaining("no 'x' coordinate");
        ECKey key = (ECKey) Kind.ES256.generate().publicJwk();
        refusal("{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"" + key.getX() + "\"}").hasMessageContaining("no 'y'");
        refusal("{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"" + key.getX() + "\",\"y\":7}").hasMessageContaining("no 'y'");
        refusal("{\"kty\":\"OKP\",\"crv\":\"Ed25519\"}").hasMessageContaining("no 'x' coordinate");
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"ES256K", "ES256"})
    void refusesCoordinatesThatAreNotCanonicalBase64urlOf32Bytes(Kind kind) {
        Map<String, Object> members = members(kind.generate().publicJwk());
        String x = (String) members.get("x");
        byte[] xBytes = Base64URL.from(x).decode();

        members.put("x", x + "=");
        refusal(json(members)).hasMessageContaining("'x' is not canonical unpadded base64url");
        members.put("x", x.replace('-', '+').replace('_', '/') + "+");
        refusal(json(members)).hasMessageContaining("'x' is not");
        members.put("x", Base64URL.encode(Arrays.copyOfRange(xBytes, 1, 32)).toString());
        refusal(json(members)).hasMessageContaining("'x' is 31 bytes; a " + (kind == Kind.ES256 ? "P-256" : "secp256k1")
                + " key has 32");
        byte[] longer = new byte[33];
        System.arraycopy(xBytes, 0, longer, 1, 32);
        members.put("x", Base64URL.encode(longer).toString());
        refusal(json(members)).hasMessageContaining("'x' is 33 bytes");
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"ES256K", "ES256"})
    void refusesAPointThatIsNotOnTheCurve(Kind kind) {
        ECKey key = (ECKey) kind.generate().publicJwk();
        BigInteger p = ((ECFieldFp) key.getCurve().toECParameterSpec().getCurve().getField()).getP();
        BigInteger offCurveY = key.getY().decodeToBigInteger().add(BigInteger.ONE).mod(p);
        Map<String, Object> members = members(key);
        members.put("y", coordinate(offCurveY));

        refusal(json(members)).hasMessageContaining("the point (x, y) is not on the " + key.getCurve().getName()
                + " curve");
    }

    @Test
    void refusesASecp256k1CoordinateNotReducedModuloTheFieldPrime() {
        ECCurve curve = CustomNamedCurves.getByName("secp256k1").getCurve();
        BigInteger p = curve.getField().getCharacteristic();
        BigInteger x = BigInteger.ONE;
        ECFieldElement y = null;
        while (y == null) {
            x = x.add(BigInteger.ONE);
            ECFieldElement fx = curve.fromBigInteger(x);
            y = fx.square().multiply(fx).add(curve.getB()).sqrt();
        }
        assertThat(curve.validatePoint(x, y.toBigInteger())).isNotNull();
        BigInteger unreduced = x.add(p);
        assertThat(unreduced.bitLength()).isLessThanOrEqualTo(256);
        String jwk = "{\"kty\":\"EC\",\"crv\":\"secp256k1\",\"x\":\"" + coordinate(unreduced) + "\",\"y\":\""
                + coordinate(y.toBigInteger()) + "\"}";

        refusal(jwk).hasMessageContaining("not on the secp256k1 curve");
        String reduced = "{\"kty\":\"EC\",\"crv\":\"secp256k1\",\"x\":\"" + coordinate(x) + "\",\"y\":\""
                + coordinate(y.toBigInteger()) + "\"}";
        assertThat(VoterKeys.parse(reduced).algorithm()).isEqualTo("ES256K");
    }

    private static String coordinate(BigInteger value) {
        byte[] bytes = value.toByteArray();
        byte[] fixed = new byte[32];
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, fixed, 32 - length, length);
        return Base64URL.encode(fixed).toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // the identity (y = 1): order 1
        "0100000000000000000000000000000000000000000000000000000000000000",
        // y = -1 (p - 1): order 2
        "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
        // y = p + 1: not canonical
        "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
        // the order-8 point with y = 0x26e8...: a small-order key
        "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05"})
    void refusesEd25519KeysOutsideThePrimeOrderSubgroup(String hex) {
        String x = Base64URL.encode(HexFormat.of().parseHex(hex)).toString();

        refusal("{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"" + x + "\"}")
                .hasMessageContaining("'x' is not a valid Ed25519 public key");
    }

    @Test
    void refusesAKeyMeantForAnotherUse() {
        Map<String, Object> members = members(Kind.ES256.generate().publicJwk());
        members.put("use", "enc");
        refusal(json(members)).hasMessageContaining("meant for 'enc', not for signatures");

        members.remove("use");
        members.put("key_ops", List.of("encrypt"));
        refusal(json(members)).hasMessageContaining("key_ops do not include 'verify'");
        members.put("key_ops", "verify");
        refusal(json(members)).hasMessageContaining("key_ops do not include 'verify'");

        members.remove("key_ops");
        members.put("alg", "ES256K");
        refusal(json(members)).hasMessageContaining("the JWK says alg 'ES256K' but its curve signs with ES256");
    }

    @Test
    void refusesMoreThanFourKibibytes() {
        Map<String, Object> members = members(Kind.ES256.generate().publicJwk());
        String withoutNote = json(members);
        members.put("note", "n".repeat(4096 - withoutNote.length() - ",\"note\":\"\"".length()));
        String atLimit = json(members);
        assertThat(atLimit.length()).isEqualTo(4096);
        assertThat(VoterKeys.parse(atLimit).algorithm()).isEqualTo("ES256");

        members.put("note", members.get("note") + "é");
        refusal(json(members)).hasMessageContaining("the JWK is 4098 bytes long; a public key fits in 4096 bytes");
    }
}
