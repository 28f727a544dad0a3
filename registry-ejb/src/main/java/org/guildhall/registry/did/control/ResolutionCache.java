package org.guildhall.registry.did.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.guildhall.registry.did.entity.DidChanged;
import org.guildhall.registry.did.entity.VersionSnapshot;

/**
 * This instance's cache of DID histories (every version of a DID, oldest first). A history is dropped
 * when this instance changes the DID and is otherwise trusted for {@code guildhall.did.cache-seconds},
 * the most another instance's change can stay unseen here. Bounded: when full it starts over, which
 * costs look-ups but never serves a wrong version.
 */
@ApplicationScoped
public class ResolutionCache {

    /** A cached history and when it was loaded ({@link System#nanoTime()}). */
    public record Entry(List<VersionSnapshot> history, long loadedAt) {
    }

    @Inject
    DidConfig config;

    private final ConcurrentHashMap<String, Entry> histories = new ConcurrentHashMap<>();

    /** The fresh cached history of {@code did}, or null. */
    public List<VersionSnapshot> get(String did) {
        Entry entry = histories.get(did);
        if (entry == null) {
            return null;
        }
        if (System.nanoTime() - entry.loadedAt() > config.cacheTime().toNanos()) {
            histories.remove(did, entry);
            return null;
        }
        return entry.history();
    }

    /** Loads and caches {@code did}'s history; an empty history (unknown DID) is not cached. */
    public List<VersionSnapshot> load(String did, Function<String, List<VersionSnapshot>> loader) {
        long loadedAt = System.nanoTime();
        List<VersionSnapshot> history = List.copyOf(loader.apply(did));
        if (!history.isEmpty()) {
            if (histories.size() >= config.cacheSize()) {
                histories.clear();
            }
            histories.put(did, new Entry(history, loadedAt));
        }
        return history;
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) DidChanged change) {
        histories.remove(change.did());
    }
}
