package org.guildhall.devstack;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/** Starts the parts in order and stops them in reverse order. */
final class Stack {

    private final Deque<AutoCloseable> started = new ArrayDeque<>();

    /** Database, HSM and chain: embedded where nothing is configured. Returns the portal's environment. */
    Map<String, String> startServices(DevSettings settings) throws Exception {
        Map<String, String> env = new LinkedHashMap<>();
        if (settings.configured("GUILDHALL_DB_URL").isEmpty()) {
            EmbeddedDatabase database = EmbeddedDatabase.start(settings);
            started.push(database);
            env.putAll(database.environment());
            env.put("GUILDHALL_DEMO_ENABLED", "true");
        }
        String signer = null;
        if (settings.configured("GUILDHALL_HSM_LIBRARY").isEmpty() && settings.configured("GUILDHALL_HSM_PIN").isEmpty()) {
            env.putAll(SoftHsm.prepare(settings).environment());
            signer = SoftHsm.signerAddress(env);
        }
        if (settings.configured("GUILDHALL_CHAIN_RPC_URL").isEmpty()) {
            DevChain chain = DevChain.launch(settings);
            started.push(chain);
            chain.awaitReady();
            env.putAll(chain.environment());
            if (signer == null) {
                signer = SoftHsm.existingSignerAddress(settings.env()).orElse(null);
            }
            if (signer != null) {
                chain.fund(signer);
            } else {
                System.out.println("The configured HSM holds no transaction key yet: the dev chain cannot fund it");
            }
        }
        return env;
    }

    void startPortal(DevSettings settings, Map<String, String> env) throws Exception {
        PortalProcess portal = PortalProcess.launch(settings, env);
        started.push(portal);
        portal.awaitReady();
    }

    synchronized void stop() {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                System.err.println("guildhall: while stopping: " + e.getMessage());
            }
        }
    }
}
