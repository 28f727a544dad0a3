/**
 * The federation's HSM keys as CDI beans for other components: today the federation CA's P-256 key
 * ({@link org.guildhall.chainbridge.signing.boundary.FederationCaKeys}), with which node onboarding signs
 * node certificates inside the token. The transaction key is wired by
 * {@link org.guildhall.chainbridge.chain.control.FederationChain}.
 * <p>
 * Invariants: keys are opened on first use, never at deployment, so a missing or locked HSM fails the
 * signing that needs it with an {@link org.guildhall.chainbridge.signing.control.HsmException}, not the
 * portal's start; no PIN or key material is logged. Out of scope: what is signed (onboarding).
 */
package org.guildhall.chainbridge.signing.boundary;
