package org.guildhall.onboarding.application.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Parses and canonicalises the host of an enode URL: IPv4 and IPv6 literals, and DNS names. */
final class HostNames {

    private static final int MAX_DNS_LENGTH = 253;
    private static final int MAX_LABEL_LENGTH = 63;

    private HostNames() {
    }

    /** The canonical form of an unbracketed IPv4 literal or DNS name. */
    static String canonicalIpv4OrDns(String host) {
        if (host.isEmpty()) {
            throw new InvalidEnodeException("The enode URL has no host before the port.");
        }
        if (host.chars().allMatch(c -> c == '.' || isDigit(c))) {
            return canonicalIpv4(host, 0, host.length()) == null ? invalidIpv4(host) : host;
        }
        return canonicalDns(host);
    }

    /** The kind of host a canonical host string is. */
    static EnodeUrl.HostKind kindOf(String canonicalHost) {
        if (canonicalHost.indexOf(':') >= 0) {
            return EnodeUrl.HostKind.IPV6;
        }
        return canonicalHost.chars().allMatch(c -> c == '.' || isDigit(c))
                ? EnodeUrl.HostKind.IPV4 : EnodeUrl.HostKind.DNS;
    }

    /** The canonical form of any host, unbracketed. */
    static String canonical(String host) {
        return host.indexOf(':') >= 0 ? canonicalIpv6(host) : canonicalIpv4OrDns(host);
    }

    private static String canonicalDns(String host) {
        if (host.length() > MAX_DNS_LENGTH) {
            throw new InvalidEnodeException("The host name is longer than 253 characters.");
        }
        String[] labels = host.split("\\.", -1);
        for (String label : labels) {
            if (label.isEmpty()) {
                throw new InvalidEnodeException("The host name '" + host + "' has an empty label (two dots in a row,"
                        + " or a dot at the start or end).");
            }
            if (label.length() > MAX_LABEL_LENGTH) {
                throw new InvalidEnodeException("The host name '" + host + "' has a label longer than 63 characters.");
            }
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                if (!(isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-')) {
                    throw new InvalidEnodeException("The host name '" + host + "' contains '" + c
                            + "', which is not allowed in a DNS name (letters, digits and hyphens only).");
                }
            }
            if (label.charAt(0) == '-' || label.charAt(label.length() - 1) == '-') {
                throw new InvalidEnodeException("The host name '" + host
                        + "' has a label that starts or ends with a hyphen.");
            }
        }
        if (labels[labels.length - 1].chars().allMatch(HostNames::isDigit)) {
            throw new InvalidEnodeException("The host name '" + host + "' ends in an all-numeric label.");
        }
        return host.toLowerCase(Locale.ROOT);
    }

    private static String invalidIpv4(String host) {
        throw new InvalidEnodeException("The host '" + host + "' is not a valid IPv4 address (four numbers"
                + " 0-255 without leading zeros, separated by dots).");
    }

    /** The four octets of a strict dotted-quad IPv4 literal in {@code s[from, to)}, or null. */
    private static int[] canonicalIpv4(String s, int from, int to) {
        String[] parts = s.substring(from, to).split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        int[] octets = new int[4];
        for (int i = 0; i < 4; i++) {
            String part = parts[i];
            if (part.isEmpty() || part.length() > 3 || (part.length() > 1 && part.charAt(0) == '0')
                    || !part.chars().allMatch(HostNames::isDigit)) {
                return null;
            }
            octets[i] = Integer.parseInt(part);
            if (octets[i] > 255) {
                return null;
            }
        }
        return octets;
    }

    /** The RFC 5952 form of an IPv6 literal given without brackets. */
    static String canonicalIpv6(String host) {
        if (host.indexOf('%') >= 0) {
            throw new InvalidEnodeException("The IPv6 address [" + host + "] has a zone id ('%...'), which a"
                    + " node's public address cannot have.");
        }
        int[] groups = ipv6Groups(host);
        if (groups == null) {
            throw new InvalidEnodeException("The host [" + host + "] is not a valid IPv6 address.");
        }
        return format(groups);
    }

    private static int[] ipv6Groups(String s) {
        int gap = s.indexOf("::");
        if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        List<Integer> head = groups(gap < 0 ? s : s.substring(0, gap), gap < 0);
        List<Integer> tail = gap < 0 ? List.of() : groups(s.substring(gap + 2), true);
        if (head == null || tail == null) {
            return null;
        }
        int count = head.size() + tail.size();
        if (gap < 0 ? count != 8 : count > 7) {
            return null;
        }
        int[] all = new int[8];
        for (int i = 0; i < head.size(); i++) {
            all[i] = head.get(i);
        }
        for (int i = 0; i < tail.size(); i++) {
            all[8 - tail.size() + i] = tail.get(i);
        }
        return all;
    }

    private static List<Integer> groups(String part, boolean mayEndInIpv4) {
        List<Integer> groups = new ArrayList<>();
        if (part.isEmpty()) {
            return groups;
        }
        String[] pieces = part.split(":", -1);
        for (int i = 0; i < pieces.length; i++) {
            String piece = pieces[i];
            if (mayEndInIpv4 && i == pieces.length - 1 && piece.indexOf('.') >= 0) {
                int[] v4 = canonicalIpv4(piece, 0, piece.length());
                if (v4 == null) {
                    return null;
                }
                groups.add(v4[0] << 8 | v4[1]);
                groups.add(v4[2] << 8 | v4[3]);
            } else if (piece.isEmpty() || piece.length() > 4 || !piece.chars().allMatch(HostNames::isHex)) {
                return null;
            } else {
                groups.add(Integer.parseInt(piece, 16));
            }
        }
        return groups;
    }

    /** RFC 5952: lower-case hex, no leading zeros, the first longest run of two or more zero groups as "::". */
    private static String format(int[] groups) {
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; i++) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = Math.max(i, j);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLength - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(groups[i]));
        }
        return out.toString();
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHex(int c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
