package org.guildhall.chainbridge.delivery.control;

import java.util.concurrent.Executors;
import org.guildhall.chainbridge.chain.control.FederationChain;
import org.guildhall.chainbridge.signing.control.HsmTransactionSigner;
import org.guildhall.chainbridge.testsupport.HardhatNode;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.http.HttpService;

/** The federation chain of one bridge process in a test: its own connection, the signer in the HSM. */
final class HsmBackedChain extends FederationChain {

    private final HttpService service;
    private final Web3j web3j;
    private final HsmTransactionSigner signer;

    HsmBackedChain(String rpcUrl, HsmTransactionSigner signer) {
        this.service = new HttpService(rpcUrl);
        this.web3j = Web3j.build(service, HardhatNode.POLLING_INTERVAL_MILLIS,
                Executors.newSingleThreadScheduledExecutor());
        this.signer = signer;
    }

    @Override
    public Web3j web3j() {
        return web3j;
    }

    @Override
    public org.web3j.protocol.Web3jService web3jService() {
        return service;
    }

    @Override
    public HsmTransactionSigner signer() {
        return signer;
    }

    @Override
    public long chainId() {
        return HardhatNode.CHAIN_ID;
    }

    void close() {
        web3j.shutdown();
    }
}
