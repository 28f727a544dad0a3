package org.guildhall.chainbridge.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Assumptions;

/** What the test token holds, as pkcs11-tool (OpenSC) lists it: the PKCS#11 attributes of its objects. */
public final class TokenObjects {

    private TokenObjects() {
    }

    /**
     * pkcs11-tool's description of the private key object of {@code alias} in the
     * {@value SoftHsmFixture#TOKEN_LABEL} token: SunPKCS11's key store gives the key CKA_ID = the alias's
     * bytes (and puts the alias in the certificate's CKA_LABEL). Skips the test without pkcs11-tool.
     */
    public static String privateKeyListing(String alias) {
        Assumptions.assumeTrue(SoftHsmFixture.onPath("pkcs11-tool"),
                "pkcs11-tool is not installed (apt-get install -y opensc): skipping");
        String id = Hex.toHexString(alias.getBytes(StandardCharsets.UTF_8));
        String output = SoftHsmFixture.run(List.of("pkcs11-tool", "--module", SoftHsmFixture.LIBRARY.toString(),
                "--token-label", SoftHsmFixture.TOKEN_LABEL, "--pin", SoftHsmFixture.PIN,
                "--list-objects", "--type", "privkey"));
        return Arrays.stream(output.split("\n(?=\\S)"))
                .filter(block -> block.lines().anyMatch(line -> line.strip().equals("ID:         " + id)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No private key with ID " + id + " in:\n" + output));
    }
}
