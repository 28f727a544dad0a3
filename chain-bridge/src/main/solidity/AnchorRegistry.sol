// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.20;

/// @title AnchorRegistry
/// @notice Merkle roots of batches of federation registry changes (DID document
///         versions, identifier versions). Each batch is anchored by its identifier,
///         the RFC 9162 Merkle Tree Hash (SHA-256) of its leaves and its number of
///         leaves; the leaves and their inclusion proofs stay off chain in Guildhall.
/// @dev Only the federation signer (the deployer, an HSM-held key) may anchor. A
///      batch is anchored once and never changed. Guildhall's batch id is the
///      batch UUID's 16 bytes, left-aligned (bytes32(bytes16(uuid))).
contract AnchorRegistry {
    struct Anchor {
        bytes32 root;
        uint64 size;
        uint64 anchoredAt;
        uint64 blockNumber;
    }

    error NotFederationSigner();
    error DuplicateBatch(bytes32 batchId);
    error ZeroRoot();
    error ZeroSize();
    error ZeroAddress();

    event BatchAnchored(bytes32 indexed batchId, bytes32 root, uint64 size);
    event FederationSignerTransferred(address indexed previousSigner, address indexed newSigner);

    address public federationSigner;

    /// @dev size 0 marks an unused slot: an anchored batch has at least one leaf.
    mapping(bytes32 => Anchor) private anchors;
    uint256 private anchoredCount;

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

    /// @notice Anchors a batch once. Reverts for a known batch id, a zero root or a size of 0.
    function anchor(bytes32 batchId, bytes32 root, uint64 size) external onlyFederationSigner {
        if (root == bytes32(0)) revert ZeroRoot();
        if (size == 0) revert ZeroSize();
        if (anchors[batchId].size != 0) revert DuplicateBatch(batchId);
        anchors[batchId] = Anchor({
            root: root,
            size: size,
            anchoredAt: uint64(block.timestamp),
            blockNumber: uint64(block.number)
        });
        unchecked {
            anchoredCount++;
        }
        emit BatchAnchored(batchId, root, size);
    }

    /// @notice The anchor of a batch; all zero for a batch that is not anchored.
    function anchorOf(bytes32 batchId)
        external
        view
        returns (bytes32 root, uint64 size, uint64 anchoredAt, uint64 blockNumber)
    {
        Anchor storage a = anchors[batchId];
        return (a.root, a.size, a.anchoredAt, a.blockNumber);
    }

    function isAnchored(bytes32 batchId) external view returns (bool) {
        return anchors[batchId].size != 0;
    }

    function anchorCount() external view returns (uint256) {
        return anchoredCount;
    }
}
