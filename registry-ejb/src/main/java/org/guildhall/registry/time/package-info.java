/**
 * How every context stores time and identifiers: {@link java.time.Instant} fields in {@code timestamptz}
 * columns and nullable UUID references in {@code uuid} columns, through JPA converters that each
 * context's persistence unit lists (Jakarta Persistence 3.1 has no Instant mapping; EclipseLink 4.0
 * writes bytes, and fails on a NULL uuid).
 */
package org.guildhall.registry.time;
