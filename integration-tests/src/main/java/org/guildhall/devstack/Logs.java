package org.guildhall.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where the started processes write, and the last lines of a log for an error message. */
final class Logs {

    private Logs() {
    }

    static Path file(DevSettings settings, String name) throws IOException {
        Path dir = settings.home().resolve("logs");
        Files.createDirectories(dir);
        return dir.resolve(name);
    }

    static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()))
                    .replaceAll("\u001B\\[[;\\d]*m", "");
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }
}
