package org.guildhall.chainbridge.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.guildhall.chainbridge.signing.control.HsmSettings;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh SoftHSM token store for the test JVM.
 *
 * <p>SoftHSM is loaded into the JVM by SunPKCS11 and reads {@code SOFTHSM2_CONF} from the
 * process environment, which Java cannot change: chain-bridge's pom sets it for surefire and
 * failsafe to {@code target/softhsm/softhsm2.conf}. On first use in a JVM this fixture writes
 * that file (token directory {@code target/softhsm/tokens}, emptied first) and initialises
 * the tokens with {@code softhsm2-util}. It must run before anything loads the library, so
 * every test reaches SoftHSM through {@link #settings()} (or {@link #prepare()}).
 *
 * <p>Tests are skipped, with the reason, only when SoftHSM is not installed.
 */
public final class SoftHsmFixture {

    public static final Path LIBRARY = HsmSettings.DEFAULT_LIBRARY;
    public static final String TOKEN_LABEL = "guildhall-test";
    public static final String PIN = "1234";
    public static final String SO_PIN = "5678";
    /** A second token that is never logged in to, for wrong-PIN tests (login state is per JVM). */
    public static final String UNTOUCHED_TOKEN_LABEL = "guildhall-untouched";

    private static Path configFile;

    private SoftHsmFixture() {
    }

    /** Settings for the {@value #TOKEN_LABEL} token, chosen by label. */
    public static HsmSettings settings() {
        prepare();
        return HsmSettings.ofTokenLabel(TOKEN_LABEL, PIN.toCharArray());
    }

    /** Writes the SoftHSM configuration and initialises the tokens, once per JVM. */
    public static synchronized Path prepare() {
        if (configFile != null) {
            return configFile;
        }
        Assumptions.assumeTrue(Files.isRegularFile(LIBRARY) && onPath("softhsm2-util"),
                "SoftHSM2 is not installed (apt-get install -y softhsm2 opensc): skipping HSM tests");
        String conf = System.getenv("SOFTHSM2_CONF");
        if (conf == null || conf.isBlank()) {
            throw new IllegalStateException("SOFTHSM2_CONF is not set. Run the tests through Maven "
                    + "(chain-bridge/pom.xml sets it for surefire and failsafe), or export "
                    + "SOFTHSM2_CONF=<chain-bridge>/target/softhsm/softhsm2.conf before starting the JVM.");
        }
        Path config = Path.of(conf).toAbsolutePath();
        Path tokens = config.resolveSibling("tokens");
        try {
            deleteRecursively(tokens);
            Files.createDirectories(tokens);
            Files.writeString(config, String.join("\n",
                    "# Written by SoftHsmFixture for this test run",
                    "directories.tokendir = " + tokens,
                    "objectstore.backend = file",
                    "log.level = ERROR",
                    "slots.removable = false",
                    ""), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + config, e);
        }
        for (String label : List.of(TOKEN_LABEL, UNTOUCHED_TOKEN_LABEL)) {
            run(List.of("softhsm2-util", "--init-token", "--free", "--label", label,
                    "--pin", PIN, "--so-pin", SO_PIN));
        }
        configFile = config;
        return config;
    }

    /**
     * Runs a command (with this JVM's environment, so the same {@code SOFTHSM2_CONF}) and
     * returns its standard output and error.
     *
     * @throws IllegalStateException when it exits non-zero or runs longer than a minute
     */
    public static String run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out: " + command);
            }
            String text = new String(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(redact(command) + " exited " + process.exitValue() + ":\n" + text);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + command.get(0), e);
        }
    }

    /** Whether an executable of that name is on the PATH. */
    public static boolean onPath(String executable) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, executable))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> redact(List<String> command) {
        List<String> shown = new ArrayList<>(command);
        for (int i = 0; i < shown.size() - 1; i++) {
            if (shown.get(i).endsWith("pin")) {
                shown.set(i + 1, "****");
            }
        }
        return shown;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
