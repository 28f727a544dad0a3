// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.20;

/// @title GovernanceLedger
/// @notice Append-only ledger of federation governance decisions. Each decision is
///         anchored by its identifier and the hash of its canonical content; the
///         content itself stays off chain in Guildhall.
/// @dev Only the federation signer (the deployer, an HSM-held key) may record
///      decisions. A decision is recorded once and never changed.
contract GovernanceLedger {
    /// @dev outcome 0 means "none" and marks an unused slot; 1 = passed,
    ///      2 = rejected, 3 = vetoed, 4 = failed quorum; higher values are open
    ///      for future outcomes.
    struct Decision {
        bytes32 contentHash;
        uint8 outcome;
        uint64 recordedAt;
        uint64 blockNumber;
    }

    error NotFederationSigner();
    error DuplicateDecision(bytes32 decisionId);
    error InvalidOutcome();
    error ZeroAddress();

    event DecisionRecorded(bytes32 indexed decisionId, bytes32 contentHash, uint8 outcome);
    event FederationSignerTransferred(address indexed previousSigner, address indexed newSigner);

    address public federationSigner;

    mapping(bytes32 => Decision) private decisions;
    uint256 private recordedCount;

    modifier onlyFederationSigner() {
        if (msg.sender != federationSigner) revert NotFederationSigner();
        _;
    }

    constructor() {
        federationSigner = msg.sender;
        emit FederationSignerTransferred(address(0), msg.sender);
    }

    /// @notice Hands the signing role to a new key (for example after an HSM key rotation).
    function transferSigner(address newSigner) external onlyFederationSigner {
        if (newSigner == address(0)) revert ZeroAddress();
        emit FederationSignerTransferred(federationSigner, newSigner);
        federationSigner = newSigner;
    }

    /// @notice Records a decision once. Reverts for a known id or an outcome of 0.
    function recordDecision(bytes32 decisionId, bytes32 contentHash, uint8 outcome)
        external
        onlyFederationSigner
    {
        if (outcome == 0) revert InvalidOutcome();
        if (decisions[decisionId].outcome != 0) revert DuplicateDecision(decisionId);
        decisions[decisionId] = Decision({
            contentHash: contentHash,
            outcome: outcome,
            recordedAt: uint64(block.timestamp),
            blockNumber: uint64(block.number)
        });
        unchecked {
            recordedCount++;
        }
        emit DecisionRecorded(decisionId, contentHash, outcome);
    }

    function decisionOf(bytes32 decisionId)
        external
        view
        returns (bytes32 contentHash, uint8 outcome, uint64 recordedAt, uint64 blockNumber)
    {
        Decision storage d = decisions[decisionId];
        return (d.contentHash, d.outcome, d.recordedAt, d.blockNumber);
    }

    function isRecorded(bytes32 decisionId) external view returns (bool) {
        return decisions[decisionId].outcome != 0;
    }

    function decisionCount() external view returns (uint256) {
        return recordedCount;
    }
}
