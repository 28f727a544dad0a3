package org.guildhall.chainbridge.leadership.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the leader's lock is taken (the portal's own database, {@code guildhall.db.*}) and how often it is tried
 * or checked. A follower tries every check interval, so a takeover after a crash takes about that long.
 */
@ApplicationScoped
public class LeaderSettings {

    @Inject
    @ConfigProperty(name = "guildhall.db.url")
    String url;
    @Inject
    @ConfigProperty(name = "guildhall.db.user")
    Optional<String> user;
    @Inject
    @ConfigProperty(name = "guildhall.db.password")
    Optional<String> password;
    @Inject
    @ConfigProperty(name = "guildhall.chain.leader-check-ms", defaultValue = "1000")
    long checkMs;
    @Inject
    @ConfigProperty(name = "guildhall.chain.leader-idle-timeout-seconds", defaultValue = "10")
    int idleTimeoutSeconds;

    public String url() { return url; }
    public String user() { return user.orElse(null); }
    public String password() { return password.orElse(null); }
    public Duration checkInterval() { return Duration.ofMillis(Math.max(100, checkMs)); }
    /** A leader silent this long (a paused JVM) loses its session, and so the lock. */
    public int idleTimeoutSeconds() { return Math.max(2, idleTimeoutSeconds); }
}
