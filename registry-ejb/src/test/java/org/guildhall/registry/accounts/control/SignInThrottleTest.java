package org.guildhall.registry.accounts.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final Instant t0 = Instant.parse("2026-11-24T00:00:00Z");

    @Test
    void blocksAUserNameAfterFiveFailuresWithinTheWindow() {
        SignInThrottle throttle = new SignInThrottle();
        for (int i = 0; i < 4; i++) {
            throttle.failed("alice", t0.plusSeconds(i));
        }
        assertThat(throttle.isBlocked("alice", t0.plusSeconds(10))).isFalse();
        throttle.failed("alice", t0.plusSeconds(20));
        assertThat(throttle.isBlocked("alice", t0.plusSeconds(21))).isTrue();
        assertThat(throttle.isBlocked("bob", t0.plusSeconds(21))).as("other names are not affected").isFalse();
    }

    @Test
    void unblocksWhenTheWindowHasPassed() {
        SignInThrottle throttle = new SignInThrottle();
        for (int i = 0; i < 5; i++) {
            throttle.failed("alice", t0);
        }
        assertThat(throttle.isBlocked("alice", t0.plus(SignInThrottle.WINDOW).minusSeconds(1))).isTrue();
        assertThat(throttle.isBlocked("alice", t0.plus(SignInThrottle.WINDOW))).isFalse();
    }

    @Test
    void aSuccessForgetsEarlierFailures() {
        SignInThrottle throttle = new SignInThrottle();
        for (int i = 0; i < 4; i++) {
            throttle.failed("alice", t0);
        }
        throttle.succeeded("alice");
        throttle.failed("alice", t0);
        assertThat(throttle.isBlocked("alice", t0)).isFalse();
    }
}
