/**
 * Demo data for a newcomer, seeded once and only into the embedded database that
 * {@code ./guildhall run} starts. The only caller of the boundaries' {@code provision*} methods
 * (an architecture test keeps it so).
 */
package org.guildhall.portal.demo;
