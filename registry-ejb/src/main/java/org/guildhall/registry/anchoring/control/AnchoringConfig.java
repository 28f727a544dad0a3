package org.guildhall.registry.anchoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every configuration key of anchoring. Defaults are in registry-ejb's
 * {@code META-INF/microprofile-config.properties}; each key can also be set from the environment
 * ({@code guildhall.anchoring.seal-seconds} as {@code GUILDHALL_ANCHORING_SEAL_SECONDS}).
 */
@ApplicationScoped
public class AnchoringConfig {

    /** The largest batch allowed whatever the configuration says; a proof then has at most 14 hashes. */
    public static final int LARGEST_BATCH = 1 << 14;

    /** How often pending leaves are sealed into a batch. */
    @Inject
    @ConfigProperty(name = "guildhall.anchoring.seal-seconds", defaultValue = "10")
    long sealSeconds;

    /** The most leaves one batch holds; more pending leaves make several batches. */
    @Inject
    @ConfigProperty(name = "guildhall.anchoring.max-batch-size", defaultValue = "4096")
    int maxBatchSize;

    public Duration sealInterval() {
        return Duration.ofSeconds(Math.max(1, sealSeconds));
    }

    public int maxBatchSize() {
        return Math.min(LARGEST_BATCH, Math.max(1, maxBatchSize));
    }
}
