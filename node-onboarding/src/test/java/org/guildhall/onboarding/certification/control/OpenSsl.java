package org.guildhall.onboarding.certification.control;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the real openssl command line; tests using it are skipped where it is missing. */
final class OpenSsl {

    private static final Path BINARY = Path.of("/usr/bin/openssl");

    record Result(int exitCode, String output) {
    }

    private OpenSsl() {
    }

    static Result run(Path workDir, String... arguments) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(BINARY), "openssl is not installed");
        List<String> command = new ArrayList<>();
        command.add(BINARY.toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("openssl did not finish: " + command);
        }
        return new Result(process.exitValue(), output);
    }
}
