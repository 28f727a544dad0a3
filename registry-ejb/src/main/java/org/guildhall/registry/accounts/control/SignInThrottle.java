package org.guildhall.registry.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing on the token endpoint: after {@value #ALLOWED_FAILURES} wrong passwords for
 * a user name within {@link #WINDOW}, that name is refused until the window has passed. Per portal
 * instance, in memory: a guard against brute force, not an account lock.
 */
@ApplicationScoped
public class SignInThrottle {

    static final int ALLOWED_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(5);

    private record Failures(int count, Instant since) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public boolean isBlocked(String username, Instant now) {
        Failures f = failures.get(username);
        return f != null && f.count() >= ALLOWED_FAILURES && now.isBefore(f.since().plus(WINDOW));
    }

    public void failed(String username, Instant now) {
        failures.compute(username, (name, f) -> f == null || now.isAfter(f.since().plus(WINDOW))
                ? new Failures(1, now) : new Failures(f.count() + 1, f.since()));
        if (failures.size() > 100_000) {
            failures.entrySet().removeIf(e -> now.isAfter(e.getValue().since().plus(WINDOW)));
        }
    }

    public void succeeded(String username) {
        failures.remove(username);
    }
}
