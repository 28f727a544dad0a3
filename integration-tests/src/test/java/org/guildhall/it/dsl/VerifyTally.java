package org.guildhall.it.dsl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs {@code ./guildhall verify-tally} on a downloaded result document, as a user would. */
public final class VerifyTally {

    private VerifyTally() {
    }

    /** The command's output; fails unless it exits 0 (reproduced). */
    public static String run(String document) throws IOException, InterruptedException {
        Path file = Files.createTempFile("result-", ".json");
        Files.writeString(file, document, StandardCharsets.UTF_8);
        Path script = Path.of("..", "guildhall").toAbsolutePath().normalize();
        Process process = new ProcessBuilder(script.toString(), "verify-tally", file.toString())
                .directory(script.getParent().toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError("verify-tally did not reproduce the document:\n" + output);
        }
        return output;
    }
}
