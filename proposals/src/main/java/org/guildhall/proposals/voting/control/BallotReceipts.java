package org.guildhall.proposals.voting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.spi.JsonProvider;
import java.time.Instant;
import jakarta.inject.Inject;
import java.util.UUID;
import org.erdtman.jcs.JsonCanonicalizer;
import org.guildhall.proposals.voting.boundary.ReceiptKeys;

/**
 * The portal's signature on ballot receipts: a compact JWS (ES256) over the canonical JSON
 * {@code {ballot, hash, proposal, receivedAt, vote, voter}}, verifiable with the public key published
 * at {@code /api/v1/ballot-keys/portal}. The key is made on first use and kept in the database, so
 * every portal instance signs with the same key.
 */
@ApplicationScoped
public class BallotReceipts {

    /** Looked up once: {@code Json.create…} searches the class path for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    ReceiptKeys keys;

    private volatile ReceiptSigner signer;

    /** The receipt for a ballot: the JWS the voter keeps. */
    public String sign(UUID ballot, UUID proposal, UUID vote, String voter, String hash, Instant receivedAt) {
        String payload = JSON.createObjectBuilder()
                .add("ballot", ballot.toString())
                .add("hash", hash)
                .add("proposal", proposal.toString())
                .add("receivedAt", receivedAt.toString())
                .add("vote", vote.toString())
                .add("voter", voter)
                .build().toString();
        try {
            return signer().sign(new JsonCanonicalizer(payload).getEncodedString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public JWK that verifies receipts. */
    public String publicJwk() {
        return signer().publicJwk();
    }

    private ReceiptSigner signer() {
        ReceiptSigner current = signer;
        if (current == null) {
            synchronized (this) {
                if (signer == null) {
                    signer = new ReceiptSigner(loadOrCreateKey());
                }
                current = signer;
            }
        }
        return current;
    }

    private String loadOrCreateKey() {
        return keys.privateJwk();
    }
}
