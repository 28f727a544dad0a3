package org.guildhall.chainbridge.chain.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.guildhall.chainbridge.chain.control.FederationChain;

/** Ready when the HSM token is open and holds the federation's transaction key. */
@Readiness
@ApplicationScoped
public class HsmReadiness implements HealthCheck {

    @Inject
    FederationChain chain;

    @Override
    public HealthCheckResponse call() {
        try {
            return HealthCheckResponse.named("hsm").up().withData("signer", chain.signer().getAddress()).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("hsm").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
