/**
 * Regional domains: the tree of namespaces under the federation root (regions, sub-regions,
 * industries), each with a four-character code, names in zh-CN and en, a governing organisation,
 * a status and an identifier quota.
 * <p>
 * Invariants: a code is four lowercase letters or digits and never reused; a child's quota is carved
 * out of its parent's ({@code used + allocated <= quota}, checked by the database too); only an active
 * domain takes registrations. Every effective change is a governance decision (a passed proposal on the
 * domain delegation track) and is kept as a {@code DomainChange} whose hash is anchored on chain.
 * Out of scope: the identifiers themselves (the did and identifier components).
 */
package org.guildhall.registry.domain;
