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

    /** How long a resolution may be served from this instance's cache (and by HTTP caches) without a look-up. */
    @Inject
    @ConfigProperty(name = "guildhall.did.cache-seconds", defaultValue = "10")
    int cacheSeconds;

    /** How many DIDs the resolution cache holds at most. */
    @Inject
    @ConfigProperty(name = "guildhall.did.cache-size", defaultValue = "20000")
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

    public int cacheSize() {
        return cacheSize;
    }
}
