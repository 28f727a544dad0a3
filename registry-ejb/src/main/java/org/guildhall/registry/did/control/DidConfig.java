package org.guildhall.registry.did.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Every configuration key of the DID registry. */
@ApplicationScoped
public class DidConfig {

    /** The DID method name served here: did:&lt;method&gt;:&lt;domain&gt;:&lt;unique id&gt;. */
    @Inject
    @ConfigProperty(name = "guildhall.did.method", defaultValue = "guild")
    String method;

    /** How long a registrar job waits for the controller's signature. */
    @Inject
    @ConfigProperty(name = "guildhall.did.job-minutes", defaultValue = "15")
    int jobMinutes;

    /**
     * How long HTTP caches may keep a resolution, and how long this instance's cache trusts one when it
     * does not hear the other instances' changes (no LISTEN connection).
     */
    @Inject
    @ConfigProperty(name = "guildhall.did.cache-seconds", defaultValue = "10")
    int cacheSeconds;

    /**
     * How long a cached resolution is trusted while this instance hears every instance's DID changes
     * (PostgreSQL LISTEN/NOTIFY): a change anywhere evicts it at once, so this only bounds memory churn.
     */
    @Inject
    @ConfigProperty(name = "guildhall.did.cache-notified-seconds", defaultValue = "600")
    int notifiedCacheSeconds;

    /** How many DIDs the resolution cache holds at most (about 1.2 KB each). */
    @Inject
    @ConfigProperty(name = "guildhall.did.cache-size", defaultValue = "200000")
    int cacheSize;

    private volatile GuildDidMethod didMethod;

    public GuildDidMethod method() {
        GuildDidMethod current = didMethod;
        if (current == null) {
            current = new GuildDidMethod(method);
            didMethod = current;
        }
        return current;
    }

    public Duration jobLifetime() {
        return Duration.ofMinutes(jobMinutes);
    }

    public Duration cacheTime() {
        return Duration.ofSeconds(cacheSeconds);
    }

    public Duration notifiedCacheTime() {
        return Duration.ofSeconds(notifiedCacheSeconds);
    }

    public int cacheSize() {
        return cacheSize;
    }
}
