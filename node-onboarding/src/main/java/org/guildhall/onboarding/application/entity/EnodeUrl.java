package org.guildhall.onboarding.application.entity;

import java.util.Locale;

import org.bouncycastle.util.encoders.Hex;

/**
 * A node's devp2p address, {@code enode://<node id>@<host>:<port>[?discport=<port>]}, parsed strictly
 * and held in canonical form. The node id is the node's secp256k1 public key (x || y, 64 bytes) in
 * 128 lower-case hex digits; the host is a lower-case DNS name, a dotted-quad IPv4 address or an
 * RFC 5952 IPv6 address (without brackets; see {@link #hostForUrl()}).
 * <p>
 * The constructor checks every component, so an instance is always valid; {@link #toString()} is
 * the canonical URL and parses back to an equal value.
 *
 * @param nodeId        128 lower-case hex digits
 * @param host          canonical host, IPv6 without brackets
 * @param port          the TCP (RLPx) port, 1..65535
 * @param discoveryPort the UDP discovery port, 1..65535; equal to {@code port} when the URL has no
 *                      {@code discport}
 */
public record EnodeUrl(String nodeId, String host, int port, int discoveryPort) {

    /** The longest enode URL accepted. */
    public static final int MAX_LENGTH = 512;

    private static final String SCHEME = "enode://";
    private static final String DISCPORT = "discport=";

    /** What kind of host an enode URL names. */
    public enum HostKind { IPV4, IPV6, DNS }

    public EnodeUrl {
        if (nodeId == null || nodeId.length() != 128 || !nodeId.chars().allMatch(EnodeUrl::isLowerHex)) {
            throw new InvalidEnodeException("The node id must be 128 lower-case hexadecimal digits.");
        }
        if (host == null || !HostNames.canonical(host).equals(host)) {
            throw new InvalidEnodeException("The host must be given in canonical form (lower case, IPv6 without"
                    + " brackets and compressed).");
        }
        requirePortRange(port, "port");
        requirePortRange(discoveryPort, "discovery port");
    }

    /**
     * Parses an enode URL.
     *
     * @throws InvalidEnodeException with a one-sentence message saying what is wrong
     */
    public static EnodeUrl parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidEnodeException("The enode URL is empty.");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidEnodeException("The enode URL is longer than " + MAX_LENGTH + " characters.");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c == 0x7f || Character.isWhitespace(c)) {
                throw new InvalidEnodeException("The enode URL contains a space or control character at position "
                        + (i + 1) + ".");
            }
            if (c > 0x7e) {
                throw new InvalidEnodeException("The enode URL contains a non-ASCII character at position " + (i + 1)
                        + " (write host names in their punycode form).");
            }
        }
        if (!text.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw new InvalidEnodeException("The enode URL must start with enode://.");
        }
        String rest = text.substring(SCHEME.length());
        if (rest.indexOf('#') >= 0) {
            throw new InvalidEnodeException("The enode URL must not have a fragment ('#...').");
        }
        int at = rest.indexOf('@');
        if (at < 0) {
            throw new InvalidEnodeException("The enode URL has no node id: expected enode://<128 hex digits>@host:port.");
        }
        if (rest.indexOf('@', at + 1) >= 0) {
            throw new InvalidEnodeException("The enode URL contains more than one '@'.");
        }
        String nodeId = parseNodeId(rest.substring(0, at));
        String afterAt = rest.substring(at + 1);
        int question = afterAt.indexOf('?');
        String authority = question < 0 ? afterAt : afterAt.substring(0, question);
        if (authority.indexOf('/') >= 0) {
            throw new InvalidEnodeException("The enode URL must not have a path after host:port.");
        }
        String host;
        String portText;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                throw new InvalidEnodeException("The IPv6 address has no closing ']'.");
            }
            host = HostNames.canonicalIpv6(authority.substring(1, close));
            portText = portAfterHost(authority.substring(close + 1));
        } else {
            int colon = authority.lastIndexOf(':');
            if (colon < 0) {
                throw new InvalidEnodeException("The enode URL has no port: expected host:port after the '@'.");
            }
            String hostText = authority.substring(0, colon);
            if (hostText.indexOf(':') >= 0) {
                throw new InvalidEnodeException("An IPv6 host must be written in brackets, like [2001:db8::1]:30303.");
            }
            host = HostNames.canonicalIpv4OrDns(hostText);
            portText = authority.substring(colon + 1);
        }
        int port = parsePort(portText, "port");
        int discoveryPort = question < 0 ? port : parseDiscoveryPort(afterAt.substring(question + 1));
        return new EnodeUrl(nodeId, host, port, discoveryPort);
    }

    /** What kind of host this is (IPv4, IPv6 or DNS name). */
    public HostKind hostKind() {
        return HostNames.kindOf(host);
    }

    /** The host as written in a URL: IPv6 addresses in brackets, others as {@link #host()}. */
    public String hostForUrl() {
        return hostKind() == HostKind.IPV6 ? "[" + host + "]" : host;
    }

    /** The node id as 64 bytes (x || y of the node's secp256k1 public key). */
    public byte[] nodeIdBytes() {
        return Hex.decode(nodeId);
    }

    /** Whether the node id is a valid secp256k1 public key (a point on the curve, not infinity). */
    public boolean hasValidSecp256k1Key() {
        return Secp256k1Points.isOnCurve(nodeIdBytes());
    }

    /**
     * Whether a separately declared node public key (hex; 128 digits, 130 with an {@code 04} prefix or
     * 66 compressed) is the key this URL's node id names.
     */
    public boolean identifiesNodeKey(String declaredPublicKey) {
        return Secp256k1Points.normaliseNodePublicKey(declaredPublicKey).map(nodeId::equals).orElse(false);
    }

    /** The canonical enode URL; {@code ?discport=} appears only when it differs from the port. */
    @Override
    public String toString() {
        return SCHEME + nodeId + "@" + hostForUrl() + ":" + port
                + (discoveryPort == port ? "" : "?" + DISCPORT + discoveryPort);
    }

    private static String parseNodeId(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isLowerHex(Character.toLowerCase(c))) {
                throw new InvalidEnodeException("The node id (before the '@') contains '" + c
                        + "', which is not a hexadecimal digit.");
            }
        }
        if (text.length() != 128) {
            throw new InvalidEnodeException("The node id must be exactly 128 hexadecimal digits (found "
                    + text.length() + ").");
        }
        return text.toLowerCase(Locale.ROOT);
    }

    private static String portAfterHost(String afterHost) {
        if (afterHost.isEmpty()) {
            throw new InvalidEnodeException("The enode URL has no port: expected [IPv6 address]:port after the '@'.");
        }
        if (afterHost.charAt(0) != ':') {
            throw new InvalidEnodeException("The enode URL has unexpected characters between ']' and the port.");
        }
        return afterHost.substring(1);
    }

    private static int parseDiscoveryPort(String query) {
        if (query.isEmpty()) {
            throw new InvalidEnodeException("The enode URL has an empty query ('?' with nothing after it).");
        }
        if (!query.startsWith(DISCPORT)) {
            String name = query.split("[=&]", 2)[0];
            throw new InvalidEnodeException("The only query parameter allowed is discport (found '" + name + "').");
        }
        String value = query.substring(DISCPORT.length());
        if (value.indexOf('&') >= 0 || value.indexOf('?') >= 0) {
            throw new InvalidEnodeException("The enode URL has more than one query parameter; only discport is allowed.");
        }
        return parsePort(value, "discport");
    }

    private static int parsePort(String text, String what) {
        if (text.isEmpty()) {
            throw new InvalidEnodeException("The " + what + " is empty.");
        }
        boolean decimal = text.length() <= 5 && text.charAt(0) != '0' && text.chars().allMatch(c -> c >= '0' && c <= '9');
        int value = decimal ? Integer.parseInt(text) : 0;
        if (value < 1 || value > 65535) {
            throw new InvalidEnodeException("The " + what + " must be a number from 1 to 65535 without leading zeros"
                    + " (found '" + text + "').");
        }
        return value;
    }

    private static void requirePortRange(int port, String what) {
        if (port < 1 || port > 65535) {
            throw new InvalidEnodeException("The " + what + " must be from 1 to 65535 (found " + port + ").");
        }
    }

    private static boolean isLowerHex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    }
}
