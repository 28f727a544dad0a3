package org.guildhall.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.guildhall.chainbridge.signing.control.HsmKeys;
import org.guildhall.chainbridge.signing.control.HsmSettings;
import org.guildhall.chainbridge.signing.control.HsmTransactionSigner;
import org.guildhall.chainbridge.signing.control.Pkcs11Token;

/**
 * A SoftHSM2 token under {@code $GUILDHALL_HOME/softhsm}, labelled {@value #LABEL}, holding the
 * federation's secp256k1 transaction key (generated inside the token, sensitive, not extractable).
 * Its PIN is made once and kept in the data directory, readable by its owner only.
 */
final class SoftHsm {

    static final String LABEL = "guildhall";
    static final String TX_KEY_ALIAS = "federation-tx";
    static final String CA_KEY_ALIAS = "federation-ca";
    private static final List<Path> LIBRARIES = List.of(Path.of("/usr/lib/softhsm/libsofthsm2.so"),
            Path.of("/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so"), Path.of("/usr/local/lib/softhsm/libsofthsm2.so"));

    private final Map<String, String> environment;

    private SoftHsm(Map<String, String> environment) {
        this.environment = environment;
    }

    static SoftHsm prepare(DevSettings settings) throws IOException, InterruptedException {
        Path dir = settings.home().resolve("softhsm");
        Path tokens = dir.resolve("tokens");
        Path conf = dir.resolve("softhsm2.conf");
        String inherited = System.getenv("SOFTHSM2_CONF");
        if (inherited == null || !Path.of(inherited).toAbsolutePath().normalize().equals(conf)) {
            throw new IllegalStateException("SOFTHSM2_CONF must be " + conf + " for the embedded token (./guildhall sets it)");
        }
        Path library = LIBRARIES.stream().filter(Files::exists).findFirst().orElseThrow(() ->
                new IllegalStateException("SoftHSM2 is not installed: apt-get install softhsm2"));
        Files.createDirectories(tokens);
        if (!Files.exists(conf)) {
            Files.writeString(conf, "directories.tokendir = " + tokens + "\nobjectstore.backend = file\nlog.level = ERROR\n");
        }
        String pin = secret(dir.resolve("pin"));
        String soPin = secret(dir.resolve("so-pin"));
        try (var entries = Files.list(tokens)) {
            if (entries.findAny().isEmpty()) {
                Process init = new ProcessBuilder("softhsm2-util", "--init-token", "--free", "--label", LABEL,
                        "--pin", pin, "--so-pin", soPin).redirectErrorStream(true).start();
                String output = new String(init.getInputStream().readAllBytes());
                if (init.waitFor() != 0) {
                    throw new IllegalStateException("softhsm2-util could not initialise the token: " + output.strip());
                }
                System.out.println("SoftHSM2 token '" + LABEL + "' initialised in " + tokens);
            }
        }
        return new SoftHsm(Map.of("SOFTHSM2_CONF", conf.toString(),
                "GUILDHALL_HSM_LIBRARY", library.toString(),
                "GUILDHALL_HSM_TOKEN_LABEL", LABEL,
                "GUILDHALL_HSM_PIN", pin,
                "GUILDHALL_HSM_TX_KEY_ALIAS", TX_KEY_ALIAS,
                "GUILDHALL_HSM_CA_KEY_ALIAS", CA_KEY_ALIAS));
    }

    /**
     * Makes the transaction key and the federation CA key inside the embedded token if they are not there
     * yet (a key ceremony, in production), and returns the transaction key's address.
     */
    static String signerAddress(Map<String, String> env) {
        Pkcs11Token token = Pkcs11Token.open(new HsmSettings(env.get("GUILDHALL_HSM_LIBRARY"), null,
                env.get("GUILDHALL_HSM_TOKEN_LABEL"), env.get("GUILDHALL_HSM_PIN")));
        new HsmKeys(token).ensureSecp256k1Key(TX_KEY_ALIAS);
        new HsmKeys(token).ensureP256Key(CA_KEY_ALIAS);
        return new HsmTransactionSigner(token, TX_KEY_ALIAS).getAddress();
    }

    /** The address of the transaction key in a configured HSM, read only: nothing is created there. */
    static java.util.Optional<String> existingSignerAddress(Map<String, String> configured) {
        try {
            String slot = configured.get("GUILDHALL_HSM_SLOT");
            Pkcs11Token token = Pkcs11Token.open(new HsmSettings(
                    configured.getOrDefault("GUILDHALL_HSM_LIBRARY", HsmSettings.DEFAULT_LIBRARY.toString()),
                    slot == null || slot.isBlank() ? null : Long.valueOf(slot.strip()),
                    configured.getOrDefault("GUILDHALL_HSM_TOKEN_LABEL", LABEL), configured.get("GUILDHALL_HSM_PIN")));
            String alias = configured.getOrDefault("GUILDHALL_HSM_TX_KEY_ALIAS", TX_KEY_ALIAS);
            return new HsmKeys(token).find(alias).map(key -> new HsmTransactionSigner(token, alias).getAddress());
        } catch (RuntimeException e) {
            System.out.println("The configured HSM could not be read: " + e.getMessage());
            return java.util.Optional.empty();
        }
    }

    Map<String, String> environment() {
        return environment;
    }

    private static String secret(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file).strip();
        }
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        String secret = HexFormat.of().formatHex(bytes);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, secret);
        return secret;
    }
}
