/**
 * What the portal needs to run at all: the data source, the schema migration by Flyway, the clock
 * and the database's readiness. Nothing here knows a business rule.
 */
package org.guildhall.portal.platform;
