/**
 * Certification by the federation CA: the self-signed CA certificate
 * ({@link org.guildhall.onboarding.certification.control.CaCertificates}), node end-entity certificates
 * issued from a checked CSR ({@link org.guildhall.onboarding.certification.control.NodeCertificateIssuer}),
 * certificate revocation lists ({@link org.guildhall.onboarding.certification.control.RevocationListBuilder})
 * and their PEM text ({@link org.guildhall.onboarding.certification.control.PemEncoding}).
 * <p>
 * Invariants: everything is signed SHA256withECDSA through the {@code FederationCaKey}'s own JCA
 * provider (the HSM in production), so the private key never leaves it; key identifiers are RFC 5280
 * method 1 (SHA-1 of the subjectPublicKey bits); certificate names come from the caller, never copied
 * from the CSR. These classes are stateless and thread-safe, and need no container.
 * <p>
 * Out of scope: choosing serials and CRL numbers (the caller persists and allocates them), storage,
 * publication of the CRL, OCSP.
 */
package org.guildhall.onboarding.certification.control;
