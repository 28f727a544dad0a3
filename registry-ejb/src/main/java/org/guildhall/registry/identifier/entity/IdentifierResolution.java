package org.guildhall.registry.identifier.entity;

/** One version of an identifier as it is resolved: its content and its metadata. */
public record IdentifierResolution(IdentifierContent content, IdentifierMetadata metadata) {
}
