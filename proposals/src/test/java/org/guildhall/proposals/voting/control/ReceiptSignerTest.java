package org.guildhall.proposals.voting.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ReceiptSignerTest {

    private static final String KEY = ReceiptSigner.generateKey();
    private static final ReceiptSigner SIGNER = new ReceiptSigner(KEY);
    private static final String RECEIPT = "{\"ballot\":\"3f1c\",\"option\":\"yes\",\"proposal\":\"0d6b\",\"receivedAt\":"
            + "\"2026-03-02T08:00:00Z\",\"voter\":\"alice\"}";

    @Test
    void generatesAPrivateP256KeyNamedByItsThumbprint() throws Exception {
        ECKey key = ECKey.parse(KEY);

        assertThat(key.getCurve()).isEqualTo(Curve.P_256);
        assertThat(key.isPrivate()).isTrue();
        assertThat(key.getKeyID()).isEqualTo(key.computeThumbprint().toString());
        assertThat(ReceiptSigner.generateKey()).isNotEqualTo(KEY);
    }

    @Test
    void signsAReceiptAsCompactEs256WithKidAndType() throws Exception {
        String jws = SIGNER.sign(RECEIPT);

        JWSObject parsed = JWSObject.parse(jws);
        assertThat(parsed.getHeader().toJSONObject()).containsOnly(Map.entry("alg", "ES256"),
                Map.entry("kid", ECKey.parse(KEY).getKeyID()), Map.entry("typ", "guildhall-ballot-receipt+jws"));
        assertThat(parsed.getPayload().toString()).isEqualTo(RECEIPT);
        assertThat(jws.split("\\.")[2]).hasSize(86);
        assertThat(ReceiptSigner.verify(jws, SIGNER.publicJwk())).isTrue();
    }

    @Test
    void signsUnicodeAsUtf8() {
        String receipt = "{\"voter\":\"李雷\"}";
        String jws = SIGNER.sign(receipt);

        assertThat(new String(Base64.getUrlDecoder().decode(jws.split("\\.")[1]), StandardCharsets.UTF_8))
                .isEqualTo(receipt);
        assertThat(ReceiptSigner.verify(jws, SIGNER.publicJwk())).isTrue();
    }

    @Test
    void publishesThePublicKeyOnly() throws Exception {
        JWK published = JWK.parse(SIGNER.publicJwk());

        assertThat(published.isPrivate()).isFalse();
        assertThat(SIGNER.publicJwk()).doesNotContain("\"d\"");
        assertThat(published.getKeyID()).isEqualTo(SIGNER.kid()).isEqualTo(ECKey.parse(KEY).getKeyID());
        assertThat(published.toJSONObject()).containsEntry("use", "sig").containsEntry("alg", "ES256");
        assertThat(published.computeThumbprint()).isEqualTo(ECKey.parse(KEY).computeThumbprint());
    }

    @Test
    void namesAKeyWithoutKidByItsThumbprint() throws Exception {
        ECKey key = new ECKeyGenerator(Curve.P_256).generate();

        ReceiptSigner signer = new ReceiptSigner(key.toJSONString());

        assertThat(signer.kid()).isEqualTo(key.computeThumbprint().toString());
        assertThat(ReceiptSigner.verify(signer.sign("{}"), signer.publicJwk())).isTrue();
    }

    @Test
    void keepsAKidTheOperatorChose() throws Exception {
        ReceiptSigner signer = new ReceiptSigner(new ECKeyGenerator(Curve.P_256).keyID("receipts-2026").generate()
                .toJSONString());

        assertThat(signer.kid()).isEqualTo("receipts-2026");
        assertThat(JWSObject.parse(signer.sign("{}")).getHeader().getKeyID()).isEqualTo("receipts-2026");
    }

    @Test
    void refusesAPayloadThatIsNotCanonicalJson() {
        assertThatThrownBy(() -> SIGNER.sign("{\"voter\":\"alice\",\"ballot\":\"3f1c\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RFC 8785");
        assertThatThrownBy(() -> SIGNER.sign("{ \"a\":1}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SIGNER.sign("{\"a\":1.0}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SIGNER.sign("not json")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SIGNER.sign(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void refusesKeysThatCannotSignReceipts() throws Exception {
        ECKey p256 = new ECKeyGenerator(Curve.P_256).generate();
        assertThatThrownBy(() -> new ReceiptSigner(p256.toPublicJWK().toJSONString()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no private part");
        assertThatThrownBy(() -> new ReceiptSigner(new ECKeyGenerator(Curve.P_384).generate().toJSONString()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be an EC P-256 JWK");
        assertThatThrownBy(() -> new ReceiptSigner(new OctetKeyPairGenerator(Curve.Ed25519).generate().toJSONString()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be an EC P-256 JWK");
        assertThatThrownBy(() -> new ReceiptSigner("{not json")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The receipt signing key is not a JWK");
    }

    @Test
    void refusesAKeyWhosePrivatePartBelongsToAnotherKey() throws Exception {
        ECKey one = new ECKeyGenerator(Curve.P_256).generate();
        ECKey other = new ECKeyGenerator(Curve.P_256).generate();
        String mixed = new ECKey.Builder(one.toPublicJWK()).d(other.getD()).build().toJSONString();

        assertThatThrownBy(() -> new ReceiptSigner(mixed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not match its public part").hasMessageNotContaining(other.getD().toString());
    }

    @Test
    void verifiesOnlyWithTheSignersKey() {
        String jws = SIGNER.sign(RECEIPT);
        ReceiptSigner other = new ReceiptSigner(ReceiptSigner.generateKey());

        assertThat(ReceiptSigner.verify(jws, other.publicJwk())).isFalse();
        assertThat(ReceiptSigner.verify(other.sign(RECEIPT), SIGNER.publicJwk())).isFalse();
    }

    @Test
    void verifyRefusesTamperedOrForeignJws() throws Exception {
        String jws = SIGNER.sign(RECEIPT);
        String[] parts = jws.split("\\.");
        String otherPayload = SIGNER.sign(RECEIPT.replace("yes", "no")).split("\\.")[1];
        ECKey key = ECKey.parse(KEY);

        assertThat(ReceiptSigner.verify(parts[0] + '.' + otherPayload + '.' + parts[2], SIGNER.publicJwk())).isFalse();
        assertThat(ReceiptSigner.verify(jws.substring(0, jws.length() - 2), SIGNER.publicJwk())).isFalse();
        assertThat(ReceiptSigner.verify(jws + "==", SIGNER.publicJwk())).isFalse();
        assertThat(ReceiptSigner.verify(parts[0] + '.' + parts[1], SIGNER.publicJwk())).isFalse();
        assertThat(ReceiptSigner.verify("", SIGNER.publicJwk())).isFalse();
        assertThat(ReceiptSigner.verify(null, SIGNER.publicJwk())).isFalse();
        assertThat(ReceiptSigner.verify(jws, "{}")).isFalse();
        assertThat(ReceiptSigner.verify(jws, null)).isFalse();
        assertThat(ReceiptSigner.verify(jws, KEY)).as("a private JWK is not a published key").isFalse();
        assertThat(ReceiptSigner.verify(jws, key.toPublicJWK().toJSONString()))
                .as("the same key without kid still verifies").isTrue();
    }

    @Test
    void verifyRefusesAnotherHeader() {
        VoterKeyPair portal = new VoterKeyPair(parse(KEY));
        String payload = BallotJwsBuilder.encode(RECEIPT);
        String kid = SIGNER.kid();

        assertThat(ReceiptSigner.verify(signedWithHeader(portal, "{\"alg\":\"ES256\",\"kid\":\"" + kid
                + "\",\"typ\":\"guildhall-ballot-receipt+jws\"}", payload), SIGNER.publicJwk())).isTrue();
        assertThat(ReceiptSigner.verify(signedWithHeader(portal, "{\"alg\":\"ES256\",\"kid\":\"" + kid
                + "\",\"typ\":\"JWT\"}", payload), SIGNER.publicJwk())).isFalse();
        assertThat(ReceiptSigner.verify(signedWithHeader(portal, "{\"alg\":\"ES256\",\"kid\":\"" + kid + "\"}",
                payload), SIGNER.publicJwk())).isFalse();
        assertThat(ReceiptSigner.verify(signedWithHeader(portal, "{\"alg\":\"ES256\",\"kid\":\"other\","
                + "\"typ\":\"guildhall-ballot-receipt+jws\"}", payload), SIGNER.publicJwk())).isFalse();
        assertThat(ReceiptSigner.verify(signedWithHeader(portal, "{\"alg\":\"ES256\",\"kid\":\"" + kid
                + "\",\"typ\":\"guildhall-ballot-receipt+jws\",\"crit\":[\"exp\"],\"exp\":1}", payload),
                SIGNER.publicJwk())).isFalse();
        assertThat(ReceiptSigner.verify(signedWithHeader(portal, "{\"alg\":\"none\",\"kid\":\"" + kid
                + "\",\"typ\":\"guildhall-ballot-receipt+jws\"}", payload), SIGNER.publicJwk())).isFalse();
    }

    private static JWK parse(String jwk) {
        try {
            return JWK.parse(jwk);
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String signedWithHeader(VoterKeyPair key, String header, String payload) {
        String signingInput = BallotJwsBuilder.encode(header) + '.' + payload;
        return signingInput + '.' + key.sign(signingInput.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void signsAThousandReceiptsFromEightThreadsThatAllVerify() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> receipts = new ArrayList<>();
        try {
            for (int i = 0; i < 1000; i++) {
                String receipt = "{\"n\":" + i + "}";
                receipts.add(pool.submit(() -> SIGNER.sign(receipt)));
            }
            for (int i = 0; i < receipts.size(); i++) {
                String jws = receipts.get(i).get(30, TimeUnit.SECONDS);
                assertThat(JWSObject.parse(jws).getPayload().toString()).isEqualTo("{\"n\":" + i + "}");
                assertThat(ReceiptSigner.verify(jws, SIGNER.publicJwk())).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
