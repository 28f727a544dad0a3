package org.guildhall.it.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.guildhall.it.dsl.PortalApi.Answer;
import org.guildhall.proposals.voting.control.ReceiptSigner;

/** A voter who signs ballots with a P-256 key of their own (ES256), as a client of the API would. */
public final class SignedBallots {

    private SignedBallots() {
    }

    /**
     * Registers a new key for the voter, checks that a JWS over another option is refused without
     * changing the ballots, then casts the ballot signed; returns the receipt.
     */
    public static JsonObject castSigned(PortalApi api, String token, String voter, String proposal, String option)
            throws JOSEException {
        ECKey key = new ECKeyGenerator(Curve.P_256).generate();
        Answer registered = api.post("api/v1/ballot-keys", token, key.toPublicJWK().toJSONString());
        assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
        String kid = registered.object().getString("kid");
        int ballotsBefore = api.get("api/v1/proposals/" + proposal + "/ballots", null).body().asJsonArray().size();

        Answer mismatch = cast(api, token, proposal, option, sign(key, kid, proposal, voter, "no"));
        assertThat(mismatch.status()).as(mismatch.raw()).isEqualTo(400);
        assertThat(mismatch.object().getString("type")).endsWith("/invalid-ballot-signature");
        Answer garbled = cast(api, token, proposal, option, "eyJhbGciOiJFUzI1NiJ9.e30.AAAA");
        assertThat(garbled.status()).isEqualTo(400);
        assertThat(api.get("api/v1/proposals/" + proposal + "/ballots", null).body().asJsonArray()).hasSize(ballotsBefore);

        Answer cast = cast(api, token, proposal, option, sign(key, kid, proposal, voter, option));
        assertThat(cast.status()).as(cast.raw()).isEqualTo(201);
        return cast.object();
    }

    /** Whether the receipt verifies with the key the portal publishes. */
    public static boolean receiptVerifies(PortalApi api, String receipt) {
        return ReceiptSigner.verify(receipt, api.get("api/v1/ballot-keys/portal", null).raw());
    }

    private static Answer cast(PortalApi api, String token, String proposal, String option, String jws) {
        return api.post("api/v1/proposals/" + proposal + "/ballots", token, Json.createObjectBuilder()
                .add("option", option).add("jws", jws).build().toString());
    }

    private static String sign(ECKey key, String kid, String proposal, String voter, String option) throws JOSEException {
        String payload = Json.createObjectBuilder().add("proposal", proposal).add("voter", voter).add("option", option)
                .add("iat", System.currentTimeMillis() / 1000).build().toString();
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(kid).build(), new Payload(payload));
        jws.sign(new ECDSASigner(key));
        return jws.serialize();
    }
}
