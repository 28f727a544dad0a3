package org.guildhall.registry.did.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.guildhall.registry.did.entity.DidOperation;
import org.guildhall.registry.did.entity.VersionSnapshot;
import org.junit.jupiter.api.Test;

class ResolutionCacheTest {

    private static final String DID = "did:guild:cnbj:5HueCGU8rMjxEXxiPuD5BD";
    private static final List<VersionSnapshot> HISTORY = List.of(new VersionSnapshot(1, Instant.EPOCH, DidOperation.CREATE,
            "{}", "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a", null));

    private static ResolutionCache cache(int shortSeconds, int notifiedSeconds, int size) {
        DidConfig config = new DidConfig();
        config.cacheSeconds = shortSeconds;
        config.notifiedCacheSeconds = notifiedSeconds;
        config.cacheSize = size;
        ResolutionCache cache = new ResolutionCache();
        cache.config = config;
        return cache;
    }

    @Test
    void withoutChangeNoticesAnEntryIsTrustedOnlyForTheShortPeriod() {
        ResolutionCache cache = cache(0, 600, 10);
        cache.load(DID, did -> HISTORY);
        assertThat(cache.get(DID)).as("expired at once without notices").isNull();
        cache.notified(true);
        cache.load(DID, did -> HISTORY);
        assertThat(cache.get(DID)).as("trusted while notices arrive").isEqualTo(HISTORY);
    }

    @Test
    void aNoticeEvictsTheDidAndListeningAgainStartsEmpty() {
        ResolutionCache cache = cache(600, 600, 10);
        cache.load(DID, did -> HISTORY);
        cache.evict(DID);
        assertThat(cache.get(DID)).isNull();
        cache.load(DID, did -> HISTORY);
        cache.notified(false);
        cache.notified(true);
        assertThat(cache.get(DID)).as("changes missed while not listening are not served").isNull();
    }

    @Test
    void unknownDidsAreNotCachedAndAFullCacheStartsOver() {
        ResolutionCache cache = cache(600, 600, 1);
        AtomicInteger loads = new AtomicInteger();
        assertThat(cache.load(DID, did -> {
            loads.incrementAndGet();
            return List.of();
        })).isEmpty();
        assertThat(cache.get(DID)).isNull();
        cache.load(DID, did -> HISTORY);
        cache.load("did:guild:cnbj:other", did -> HISTORY);
        assertThat(cache.get(DID)).as("the first entry went when the cache was full").isNull();
        assertThat(cache.get("did:guild:cnbj:other")).isEqualTo(HISTORY);
    }
}
