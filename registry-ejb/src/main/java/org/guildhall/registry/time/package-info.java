/**
 * How every context stores time: {@link java.time.Instant} fields in {@code timestamptz} columns,
 * through one JPA converter that each context's persistence unit lists (Jakarta Persistence 3.1
 * has no Instant mapping of its own; EclipseLink would write bytes).
 */
package org.guildhall.registry.time;
