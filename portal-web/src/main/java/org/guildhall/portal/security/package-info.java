/**
 * Who the caller is. Form login for the pages (new session id at login), bearer tokens for the REST
 * API, both checked against the registry's accounts (PBKDF2 password hashes, SHA-256 token digests).
 * Security headers on every response, an Origin check on every state-changing API call made with a
 * session cookie (JSF forms carry their own per-view token). Authorisation itself is declared on
 * the boundaries ({@code @RolesAllowed}).
 */
package org.guildhall.portal.security;
