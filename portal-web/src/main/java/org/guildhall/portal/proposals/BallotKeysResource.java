package org.guildhall.portal.proposals;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.guildhall.proposals.voting.boundary.BallotKeys;
import org.guildhall.proposals.voting.entity.RegisteredVoterKey;

/** The keys around ballots: your ballot-signing public keys, and the portal's receipt key. */
@Path("ballot-keys")
@Tag(name = "voting")
@Produces(MediaType.APPLICATION_JSON)
public class BallotKeysResource {

    public record KeyView(String kid, String algorithm, jakarta.json.JsonObject jwk, Instant registeredAt,
                          Instant revokedAt) {
        static KeyView of(RegisteredVoterKey k) {
            return new KeyView(k.getKid(), k.getAlgorithm(),
                    jakarta.json.Json.createReader(new java.io.StringReader(k.getPublicJwk())).readObject(),
                    k.getRegisteredAt(), k.getRevokedAt());
        }
    }

    @Inject
    BallotKeys keys;

    @GET
    @Operation(summary = "Your registered ballot-signing keys")
    @SecurityRequirement(name = "bearer")
    public List<KeyView> mine() {
        return keys.mine().stream().map(KeyView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a public JWK (EC secp256k1 → ES256K, EC P-256 → ES256, OKP Ed25519 → EdDSA);"
            + " kid is its RFC 7638 thumbprint")
    @SecurityRequirement(name = "bearer")
    public Response register(String publicJwk) {
        return Response.status(201).entity(KeyView.of(keys.register(publicJwk == null ? "" : publicJwk))).build();
    }

    @DELETE
    @Path("{kid}")
    @Operation(summary = "Revoke one of your keys; ballots it signed stay verifiable")
    @SecurityRequirement(name = "bearer")
    public Response revoke(@PathParam("kid") String kid) {
        keys.revoke(kid);
        return Response.noContent().build();
    }

    @GET
    @Path("portal")
    @Operation(summary = "The portal's public JWK (ES256) that verifies ballot receipts")
    public Response receiptKey() {
        return Response.ok(keys.receiptKey(), "application/jwk+json").build();
    }
}
