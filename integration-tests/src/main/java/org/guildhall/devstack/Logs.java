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

    static boolean contains(Path log, String text) {
        try {
            return Files.exists(log) && Files.readString(log).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    /** The first SEVERE record of a Payara log and the exception lines that follow it. */
    static String firstProblem(Path log) {
        try {
            List<String> all = Files.readAllLines(log);
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).contains("[SEVERE]")) {
                    return String.join("\n", all.subList(i, Math.min(all.size(), i + 25))).replaceAll("\u001B\\[[;\\d]*m", "");
                }
            }
            return tail(log, 30);
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
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
