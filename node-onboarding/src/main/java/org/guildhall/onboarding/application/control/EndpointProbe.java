package org.guildhall.onboarding.application.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.time.Duration;
import org.guildhall.onboarding.application.entity.CheckResult;

/**
 * Whether a node's P2P port answers: one TCP connection with a timeout. The result is recorded and
 * shown to the reviewer either way; a node that is not running yet is not a reason to refuse the
 * application, but nobody should find that out only after admission.
 */
@ApplicationScoped
public class EndpointProbe {

    static final String CODE = "endpoint-reachable";

    @Inject
    OnboardingConfig config;

    public CheckResult probe(String host, int port) {
        return probe(host, port, config.probeTimeout());
    }

    static CheckResult probe(String host, int port, Duration timeout) {
        long started = System.nanoTime();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            long ms = (System.nanoTime() - started) / 1_000_000;
            return CheckResult.advisory(CODE, true, "TCP " + host + ":" + port + " answered in " + ms + " ms.");
        } catch (UnknownHostException e) {
            return CheckResult.advisory(CODE, false, "The host " + host + " does not resolve.");
        } catch (java.net.SocketTimeoutException e) {
            return CheckResult.advisory(CODE, false, "TCP " + host + ":" + port + " did not answer within "
                    + timeout.toMillis() + " ms.");
        } catch (IOException | IllegalArgumentException | SecurityException e) {
            return CheckResult.advisory(CODE, false, "TCP " + host + ":" + port + " refused the connection ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ").");
        }
    }
}
