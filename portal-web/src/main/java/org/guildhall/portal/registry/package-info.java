/**
 * The registry context in the portal: registration, membership applications and their review, the
 * audit trail, as pages and REST resources. Every action goes through the registry's boundaries,
 * which check the caller's roles.
 */
package org.guildhall.portal.registry;
