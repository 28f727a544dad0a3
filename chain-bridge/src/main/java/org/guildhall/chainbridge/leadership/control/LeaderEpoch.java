package org.guildhall.chainbridge.leadership.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.OptionalLong;

/**
 * The epoch under which this instance leads the bridge, if it does. A signed transaction (which takes a nonce) is
 * stored only while the database still names this epoch, so an instance that lost the lock without noticing (a
 * long pause) cannot take a nonce the new leader also takes.
 */
@ApplicationScoped
public class LeaderEpoch {

    private volatile OptionalLong epoch = OptionalLong.empty();

    public OptionalLong current() {
        return epoch;
    }

    void lead(long taken) {
        epoch = OptionalLong.of(taken);
    }

    void follow() {
        epoch = OptionalLong.empty();
    }
}
