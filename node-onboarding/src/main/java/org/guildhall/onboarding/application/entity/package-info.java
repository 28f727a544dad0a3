/**
 * Node applications: the values an operator's application carries and their automated checks.
 * <p>
 * {@link org.guildhall.onboarding.application.entity.EnodeUrl} is the parsed, canonical devp2p
 * address of the node; an instance is always valid (its constructor re-checks every part), and
 * {@code toString()} gives the canonical URL, which parses back to an equal value.
 * {@link org.guildhall.onboarding.application.entity.Secp256k1Points} checks that a node id is a
 * real secp256k1 public key and normalises separately declared keys for comparison.
 * <p>
 * Out of scope: persistence, review workflow, reachability checks (no network access here), and
 * internationalised host names (use their punycode form).
 */
package org.guildhall.onboarding.application.entity;
