package org.guildhall.chainbridge.chain.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigInteger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.guildhall.chainbridge.chain.control.ChainWatch;
import org.guildhall.chainbridge.chain.control.FederationChain;

/** Ready when the chain node answers with the configured chain id and the bridge may write to it. */
@Readiness
@ApplicationScoped
public class ChainReadiness implements HealthCheck {

    @Inject
    FederationChain chain;
    @Inject
    ChainWatch watch;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("chain").withData("chainId", chain.chainId());
        try {
            BigInteger id = chain.web3j().ethChainId().send().getChainId();
            if (id.longValueExact() != chain.chainId()) {
                return response.down().withData("error", "the node reports chain id " + id).build();
            }
            java.util.Optional<String> halted = watch.haltedReason();
            if (halted.isPresent()) {
                return response.down().withData("error", "the bridge stopped writing: " + halted.get()).build();
            }
            return response.up().withData("block", chain.web3j().ethBlockNumber().send().getBlockNumber().longValue()).build();
        } catch (Exception e) {
            java.util.logging.Logger.getLogger(ChainReadiness.class.getName()).fine(() -> "Chain not ready: " + e);
            return response.down().withData("error", "the chain node does not answer").build();
        }
    }
}
