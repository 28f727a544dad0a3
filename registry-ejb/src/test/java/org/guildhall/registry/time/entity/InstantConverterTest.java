package org.guildhall.registry.time.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InstantConverterTest {

    private final InstantConverter converter = new InstantConverter();

    @Test
    void writesInstantsAsUtcOffsetDateTimes() {
        Instant instant = Instant.parse("2025-03-01T08:00:00.123456Z");

        OffsetDateTime column = converter.convertToDatabaseColumn(instant);

        assertThat(column.getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(column).isEqualTo(OffsetDateTime.parse("2025-03-01T08:00:00.123456Z"));
    }

    @Test
    void roundTripsAnInstantUnchangedToTheNanosecond() {
        Instant instant = Instant.parse("2024-02-29T23:59:59.999999999Z");

        assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(instant))).isEqualTo(instant);
    }

    @Test
    void readsAValueWithAnotherOffsetAsTheSameInstant() {
        // The database may hand back the session's zone, e.g. Asia/Shanghai (+08:00)
        OffsetDateTime shanghai = OffsetDateTime.parse("2025-03-01T16:00:00+08:00");

        assertThat(converter.convertToEntityAttribute(shanghai)).isEqualTo(Instant.parse("2025-03-01T08:00:00Z"));
    }

    @Test
    void convertsNullToNullBothWays() {
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }
}
