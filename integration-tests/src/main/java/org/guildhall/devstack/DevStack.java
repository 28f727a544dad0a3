package org.guildhall.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Starts the dev stack. {@code run}: everything, the portal included, until Ctrl-C.
 * {@code services}: the database, chain and HSM only, for the integration tests; their settings are
 * written as an environment file and the process stays until it is stopped.
 */
public final class DevStack {

    private DevStack() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || !(args[0].equals("run") || args[0].equals("services"))) {
            System.err.println("usage: DevStack run|services   (settings from the environment, see README.md)");
            System.exit(2);
        }
        DevSettings settings = DevSettings.fromEnvironment();
        Files.createDirectories(settings.home());
        Stack stack = new Stack();
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "guildhall-devstack-stop"));
        try {
            Map<String, String> env = stack.startServices(settings);
            if (args[0].equals("services")) {
                writeEnvFile(settings.home().resolve("services.env"), env);
                System.out.println("Services ready; settings in " + settings.home().resolve("services.env"));
            } else {
                stack.startPortal(settings, env);
                Banner.print(settings, env);
            }
        } catch (Exception e) {
            System.err.println("guildhall: " + e.getMessage());
            stack.stop();
            System.exit(1);
        }
        new CountDownLatch(1).await();
    }

    private static void writeEnvFile(Path file, Map<String, String> env) throws IOException {
        StringBuilder text = new StringBuilder();
        new LinkedHashMap<>(env).forEach((k, v) -> text.append("export ").append(k).append("='")
                .append(v.replace("'", "'\\''")).append("'\n"));
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        Files.createFile(partial, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        Files.writeString(partial, text);
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
