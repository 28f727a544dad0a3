/**
 * The target chain: its JSON-RPC endpoint and id, the federation signer whose key stays in the HSM,
 * and where each contract lives. On embedded defaults (auto-deploy) the contracts are deployed by the
 * federation signer once and their addresses recorded; a configured address is used as is.
 * <p>
 * A dev chain (Hardhat) forgets its state when it stops: when the recorded contract has no code any
 * more, it is deployed again and every outbox entry is replayed onto the new chain.
 */
package org.guildhall.chainbridge.chain;
