package org.guildhall.registry.anchoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.guildhall.registry.anchoring.entity.AnchorBatch;

/**
 * Recently used sealed batches with their leaf hashes. A sealed batch never changes, so its leaves are
 * read once and every inclusion proof in it is computed from memory. At most {@value #BATCHES} batches
 * (each of at most 16,384 leaves) are kept, least recently used first out.
 */
@ApplicationScoped
public class SealedBatches {

    static final int BATCHES = 16;

    /** A sealed batch and its leaf hashes in order. */
    public record Sealed(AnchorBatch batch, List<String> leafHashes) {
        public Sealed {
            leafHashes = List.copyOf(leafHashes);
        }
    }

    private final Map<UUID, Sealed> batches = new LinkedHashMap<>(BATCHES, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Sealed> eldest) {
            return size() > BATCHES;
        }
    };

    public Sealed batch(UUID batchId, Supplier<Sealed> loader) {
        synchronized (batches) {
            Sealed known = batches.get(batchId);
            if (known != null) {
                return known;
            }
        }
        Sealed loaded = loader.get();
        synchronized (batches) {
            batches.put(batchId, loaded);
        }
        return loaded;
    }
}
