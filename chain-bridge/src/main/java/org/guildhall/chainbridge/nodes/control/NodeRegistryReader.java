package org.guildhall.chainbridge.nodes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import org.guildhall.chainbridge.chain.control.ChainBridgeConfig;
import org.guildhall.chainbridge.chain.control.ContractArtifact;
import org.guildhall.chainbridge.chain.control.ContractDirectory;
import org.guildhall.chainbridge.chain.control.FederationChain;
import org.guildhall.chainbridge.chain.control.NodeRegistryCalls;
import org.guildhall.chainbridge.chain.entity.AllowListStatus;
import org.guildhall.chainbridge.nodes.entity.NodeOnChain;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Function;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthCall;

/**
 * Reads a node's place on the NodeRegistry by eth_call at the latest block, never through the bridge's
 * own records. Each call waits at most {@link ChainBridgeConfig#readTimeout()}; a node that is down,
 * slow or refuses gives {@link NodeOnChain.Availability#UNAVAILABLE}, never an exception.
 */
@ApplicationScoped
public class NodeRegistryReader {

    private static final Logger LOG = Logger.getLogger(NodeRegistryReader.class.getName());

    @Inject
    ContractDirectory contracts;
    @Inject
    FederationChain chain;
    @Inject
    ChainBridgeConfig config;

    /** What the contract says about the node, and whether it lets it connect from host:port. */
    public NodeOnChain read(String enodeId, String host, int port) {
        Function statusCall = NodeRegistryCalls.nodeStatus(enodeId);
        Function allowedCall = NodeRegistryCalls.connectionAllowed(enodeId, host, port);
        Optional<String> found = contracts.knownAddress(ContractArtifact.NODE_REGISTRY);
        if (found.isEmpty()) {
            return NodeOnChain.noContract(enodeId);
        }
        String address = found.get();
        try {
            Optional<String> status = call(address, statusCall);
            Optional<String> allowed = call(address, allowedCall);
            if (status.isEmpty() || allowed.isEmpty()) {
                return new NodeOnChain(NodeOnChain.Availability.NO_CONTRACT, enodeId, false, null, null, null, null,
                        null, address, "the chain holds no contract at " + address + " (a reset dev chain?)");
            }
            NodeRegistryCalls.NodeEntry entry = NodeRegistryCalls.decodeNodeStatus(status.get());
            boolean known = entry.status() != AllowListStatus.UNKNOWN;
            return new NodeOnChain(NodeOnChain.Availability.READ, enodeId, NodeRegistryCalls.decodeBool(allowed.get()),
                    entry.status(), known ? entry.host() : null, known ? entry.port() : null,
                    known ? Instant.ofEpochSecond(entry.changedAt()) : null,
                    known ? uuidOf(entry.lastChangeId()) : null, address, null);
        } catch (Unavailable e) {
            LOG.fine(() -> "NodeRegistry not readable: " + e.getMessage());
            return NodeOnChain.unavailable(enodeId, address, e.getMessage());
        } catch (RuntimeException e) {
            LOG.fine(() -> "NodeRegistry answer not understood: " + e);
            return NodeOnChain.unavailable(enodeId, address, "the chain's answer could not be read: " + e.getMessage());
        }
    }

    /** The call's return data; empty when the address holds no code (the node returns "0x"). */
    private Optional<String> call(String address, Function function) throws Unavailable {
        Duration timeout = config.readTimeout();
        CompletableFuture<EthCall> pending = chain.web3j().ethCall(Transaction.createEthCallTransaction(null, address,
                FunctionEncoder.encode(function)), DefaultBlockParameterName.LATEST).sendAsync();
        EthCall call;
        try {
            call = pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new Unavailable("the chain node did not answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            throw new Unavailable("the chain node does not answer (" + e.getCause().getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while reading the chain");
        }
        if (call.hasError() || call.isReverted()) {
            throw new Unavailable("the chain refused to read the NodeRegistry: "
                    + (call.hasError() ? call.getError().getMessage() : call.getRevertReason()));
        }
        String value = call.getValue();
        return value == null || value.length() <= 2 ? Optional.empty() : Optional.of(value);
    }

    private static UUID uuidOf(byte[] changeId) {
        ByteBuffer bytes = ByteBuffer.wrap(changeId);
        return new UUID(bytes.getLong(0), bytes.getLong(8));
    }

    /** The chain could not be asked. */
    private static final class Unavailable extends Exception {
        Unavailable(String message) {
            super(message, null, false, false);
        }
    }
}
