package org.guildhall.chainbridge.chain.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Optional;
import org.web3j.crypto.Hash;
import org.web3j.crypto.RawTransaction;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthBlock;
import org.web3j.protocol.core.methods.response.EthEstimateGas;
import org.web3j.protocol.core.methods.response.EthSendTransaction;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.utils.Numeric;

/**
 * Builds and signs transactions from the federation signer: EIP-1559 where the chain has a base
 * fee, EIP-155 legacy otherwise (many permissioned chains run without fees).
 */
@ApplicationScoped
public class TransactionSender {

    private static final BigInteger DEFAULT_PRIORITY_FEE = BigInteger.valueOf(1_000_000_000L);

    @Inject
    FederationChain chain;

    /** A signed transaction, ready to be stored and sent. */
    public record SignedTransaction(long nonce, String rawHex, String hash, String from) {
    }

    public BigInteger pendingNonce() throws IOException {
        return chain.web3j().ethGetTransactionCount(chain.signer().getAddress(), DefaultBlockParameterName.PENDING)
                .send().getTransactionCount();
    }

    /** Signs a call of {@code data} on the contract at {@code to} (empty {@code to}: a creation). */
    public SignedTransaction sign(String to, String data, BigInteger nonce) throws IOException {
        String from = chain.signer().getAddress();
        BigInteger gasLimit = estimateGas(from, to, data);
        EthBlock.Block latest = chain.web3j().ethGetBlockByNumber(DefaultBlockParameterName.LATEST, false).send().getBlock();
        RawTransaction raw;
        BigInteger baseFee = latest == null ? null : baseFeeOf(latest);
        if (baseFee != null) {
            // A free-gas network (Besu zeroBaseFee) has a base fee of 0: offer no tip either.
            BigInteger priority = baseFee.signum() == 0 ? BigInteger.ZERO : DEFAULT_PRIORITY_FEE;
            raw = RawTransaction.createTransaction(chain.chainId(), nonce, gasLimit, to, BigInteger.ZERO, data,
                    priority, baseFee.multiply(BigInteger.TWO).add(priority));
        } else {
            BigInteger gasPrice = chain.web3j().ethGasPrice().send().getGasPrice();
            raw = RawTransaction.createTransaction(nonce, gasPrice, gasLimit, to, BigInteger.ZERO, data);
        }
        byte[] signed;
        try {
            signed = chain.signer().sign(raw, chain.chainId());
        } catch (org.guildhall.chainbridge.signing.control.HsmException e) {
            chain.resetSigner();
            throw e;
        }
        return new SignedTransaction(nonce.longValueExact(), Numeric.toHexString(signed),
                Numeric.toHexString(Hash.sha3(signed)), from);
    }

    /** Deploys a contract and waits for its receipt; used once per chain, at start-up time. */
    TransactionReceipt deploy(ContractArtifact artifact) throws IOException {
        SignedTransaction tx = sign("", artifact.bytecode(), pendingNonce());
        EthSendTransaction sent = chain.web3j().ethSendRawTransaction(tx.rawHex()).send();
        if (sent.hasError()) {
            throw new IOException("Deploying " + artifact.name() + " failed: " + sent.getError().getMessage());
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<TransactionReceipt> receipt = chain.web3j().ethGetTransactionReceipt(tx.hash()).send().getTransactionReceipt();
            if (receipt.isPresent()) {
                if (!receipt.get().isStatusOK()) {
                    throw new IOException("Deploying " + artifact.name() + " reverted in " + tx.hash());
                }
                return receipt.get();
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while deploying " + artifact.name(), e);
            }
        }
        throw new IOException("No receipt for the deployment of " + artifact.name() + " (" + tx.hash() + ")");
    }

    private BigInteger estimateGas(String from, String to, String data) throws IOException {
        Transaction call = to.isEmpty() ? Transaction.createContractTransaction(from, null, null, data)
                : Transaction.createEthCallTransaction(from, to, data);
        EthEstimateGas estimate = chain.web3j().ethEstimateGas(call).send();
        if (estimate.hasError()) {
            throw new ContractRefusalException("The chain refuses the call: " + estimate.getError().getMessage(),
                    estimate.getError().getData());
        }
        return new BigDecimal(estimate.getAmountUsed()).multiply(new BigDecimal("1.25")).toBigInteger();
    }

    private static BigInteger baseFeeOf(EthBlock.Block block) {
        try {
            return block.getBaseFeePerGas();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
