package org.guildhall.chainbridge.chain.control;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import org.web3j.protocol.exceptions.ClientConnectionException;

/**
 * Which failures are the target chain's rather than an entry's: the node cannot be reached (refused, timed out, an
 * HTTP error from a proxy in front of it), or the watch halted writing. Entries wait for those without using up
 * their attempts, however long the outage.
 */
public final class ChainFaults {

    private ChainFaults() {
    }

    public static boolean isTargetFault(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TargetHaltedException || t instanceof ConnectException
                    || t instanceof NoRouteToHostException || t instanceof UnknownHostException
                    || t instanceof InterruptedIOException || t instanceof ClientConnectionException) {
                return true;
            }
        }
        return false;
    }
}
