/**
 * HSM signing: the federation's keys live in a PKCS#11 token (SoftHSM in development and
 * tests, a hardware HSM in production) and never leave it.
 *
 * <ul>
 *   <li>{@link org.guildhall.chainbridge.signing.control.HsmSettings} says where the token is
 *       and holds the PIN (never printed);</li>
 *   <li>{@link org.guildhall.chainbridge.signing.control.Pkcs11Token} opens a SunPKCS11
 *       provider for one token and logs in;</li>
 *   <li>{@link org.guildhall.chainbridge.signing.control.HsmKeys} finds or generates
 *       secp256k1 (Ethereum) and P-256 key pairs inside the token;</li>
 *   <li>{@link org.guildhall.chainbridge.signing.control.EthereumSignatures} turns the
 *       token's DER ECDSA signatures into Ethereum (r, s, v) signatures;</li>
 *   <li>{@link org.guildhall.chainbridge.signing.control.HsmTransactionSigner} is web3j's
 *       {@code TxSignService} backed by the token.</li>
 * </ul>
 *
 * <p>Invariants: private keys are generated in the token as sensitive, non-extractable token
 * objects; every signature handed out is low-s and carries the recovery id that recovers the
 * signer's own address. Out of scope: which key signs what (the caller picks the alias), key
 * rotation on chain, and CDI wiring (the boundary beans construct these classes).
 *
 * <p>JVM option needed only when the token is chosen by label:
 * {@code --add-exports jdk.crypto.cryptoki/sun.security.pkcs11.wrapper=ALL-UNNAMED}.
 */
package org.guildhall.chainbridge.signing.control;
