package org.guildhall.portal.ledger;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.guildhall.chainbridge.outbox.boundary.ChainRecords;

/** The chain the federation records its decisions on: its id, the contracts and the signer. */
@Path("chain")
@Tag(name = "chain")
@Produces(MediaType.APPLICATION_JSON)
public class ChainResource {

    public record ChainView(long chainId, Map<String, String> contracts, String signerAddress) {
    }

    @Inject
    ChainRecords chain;

    @GET
    @Operation(summary = "Chain id, contract addresses by name and the federation signer's address")
    public ChainView get() {
        return new ChainView(chain.chainId(), chain.contractAddresses(), chain.signerAddress());
    }
}
