package org.guildhall.registry.anchoring.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AnchoringConfigTest {

    @Test
    void aBatchHoldsAtLeastOneLeafAndNeverMoreThanTheLargestBatch() {
        assertThat(config(10, 4096).maxBatchSize()).isEqualTo(4096);
        assertThat(config(10, 0).maxBatchSize()).isEqualTo(1);
        assertThat(config(10, Integer.MAX_VALUE).maxBatchSize()).isEqualTo(AnchoringConfig.LARGEST_BATCH);
    }

    @Test
    void sealsAtMostEverySecond() {
        assertThat(config(10, 1).sealInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config(0, 1).sealInterval()).isEqualTo(Duration.ofSeconds(1));
    }

    private static AnchoringConfig config(long sealSeconds, int maxBatchSize) {
        AnchoringConfig config = new AnchoringConfig();
        config.sealSeconds = sealSeconds;
        config.maxBatchSize = maxBatchSize;
        return config;
    }
}
