package org.guildhall.it.dsl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.guildhall.chainbridge.chain.control.GovernanceLedgerCalls;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Function;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.http.HttpService;
import org.web3j.utils.Numeric;

/** Reads the chain directly, as an auditor would: receipts and the GovernanceLedger's state. */
public final class ChainProbe implements AutoCloseable {

    private final Web3j web3j;

    public ChainProbe(String rpcUrl) {
        this.web3j = Web3j.build(new HttpService(rpcUrl));
    }

    public static ChainProbe fromEnvironment() {
        String url = System.getenv("GUILDHALL_CHAIN_RPC_URL");
        if (url == null) {
            throw new IllegalStateException("GUILDHALL_CHAIN_RPC_URL is not set: run the integration tests with ./guildhall test");
        }
        return new ChainProbe(url);
    }

    public Optional<TransactionReceipt> receipt(String txHash) {
        try {
            return web3j.ethGetTransactionReceipt(txHash).send().getTransactionReceipt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The content hash the contract holds for a decision, as 0x-hex (all zeros when none). */
    public String contentHashOf(String contract, UUID decisionId) {
        Function call = GovernanceLedgerCalls.decisionOf(decisionId);
        try {
            String returned = web3j.ethCall(Transaction.createEthCallTransaction(null, contract,
                    FunctionEncoder.encode(call)), DefaultBlockParameterName.LATEST).send().getValue();
            List<Type> values = FunctionReturnDecoder.decode(returned, call.getOutputParameters());
            return Numeric.toHexString((byte[]) values.get(0).getValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The NodeRegistry's Besu-style answer: may this node (enode id, host, port) connect? */
    public boolean connectionAllowed(String contract, String enodeId, String host, int port) {
        Function call = org.guildhall.chainbridge.chain.control.NodeRegistryCalls.connectionAllowed(enodeId, host, port);
        try {
            String returned = web3j.ethCall(Transaction.createEthCallTransaction(null, contract,
                    FunctionEncoder.encode(call)), DefaultBlockParameterName.LATEST).send().getValue();
            return org.guildhall.chainbridge.chain.control.NodeRegistryCalls.decodeBool(returned);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        web3j.shutdown();
    }
}
