package org.guildhall.chainbridge.signing.control;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Signature;

import org.web3j.crypto.Hash;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.Sign;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.crypto.transaction.type.TransactionType;
import org.web3j.service.TxSignService;
import org.web3j.tx.ChainId;

/**
 * web3j's {@link TxSignService} backed by a secp256k1 key in a PKCS#11 token: hand it to
 * {@code new RawTransactionManager(web3j, signer, chainId)}.
 *
 * <p>Produces what web3j 4.13's {@code TxSignServiceImpl} produces for a software key (except
 * for the ECDSA randomness): for a legacy transaction and {@code chainId > ChainId.NONE} the
 * EIP-155 pre-image {@code encode(tx, chainId)} is signed and v = chainId·2 + 35 + recId;
 * otherwise {@code encode(tx)} is signed (for typed transactions, whose chain id is a field,
 * v = recId; for a legacy transaction without chain id, v = 27 + recId). Unlike web3j, EIP-2930
 * and EIP-4844 transactions are signed even when a chain id is passed: it is part of them.
 *
 * <p>The token computes {@code NONEwithECDSA} over the Keccak-256 hash; the DER result is
 * normalised to low-s and given the recovery id that recovers this signer's address, so
 * {@code SignedRawTransaction.getFrom()} always equals {@link #getAddress()}. Thread-safe.
 */
public final class HsmTransactionSigner implements TxSignService {

    private final Provider provider;
    private final PrivateKey privateKey;
    private final BigInteger publicKey;
    private final String address;
    private final String description;

    /**
     * Uses the secp256k1 key stored under {@code alias} (see {@link HsmKeys#ensureSecp256k1Key}).
     *
     * @throws HsmException when the token has no such key or it is not on secp256k1
     */
    public HsmTransactionSigner(Pkcs11Token token, String alias) {
        KeyStore.PrivateKeyEntry entry = new HsmKeys(token).find(alias)
                .orElseThrow(() -> new HsmException("No key '" + alias + "' in " + token.description()));
        if (HsmKeys.curveOf(entry.getCertificate()).orElse(null) != HsmKeys.Curve.SECP256K1) {
            throw new HsmException("Key '" + alias + "' in " + token.description() + " is not a secp256k1 key");
        }
        this.provider = token.provider();
        this.privateKey = entry.getPrivateKey();
        this.publicKey = EthereumSignatures.publicKeyOf(entry.getCertificate().getPublicKey());
        this.address = EthereumSignatures.addressOf(publicKey);
        this.description = "key '" + alias + "' (" + address + ") in " + token.description();
    }

    @Override
    public byte[] sign(RawTransaction transaction, long chainId) {
        TransactionType type = transaction.getType();
        if (type.isLegacy() && chainId > ChainId.NONE) {
            Sign.SignatureData signature = signHash(Hash.sha3(TransactionEncoder.encode(transaction, chainId)));
            return TransactionEncoder.encode(transaction, TransactionEncoder.createEip155SignatureData(signature, chainId));
        }
        byte[] unsigned = type.isEip4844()
                ? TransactionEncoder.encode4844(transaction)
                : TransactionEncoder.encode(transaction);
        return TransactionEncoder.encode(transaction, signHash(Hash.sha3(unsigned)));
    }

    /** The signer's address, 0x-prefixed and lower case (as web3j's {@code Credentials}). */
    @Override
    public String getAddress() {
        return address;
    }

    /** The signer's public key in web3j form (x‖y as an unsigned integer). */
    public BigInteger publicKey() {
        return publicKey;
    }

    /**
     * Signs a 32-byte hash as it is (no prefix, no further hashing): low-s, with
     * v = 27 + recovery id, as web3j's {@code Sign.signMessage(hash, keyPair, false)}.
     */
    public Sign.SignatureData signHash(byte[] hash) {
        if (hash == null || hash.length != 32) {
            throw new IllegalArgumentException("Expected a 32-byte hash");
        }
        byte[] der;
        try {
            Signature signature = Signature.getInstance("NONEwithECDSA", provider);
            signature.initSign(privateKey);
            signature.update(hash);
            der = signature.sign();
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new HsmException("Signing with " + description + " failed: " + Pkcs11Token.rootMessage(e), e);
        }
        try {
            return EthereumSignatures.toSignatureData(der, hash, publicKey);
        } catch (IllegalArgumentException e) {
            throw new HsmException("Token signature from " + description + " is unusable: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "HsmTransactionSigner[" + description + "]";
    }
}
