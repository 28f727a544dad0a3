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
 * when any instance changes the DID: this one directly, the others through PostgreSQL notifications
 * ({@link DidChangeNotices}). While notifications arrive an entry is trusted for
 * {@code guildhall.did.cache-notified-seconds}; while they do not (no LISTEN connection), for
 * {@code guildhall.did.cache-seconds}, the most another instance's change can then stay unseen, and the
 * cache starts empty when listening resumes. Bounded: when full it starts over, which costs look-ups but
 * never serves a wrong version.
 */
@ApplicationScoped
public class ResolutionCache {

    /** A cached history and when it was loaded ({@link System#nanoTime()}). */
    public record Entry(List<VersionSnapshot> history, long loadedAt) {
    }

    @Inject
    DidConfig config;

    private final ConcurrentHashMap<String, Entry> histories = new ConcurrentHashMap<>();
    private volatile boolean notified;

    /** The fresh cached history of {@code did}, or null. */
    public List<VersionSnapshot> get(String did) {
        Entry entry = histories.get(did);
        if (entry == null) {
            return null;
        }
        long trusted = (notified ? config.notifiedCacheTime() : config.cacheTime()).toNanos();
        if (System.nanoTime() - entry.loadedAt() > trusted) {
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

    /** Another instance (or this one) changed {@code did}. */
    public void evict(String did) {
        histories.remove(did);
    }

    /** Whether every instance's changes reach this cache; when they start to, what it holds may be stale. */
    public void notified(boolean listening) {
        if (listening && !notified) {
            histories.clear();
        }
        notified = listening;
    }
}
