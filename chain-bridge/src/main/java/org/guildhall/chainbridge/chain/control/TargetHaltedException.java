package org.guildhall.chainbridge.chain.control;

import java.io.IOException;

/**
 * Writing to the target chain is not safe now: a contract is missing where it was deployed or configured, or the
 * chain is not the one written to before. Entries wait (no attempt is counted) until the watch finds it well again.
 */
public class TargetHaltedException extends IOException {

    public TargetHaltedException(String message) {
        super(message);
    }
}
