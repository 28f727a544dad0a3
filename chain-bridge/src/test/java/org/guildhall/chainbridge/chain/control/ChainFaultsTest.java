package org.guildhall.chainbridge.chain.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;
import org.web3j.protocol.exceptions.ClientConnectionException;

class ChainFaultsTest {

    @Test
    void anUnreachableNodeOrAHaltedTargetIsTheChainsFault() {
        assertThat(ChainFaults.isTargetFault(new ConnectException("Connection refused"))).isTrue();
        assertThat(ChainFaults.isTargetFault(new IOException("wrapped", new SocketTimeoutException("read timed out")))).isTrue();
        assertThat(ChainFaults.isTargetFault(new ClientConnectionException("Invalid response received: 502"))).isTrue();
        assertThat(ChainFaults.isTargetFault(new TargetHaltedException("no code"))).isTrue();
    }

    @Test
    void aRefusalOrAnyOtherFailureIsTheEntrys() {
        assertThat(ChainFaults.isTargetFault(new ContractRefusalException("execution reverted: InvalidOutcome()", null))).isFalse();
        assertThat(ChainFaults.isTargetFault(new IOException("The node refused transaction 0x1: insufficient funds"))).isFalse();
        assertThat(ChainFaults.isTargetFault(new IllegalStateException("boom"))).isFalse();
        assertThat(ChainFaults.isTargetFault(null)).isFalse();
    }
}
