package org.guildhall.onboarding.application.entity;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes {@link EnodeUrl#parse}: it either rejects with {@link InvalidEnodeException} or returns a value
 * whose canonical form parses back to an equal value with the same canonical form. Any other exception
 * is a finding. Fuzzes for a bounded time in its own surefire execution (JAZZER_FUZZ=1, see the pom);
 * seeds are in {@code EnodeUrlFuzzTestInputs/parseIsCanonicalOrRejected}.
 */
class EnodeUrlFuzzTest {

    @FuzzTest(maxDuration = "20s")
    void parseIsCanonicalOrRejected(byte[] data) {
        EnodeUrl enode;
        try {
            enode = EnodeUrl.parse(new String(data, StandardCharsets.UTF_8));
        } catch (InvalidEnodeException rejected) {
            return;
        }
        String canonical = enode.toString();
        EnodeUrl again = EnodeUrl.parse(canonical);
        if (!again.equals(enode) || !again.toString().equals(canonical) || canonical.length() > EnodeUrl.MAX_LENGTH) {
            throw new AssertionError("Not canonical: " + canonical + " reparsed as " + again);
        }
        if (enode.discoveryPort() < 1 || enode.port() > 65535 || !enode.nodeId().matches("[0-9a-f]{128}")) {
            throw new AssertionError("Out of range: " + enode);
        }
        enode.hasValidSecp256k1Key();
        enode.identifiesNodeKey(enode.nodeId());
    }
}
