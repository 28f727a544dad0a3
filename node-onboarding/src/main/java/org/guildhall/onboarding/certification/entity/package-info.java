/**
 * Certification values: a node's PKCS#10 certificate signing request
 * ({@link org.guildhall.onboarding.certification.entity.CertificationRequest}), the key types the
 * federation knows ({@link org.guildhall.onboarding.certification.entity.KeyAlgorithm}), revocation
 * reasons, and the handle to the federation CA key.
 * <p>
 * Invariants: a {@code CertificationRequest} is always a single, DER-encoded PKCS#10 structure with a
 * supported and well-formed public key; its {@code der()} parses back to an equal value. Whether its
 * signature verifies is a property ({@code signatureValid()}), not a parse failure, so a review can
 * show it. Parsing never throws anything but {@link
 * org.guildhall.onboarding.certification.entity.InvalidCsrException}, whose message is one sentence
 * for the operator.
 * <p>
 * Out of scope: issuing and revoking (see the control package), persistence, and any policy on which
 * key types a node type allows (the caller passes the allowed labels).
 */
package org.guildhall.onboarding.certification.entity;
