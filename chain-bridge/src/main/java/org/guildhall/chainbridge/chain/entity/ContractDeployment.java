package org.guildhall.chainbridge.chain.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** Where a contract was deployed on a chain. */
@Entity
@Table(name = "contract_deployment", schema = "chainbridge")
@IdClass(ContractDeployment.Key.class)
public class ContractDeployment {

    @Id
    @Column(name = "chain_id")
    private long chainId;
    @Id
    private String name;
    private String address;
    @Column(name = "tx_hash")
    private String txHash;
    @Column(name = "deployed_at")
    private Instant deployedAt;

    protected ContractDeployment() {
    }

    public ContractDeployment(long chainId, String name, String address, String txHash, Instant deployedAt) {
        this.chainId = chainId;
        this.name = Objects.requireNonNull(name);
        this.address = Objects.requireNonNull(address);
        this.txHash = txHash;
        this.deployedAt = Objects.requireNonNull(deployedAt);
    }

    /** The contract was deployed again (the dev chain was reset). */
    public void redeployed(String newAddress, String newTxHash, Instant at) {
        this.address = newAddress;
        this.txHash = newTxHash;
        this.deployedAt = at;
    }

    public long getChainId() { return chainId; }
    public String getName() { return name; }
    public String getAddress() { return address; }
    public String getTxHash() { return txHash; }
    public Instant getDeployedAt() { return deployedAt; }

    /** Composite key (chain id, contract name). */
    public static class Key implements Serializable {
        private long chainId;
        private String name;

        public Key() {
        }

        public Key(long chainId, String name) {
            this.chainId = chainId;
            this.name = name;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.chainId == chainId && Objects.equals(k.name, name);
        }

        @Override
        public int hashCode() {
            return Objects.hash(chainId, name);
        }
    }
}
