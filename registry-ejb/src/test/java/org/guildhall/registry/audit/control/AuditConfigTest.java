package org.guildhall.registry.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AuditConfigTest {

    @Test
    void linksAtMostEverySecond() {
        assertThat(config(2, 10).chainInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config(0, 10).chainInterval()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void anchorsAfterTheConfiguredMinutesOrAtEveryRoundWhenZero() {
        assertThat(config(2, 10).anchorInterval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(config(2, -5).anchorInterval()).isEqualTo(Duration.ZERO);
    }

    private static AuditConfig config(long chainSeconds, long anchorMinutes) {
        AuditConfig config = new AuditConfig();
        config.chainSeconds = chainSeconds;
        config.anchorMinutes = anchorMinutes;
        return config;
    }
}
