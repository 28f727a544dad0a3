/**
 * User accounts of the portal, their roles and their API tokens. Passwords are stored only as
 * PBKDF2 hashes and tokens only as SHA-256 digests; neither is ever logged.
 * <p>
 * Community members register themselves; every other role is granted by an admin or follows from
 * membership (the applicant of an approved organisation becomes its member representative).
 */
package org.guildhall.registry.accounts;
