package org.guildhall.registry.time.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * UUID attributes in {@code uuid} columns. Replaces EclipseLink 4.0's own UUID conversion, which
 * fails on a NULL column value (a nullable reference such as an account's organisation).
 * Identifiers ({@code @Id}) are never converted by JPA converters and never null.
 */
@Converter(autoApply = true)
public class UuidConverter implements AttributeConverter<UUID, Object> {

    @Override
    public Object convertToDatabaseColumn(UUID uuid) {
        return uuid;
    }

    @Override
    public UUID convertToEntityAttribute(Object value) {
        if (value == null || value instanceof UUID) {
            return (UUID) value;
        }
        return UUID.fromString(value.toString());
    }
}
