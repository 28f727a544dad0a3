package org.guildhall.chainbridge.reconciliation.control;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.guildhall.chainbridge.reconciliation.entity.ChainEvent;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterNumber;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.response.EthLog;
import org.web3j.protocol.core.methods.response.Log;

/** Reads the contracts' events straight from the node ({@code eth_getLogs}), in chunks of blocks. */
public final class EventReader {

    private static final long CHUNK = 10_000;

    private final Web3j web3j;

    public EventReader(Web3j web3j) {
        this.web3j = web3j;
    }

    /**
     * @param addresses contract name to address
     * @param toBlock   the last block to read (the head less the confirmation depth, so a pending write is not read)
     */
    public List<ChainEvent> read(Map<String, String> addresses, long toBlock) throws IOException {
        List<ChainEvent> events = new ArrayList<>();
        for (Map.Entry<String, String> contract : addresses.entrySet()) {
            List<String> topics = ContractEvents.topicsOf(contract.getKey());
            if (topics.isEmpty()) {
                continue;
            }
            for (long from = 0; from <= toBlock; from += CHUNK) {
                EthFilter filter = new EthFilter(new DefaultBlockParameterNumber(BigInteger.valueOf(from)),
                        new DefaultBlockParameterNumber(BigInteger.valueOf(Math.min(toBlock, from + CHUNK - 1))),
                        contract.getValue());
                filter.addOptionalTopics(topics.toArray(String[]::new));
                EthLog logs = web3j.ethGetLogs(filter).send();
                if (logs.hasError()) {
                    throw new IOException("eth_getLogs at " + contract.getValue() + ": " + logs.getError().getMessage());
                }
                for (EthLog.LogResult<?> result : logs.getLogs()) {
                    if (result.get() instanceof Log log) {
                        ContractEvents.decode(contract.getKey(), log).ifPresent(events::add);
                    }
                }
            }
        }
        return events;
    }

    /** The newest block at least {@code confirmations} deep. */
    public long confirmedHead(int confirmations) throws IOException {
        return Math.max(0, web3j.ethBlockNumber().send().getBlockNumber().longValueExact() - Math.max(0, confirmations - 1));
    }
}
