package org.guildhall.chainbridge.reconciliation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.guildhall.chainbridge.reconciliation.entity.ReconciliationStatus;

/**
 * DOWN while reconciliation has an open difference between the chain and the database: never silent. Every
 * instance reports it, since they share the database.
 */
@Readiness
@ApplicationScoped
public class ReconciliationHealth implements HealthCheck {

    private static final int SHOWN = 5;

    @Inject
    Reconciliation reconciliation;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("chain-reconciliation");
        try {
            ReconciliationStatus status = reconciliation.status();
            response.withData("lastRun", status.lastRunAt() == null ? "never" : status.lastRunAt().toString())
                    .withData("differences", status.open().size());
            if (status.lastError() != null) {
                response.withData("lastError", status.lastError());
            }
            for (int i = 0; i < Math.min(SHOWN, status.open().size()); i++) {
                response.withData("difference." + (i + 1), status.open().get(i).difference().toString());
            }
            return (status.clean() ? response.up() : response.down()).build();
        } catch (RuntimeException e) {
            return response.down().withData("error", "reconciliation's results cannot be read").build();
        }
    }
}
