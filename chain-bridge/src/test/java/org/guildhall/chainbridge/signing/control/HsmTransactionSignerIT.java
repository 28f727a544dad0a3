package org.guildhall.chainbridge.signing.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.guildhall.chainbridge.testsupport.SoftHsmFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Hash;
import org.web3j.crypto.Keys;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.Sign;
import org.web3j.crypto.SignedRawTransaction;
import org.web3j.crypto.TransactionDecoder;
import org.web3j.crypto.transaction.type.Transaction1559;
import org.web3j.tx.ChainId;
import org.web3j.utils.Numeric;

class HsmTransactionSignerIT {

    private static final long CHAIN_ID = 31337L;
    private static final String TO = "0x5fbdb2315678afecb367f032d93f642f64180aa3";
    private static final BigInteger GWEI = BigInteger.TEN.pow(9);

    private static HsmTransactionSigner signer;

    @BeforeAll
    static void signerInTheToken() {
        Pkcs11Token token = new Pkcs11Token(SoftHsmFixture.settings());
        String alias = "it-signer-" + UUID.randomUUID().toString().substring(0, 8);
        new HsmKeys(token).ensureSecp256k1Key(alias);
        signer = new HsmTransactionSigner(token, alias);
    }

    @Test
    void addressIsTheKeccakAddressOfThePublicKey() {
        assertThat(signer.getAddress())
                .isEqualTo("0x" + Keys.getAddress(signer.publicKey()))
                .matches("0x[0-9a-f]{40}");
    }

    @Test
    void signsEip1559TransactionsWhoseSenderIsTheHsmAddress() throws Exception {
        Set<Integer> recoveryIds = new HashSet<>();
        for (int nonce = 0; nonce < 24; nonce++) {
            RawTransaction transaction = RawTransaction.createTransaction(CHAIN_ID, BigInteger.valueOf(nonce),
                    BigInteger.valueOf(100_000), TO, BigInteger.valueOf(nonce + 1L), "0xcafe", GWEI, GWEI.multiply(BigInteger.TEN));

            String hex = Numeric.toHexString(signer.sign(transaction, CHAIN_ID));

            assertThat(hex).startsWith("0x02");
            SignedRawTransaction decoded = (SignedRawTransaction) TransactionDecoder.decode(hex);
            assertThat(decoded.getFrom()).isEqualTo(signer.getAddress());
            assertThat(((Transaction1559) decoded.getTransaction()).getChainId()).isEqualTo(CHAIN_ID);
            assertThat(decoded.getNonce()).isEqualTo(BigInteger.valueOf(nonce));
            assertThat(decoded.getTo()).isEqualTo(TO);
            assertThat(decoded.getData()).isEqualTo("cafe");
            assertLowS(decoded.getSignatureData());
            recoveryIds.add(Sign.getRecId(decoded.getSignatureData(), CHAIN_ID));
        }
        assertThat(recoveryIds).containsExactlyInAnyOrder(0, 1);
    }

    @Test
    void signsLegacyTransactionsWithEip155ReplayProtection() throws Exception {
        for (int nonce = 0; nonce < 8; nonce++) {
            RawTransaction transaction = RawTransaction.createTransaction(BigInteger.valueOf(nonce),
                    GWEI.multiply(BigInteger.TWO), BigInteger.valueOf(21_000), TO, BigInteger.ONE, "");

            String hex = Numeric.toHexString(signer.sign(transaction, CHAIN_ID));

            SignedRawTransaction decoded = (SignedRawTransaction) TransactionDecoder.decode(hex);
            assertThat(decoded.getFrom()).isEqualTo(signer.getAddress());
            assertThat(decoded.getChainId()).isEqualTo(CHAIN_ID);
            long v = Numeric.toBigInt(decoded.getSignatureData().getV()).longValueExact();
            assertThat(v).isIn(CHAIN_ID * 2 + 35, CHAIN_ID * 2 + 36);
            assertLowS(decoded.getSignatureData());
        }
    }

    @Test
    void signsLegacyTransactionsWithoutChainIdLikeWeb3j() throws Exception {
        RawTransaction transaction = RawTransaction.createTransaction(BigInteger.ZERO,
                GWEI, BigInteger.valueOf(21_000), TO, BigInteger.ONE, "");

        String hex = Numeric.toHexString(signer.sign(transaction, ChainId.NONE));

        SignedRawTransaction decoded = (SignedRawTransaction) TransactionDecoder.decode(hex);
        assertThat(decoded.getFrom()).isEqualTo(signer.getAddress());
        assertThat(decoded.getSignatureData().getV()[0]).isIn((byte) 27, (byte) 28);
    }

    @Test
    void signHashRecoversToTheHsmAddress() throws Exception {
        byte[] hash = Hash.sha3("decision 2024-17 passed".getBytes());

        Sign.SignatureData signature = signer.signHash(hash);

        assertThat(signature.getV()[0]).isIn((byte) 27, (byte) 28);
        assertLowS(signature);
        assertThat("0x" + Keys.getAddress(Sign.signedMessageHashToKey(hash, signature))).isEqualTo(signer.getAddress());
    }

    private static void assertLowS(Sign.SignatureData signature) {
        assertThat(new BigInteger(1, signature.getS())).isLessThanOrEqualTo(EthereumSignatures.SECP256K1_HALF_N);
    }
}
