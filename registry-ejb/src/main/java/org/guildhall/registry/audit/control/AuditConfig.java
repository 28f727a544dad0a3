package org.guildhall.registry.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every configuration key of the audit chain. Defaults are in registry-ejb's
 * {@code META-INF/microprofile-config.properties}; each key can also be set from the environment
 * ({@code guildhall.audit.chain-seconds} as {@code GUILDHALL_AUDIT_CHAIN_SECONDS}).
 */
@ApplicationScoped
public class AuditConfig {

    /** How often new audit records are linked to the chain. */
    @Inject
    @ConfigProperty(name = "guildhall.audit.chain-seconds", defaultValue = "2")
    long chainSeconds;

    /** How long at least between two anchors of the chain's head (0: at every round that linked something). */
    @Inject
    @ConfigProperty(name = "guildhall.audit.anchor-minutes", defaultValue = "10")
    long anchorMinutes;

    public Duration chainInterval() {
        return Duration.ofSeconds(Math.max(1, chainSeconds));
    }

    public Duration anchorInterval() {
        return Duration.ofMinutes(Math.max(0, anchorMinutes));
    }
}
