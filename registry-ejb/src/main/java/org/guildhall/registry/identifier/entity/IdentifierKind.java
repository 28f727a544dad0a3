package org.guildhall.registry.identifier.entity;

/** What an identifier names. */
public enum IdentifierKind {
    DIGITAL_ASSET, PRODUCT, DATA_SET, OTHER
}
