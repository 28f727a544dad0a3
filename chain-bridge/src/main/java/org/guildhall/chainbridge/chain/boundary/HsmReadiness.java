package org.guildhall.chainbridge.chain.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.guildhall.chainbridge.chain.control.FederationChain;

/** Ready when the HSM signs with the federation's transaction key (a test signature, every probe). */
@Readiness
@ApplicationScoped
public class HsmReadiness implements HealthCheck {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(HsmReadiness.class.getName());
    private static final byte[] PROBE = new byte[32];

    @Inject
    FederationChain chain;

    @Override
    public HealthCheckResponse call() {
        try {
            chain.signer().signHash(PROBE);
            return HealthCheckResponse.named("hsm").up().withData("signer", chain.signer().getAddress()).build();
        } catch (RuntimeException e) {
            chain.resetSigner();
            LOG.fine(() -> "HSM not ready: " + e.getMessage());
            return HealthCheckResponse.named("hsm").down().withData("error", "the HSM does not sign; see the log").build();
        }
    }
}
