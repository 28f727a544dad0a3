package org.guildhall.registry.did.entity;

/**
 * A resolved DID: the version's canonical document and its metadata, and whether it came from this
 * instance's cache ({@code hit}), a look-up ({@code miss}) or a look-up the caller asked for
 * ({@code bypass}, the {@code noCache} option), and how long HTTP caches may keep it ({@code maxAgeSeconds}). A deactivated result still carries the last document,
 * which the HTTP binding leaves out (410).
 */
public record DidResolution(String did, VersionSnapshot version, DidDocumentMetadata metadata, String cacheStatus,
                            int maxAgeSeconds) {

    public boolean deactivated() {
        return metadata.deactivated();
    }
}
