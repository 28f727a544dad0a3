package org.guildhall.chainbridge.chain.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A contract compiled at build time by the pinned solc-js
 * ({@code chain-bridge/scripts/compile.mjs}): its creation bytecode and ABI.
 */
public record ContractArtifact(String name, String bytecode) {

    public static final String GOVERNANCE_LEDGER = "GovernanceLedger";
    public static final String ANCHOR_REGISTRY = "AnchorRegistry";
    public static final String NODE_REGISTRY = "NodeRegistry";

    public static ContractArtifact load(String name) {
        String path = "/org/guildhall/chainbridge/contracts/" + name + ".json";
        try (InputStream in = ContractArtifact.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Compiled contract " + path + " is missing from the build");
            }
            try (JsonReader reader = Json.createReader(in)) {
                JsonObject json = reader.readObject();
                return new ContractArtifact(name, json.getString("bytecode"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
