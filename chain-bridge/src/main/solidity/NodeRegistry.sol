// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.20;

/// @title NodeRegistry
/// @notice The federation's node allow-list, in the shape of Besu's node permissioning
///         contract (interface v2: connectionAllowed(string,string,uint16)). Each write
///         records one allow-list change of Guildhall's node directory by its id, so the
///         chain's history of a node can be audited change by change.
/// @dev Only the federation signer (the deployer, an HSM-held key) may write. A change id is
///      recorded once: a second write with the same id reverts with DuplicateChange, so a
///      replayed delivery never applies twice. Guildhall's change id is the change UUID's
///      16 bytes, left-aligned (bytes32(bytes16(uuid))). A node is keyed by its enode id
///      (the 64-byte public key) split into two words, high (bytes 0-31) and low (32-63).
///
///      Status codes: 0 unknown, 1 allowed, 2 suspended, 3 revoked, 4 deactivated.
///      Transitions: admit: unknown, revoked or deactivated -> allowed (a new admission,
///      with the host and port to allow). setStatus: allowed -> suspended; suspended ->
///      allowed (reinstated); allowed or suspended -> revoked or deactivated; revoked <->
///      deactivated (both stay disallowed). Anything else reverts with InvalidTransition,
///      so changes that arrive out of order wait (their delivery is retried) instead of
///      leaving a wrong state.
contract NodeRegistry {
    uint8 public constant UNKNOWN = 0;
    uint8 public constant ALLOWED = 1;
    uint8 public constant SUSPENDED = 2;
    uint8 public constant REVOKED = 3;
    uint8 public constant DEACTIVATED = 4;

    /// @dev DNS names are at most 253 characters; IP literals are shorter.
    uint256 private constant MAX_HOST_LENGTH = 253;

    struct Node {
        bytes32 high;
        bytes32 low;
        bytes32 hostHash;
        bytes32 lastChangeId;
        uint64 changedAt;
        uint16 port;
        uint8 status;
        string host;
    }

    error NotFederationSigner();
    error ZeroAddress();
    error ZeroChangeId();
    error ZeroEnode();
    error InvalidHost();
    error ZeroPort();
    error InvalidStatus(uint8 status);
    error DuplicateChange(bytes32 changeId);
    error UnknownNode(bytes32 enodeHigh, bytes32 enodeLow);
    error InvalidTransition(bytes32 enodeHigh, bytes32 enodeLow, uint8 current, uint8 requested);

    event NodeAdmitted(
        bytes32 indexed changeId,
        bytes32 indexed nodeKey,
        bytes32 enodeHigh,
        bytes32 enodeLow,
        string host,
        uint16 port
    );
    event NodeStatusChanged(bytes32 indexed changeId, bytes32 indexed nodeKey, uint8 previousStatus, uint8 status);
    event FederationSignerTransferred(address indexed previousSigner, address indexed newSigner);

    address public federationSigner;

    /// @dev nodeKey = keccak256(abi.encodePacked(high, low)); status 0 marks an unused slot.
    mapping(bytes32 => Node) private nodes;
    bytes32[] private nodeKeys;
    mapping(bytes32 => bool) private changes;
    uint256 private changesRecorded;

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

    /// @notice Admits a node (again, after a revocation or deactivation): it may connect from
    ///         host:port. Reverts for a known change id and for a node that is allowed or suspended.
    function admit(bytes32 changeId, bytes32 enodeHigh, bytes32 enodeLow, string calldata host, uint16 port)
        external
        onlyFederationSigner
    {
        if (enodeHigh == bytes32(0) && enodeLow == bytes32(0)) revert ZeroEnode();
        bytes calldata hostBytes = bytes(host);
        if (hostBytes.length == 0 || hostBytes.length > MAX_HOST_LENGTH) revert InvalidHost();
        if (port == 0) revert ZeroPort();
        _recordChange(changeId);
        bytes32 key = nodeKey(enodeHigh, enodeLow);
        Node storage node = nodes[key];
        uint8 previous = node.status;
        if (previous == ALLOWED || previous == SUSPENDED) {
            revert InvalidTransition(enodeHigh, enodeLow, previous, ALLOWED);
        }
        if (previous == UNKNOWN) {
            nodeKeys.push(key);
            node.high = enodeHigh;
            node.low = enodeLow;
        }
        node.host = host;
        node.hostHash = _hostHash(hostBytes);
        node.port = port;
        node.status = ALLOWED;
        node.lastChangeId = changeId;
        node.changedAt = uint64(block.timestamp);
        emit NodeAdmitted(changeId, key, enodeHigh, enodeLow, host, port);
        if (previous != UNKNOWN) {
            emit NodeStatusChanged(changeId, key, previous, ALLOWED);
        }
    }

    /// @notice Suspends (2), reinstates (1), revokes (3) or deactivates (4) a known node.
    ///         Reverts for a known change id, an unknown node and a transition the list does not allow.
    function setStatus(bytes32 changeId, bytes32 enodeHigh, bytes32 enodeLow, uint8 status)
        external
        onlyFederationSigner
    {
        if (status == UNKNOWN || status > DEACTIVATED) revert InvalidStatus(status);
        _recordChange(changeId);
        bytes32 key = nodeKey(enodeHigh, enodeLow);
        Node storage node = nodes[key];
        uint8 previous = node.status;
        if (previous == UNKNOWN) revert UnknownNode(enodeHigh, enodeLow);
        if (!_allowedTransition(previous, status)) {
            revert InvalidTransition(enodeHigh, enodeLow, previous, status);
        }
        node.status = status;
        node.lastChangeId = changeId;
        node.changedAt = uint64(block.timestamp);
        emit NodeStatusChanged(changeId, key, previous, status);
    }

    /// @notice Besu's node permissioning check: whether the node with this enode id (128 hex
    ///         digits, with or without 0x, any case) may connect from host:port. True only while
    ///         the node is allowed and host (ASCII case-insensitive) and port are the registered ones.
    function connectionAllowed(string calldata enodeId, string calldata host, uint16 port)
        external
        view
        returns (bool)
    {
        (bool valid, bytes32 high, bytes32 low) = _parseEnode(bytes(enodeId));
        if (!valid) {
            return false;
        }
        Node storage node = nodes[nodeKey(high, low)];
        return node.status == ALLOWED && node.port == port && node.hostHash == _hostHash(bytes(host));
    }

    /// @notice What the list holds for a node; status 0 (and empty host) for an unknown node.
    function nodeStatus(bytes32 enodeHigh, bytes32 enodeLow)
        external
        view
        returns (uint8 status, string memory host, uint16 port, uint64 changedAt, bytes32 lastChangeId)
    {
        Node storage node = nodes[nodeKey(enodeHigh, enodeLow)];
        return (node.status, node.host, node.port, node.changedAt, node.lastChangeId);
    }

    /// @notice Whether the change with this id has been recorded.
    function changeRecorded(bytes32 changeId) external view returns (bool) {
        return changes[changeId];
    }

    function changeCount() external view returns (uint256) {
        return changesRecorded;
    }

    /// @notice How many nodes were ever admitted (for auditors, with nodeAt).
    function nodeCount() external view returns (uint256) {
        return nodeKeys.length;
    }

    /// @notice The enode id of the index-th node ever admitted, in order of first admission.
    function nodeAt(uint256 index) external view returns (bytes32 enodeHigh, bytes32 enodeLow) {
        Node storage node = nodes[nodeKeys[index]];
        return (node.high, node.low);
    }

    function nodeKey(bytes32 enodeHigh, bytes32 enodeLow) public pure returns (bytes32) {
        return keccak256(abi.encodePacked(enodeHigh, enodeLow));
    }

    function _recordChange(bytes32 changeId) private {
        if (changeId == bytes32(0)) revert ZeroChangeId();
        if (changes[changeId]) revert DuplicateChange(changeId);
        changes[changeId] = true;
        unchecked {
            changesRecorded++;
        }
    }

    function _allowedTransition(uint8 current, uint8 requested) private pure returns (bool) {
        if (requested == SUSPENDED) return current == ALLOWED;
        if (requested == ALLOWED) return current == SUSPENDED;
        // revoked or deactivated: from any known status but itself
        return current != requested;
    }

    function _hostHash(bytes calldata host) private pure returns (bytes32) {
        bytes memory lower = new bytes(host.length);
        for (uint256 i = 0; i < host.length; i++) {
            bytes1 c = host[i];
            if (c >= 0x41 && c <= 0x5A) {
                c = bytes1(uint8(c) + 32);
            }
            lower[i] = c;
        }
        return keccak256(lower);
    }

    function _parseEnode(bytes calldata id) private pure returns (bool valid, bytes32 high, bytes32 low) {
        uint256 offset;
        if (id.length == 130 && id[0] == "0" && (id[1] == "x" || id[1] == "X")) {
            offset = 2;
        } else if (id.length != 128) {
            return (false, 0, 0);
        }
        uint256 h;
        uint256 l;
        for (uint256 i = 0; i < 64; i++) {
            (bool okHigh, uint256 dh) = _hexDigit(id[offset + i]);
            (bool okLow, uint256 dl) = _hexDigit(id[offset + 64 + i]);
            if (!okHigh || !okLow) {
                return (false, 0, 0);
            }
            h = (h << 4) | dh;
            l = (l << 4) | dl;
        }
        return (true, bytes32(h), bytes32(l));
    }

    function _hexDigit(bytes1 c) private pure returns (bool, uint256) {
        uint8 b = uint8(c);
        if (b >= 0x30 && b <= 0x39) return (true, b - 0x30);
        if (b >= 0x61 && b <= 0x66) return (true, b - 0x61 + 10);
        if (b >= 0x41 && b <= 0x46) return (true, b - 0x41 + 10);
        return (false, 0);
    }
}
