package org.guildhall.registry.anchoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The leaf hashes of recently used sealed batches. A sealed batch never changes, so its leaves are read
 * once and every inclusion proof in it is computed from memory. At most {@value #BATCHES} batches (each
 * of at most 16,384 leaves) are kept, least recently used first out.
 */
@ApplicationScoped
public class SealedBatches {

    static final int BATCHES = 16;

    private final Map<UUID, List<String>> leaves = new LinkedHashMap<>(BATCHES, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, List<String>> eldest) {
            return size() > BATCHES;
        }
    };

    public List<String> leafHashes(UUID batchId, Supplier<List<String>> loader) {
        synchronized (leaves) {
            List<String> known = leaves.get(batchId);
            if (known != null) {
                return known;
            }
        }
        List<String> loaded = List.copyOf(loader.get());
        synchronized (leaves) {
            leaves.put(batchId, loaded);
        }
        return loaded;
    }
}
