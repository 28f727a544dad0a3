package org.guildhall.devstack;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** The dev stack's settings, read from the environment that the {@code guildhall} script passes on. */
record DevSettings(Path home, Path checkout, int port, int dbPort, int chainPort, Map<String, String> env) {

    static DevSettings fromEnvironment() {
        Map<String, String> env = System.getenv();
        Path checkout = Path.of(env.getOrDefault("GUILDHALL_CHECKOUT", ".")).toAbsolutePath().normalize();
        Path home = Path.of(env.getOrDefault("GUILDHALL_HOME", checkout.resolve(".guildhall").toString()))
                .toAbsolutePath().normalize();
        return new DevSettings(home, checkout, integer(env, "GUILDHALL_PORT", 8080),
                integer(env, "GUILDHALL_EMBEDDED_DB_PORT", 54329), integer(env, "GUILDHALL_EMBEDDED_CHAIN_PORT", 8545), env);
    }

    Optional<String> configured(String name) {
        return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank());
    }

    /** Where the portal listens: this machine only, unless GUILDHALL_BIND_ADDRESS says otherwise (the demo accounts are well known). */
    String bindAddress() {
        return configured("GUILDHALL_BIND_ADDRESS").orElse("127.0.0.1");
    }

    Path chainBridgeDir() {
        return checkout.resolve("chain-bridge");
    }

    Path payaraJar() {
        return checkout.resolve("integration-tests/target/payara-micro.jar");
    }

    Path war() {
        return checkout.resolve("portal-web/target/portal.war");
    }

    private static int integer(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        try {
            return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number, not '" + value + "'");
        }
    }
}
