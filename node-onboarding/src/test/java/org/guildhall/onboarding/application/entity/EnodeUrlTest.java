package org.guildhall.onboarding.application.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnodeUrlTest {

    /** The public key of private key 1 on secp256k1, i.e. the generator G. */
    static final String ID = "79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"
            + "483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8";

    @Test
    void parsesIpv4EnodeWithoutDiscoveryPort() {
        EnodeUrl enode = EnodeUrl.parse("enode://" + ID + "@10.1.2.3:30303");

        assertThat(enode.nodeId()).isEqualTo(ID);
        assertThat(enode.host()).isEqualTo("10.1.2.3");
        assertThat(enode.hostKind()).isEqualTo(EnodeUrl.HostKind.IPV4);
        assertThat(enode.port()).isEqualTo(30303);
        assertThat(enode.discoveryPort()).isEqualTo(30303);
        assertThat(enode).hasToString("enode://" + ID + "@10.1.2.3:30303");
    }

    @Test
    void parsesIpv6EnodeIntoCompressedLowerCaseForm() {
        EnodeUrl enode = EnodeUrl.parse("enode://" + ID + "@[2001:DB8:0:0:0:0:0:0001]:30303");

        assertThat(enode.host()).isEqualTo("2001:db8::1");
        assertThat(enode.hostKind()).isEqualTo(EnodeUrl.HostKind.IPV6);
        assertThat(enode.hostForUrl()).isEqualTo("[2001:db8::1]");
        assertThat(enode).hasToString("enode://" + ID + "@[2001:db8::1]:30303");
    }

    @ParameterizedTest
    @CsvSource({"::1, ::1", "::, ::", "1::, 1::", "::ffff:10.0.0.1, ::ffff:a00:1", "1:0:0:2:0:0:0:3, 1:0:0:2::3",
            "1:0:0:2:3:0:0:4, 1::2:3:0:0:4", "fe80:0:0:0:1:2:3:4, fe80::1:2:3:4"})
    void canonicalisesIpv6AsRfc5952(String written, String canonical) {
        assertThat(EnodeUrl.parse("enode://" + ID + "@[" + written + "]:1").host()).isEqualTo(canonical);
    }

    @Test
    void parsesDnsNameInLowerCaseAndUpperCaseNodeId() {
        EnodeUrl enode = EnodeUrl.parse("ENODE://" + ID.toUpperCase() + "@Node-1.Example.ORG:30303?discport=30301");

        assertThat(enode.nodeId()).isEqualTo(ID);
        assertThat(enode.host()).isEqualTo("node-1.example.org");
        assertThat(enode.hostKind()).isEqualTo(EnodeUrl.HostKind.DNS);
        assertThat(enode.discoveryPort()).isEqualTo(30301);
        assertThat(enode).hasToString("enode://" + ID + "@node-1.example.org:30303?discport=30301");
        assertThat(EnodeUrl.parse(enode.toString())).isEqualTo(enode);
    }

    @Test
    void dropsDiscoveryPortEqualToPortFromCanonicalForm() {
        assertThat(EnodeUrl.parse("enode://" + ID + "@localhost:30303?discport=30303"))
                .hasToString("enode://" + ID + "@localhost:30303")
                .isEqualTo(EnodeUrl.parse("enode://" + ID + "@localhost:30303"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', value = {
            "''| The enode URL is empty.",
            "http://ID@1.2.3.4:1| The enode URL must start with enode://.",
            "'enode://ID@1.2.3.4:1 '| The enode URL contains a space or control character at position 147.",
            "'enode://ID@1.2.3.4:1\t'| The enode URL contains a space or control character at position 147.",
            "'enode://ID@1.2.3.4:1\u0000'| The enode URL contains a space or control character at position 147.",
            "enode://ID@1.2.3.4:1#x| The enode URL must not have a fragment ('#...').",
            "enode://1.2.3.4:30303| The enode URL has no node id: expected enode://<128 hex digits>@host:port.",
            "enode://ID@evil.org@1.2.3.4:1| The enode URL contains more than one '@'.",
            "enode://ID:secret@1.2.3.4:1| The node id (before the '@') contains ':', which is not a hexadecimal digit.",
            "enode://abc@1.2.3.4:1| The node id must be exactly 128 hexadecimal digits (found 3).",
            "enode://ID@1.2.3.4:1/path| The enode URL must not have a path after host:port.",
            "enode://ID@1.2.3.4| The enode URL has no port: expected host:port after the '@'.",
            "enode://ID@:30303| The enode URL has no host before the port.",
            "enode://ID@1.2.3.4:0| The port must be a number from 1 to 65535 without leading zeros (found '0').",
            "enode://ID@1.2.3.4:65536| The port must be a number from 1 to 65535 without leading zeros (found '65536').",
            "enode://ID@1.2.3.4:030303| The port must be a number from 1 to 65535 without leading zeros (found '030303').",
            "enode://ID@1.2.3.4:+1| The port must be a number from 1 to 65535 without leading zeros (found '+1').",
            "enode://ID@1.2.3.4:| The port is empty.",
            "enode://ID@1.2.3.4:1?| The enode URL has an empty query ('?' with nothing after it).",
            "enode://ID@1.2.3.4:1?raft=1| The only query parameter allowed is discport (found 'raft').",
            "enode://ID@1.2.3.4:1?discport=2&x=1| The enode URL has more than one query parameter; only discport is allowed.",
            "enode://ID@1.2.3.4:1?discport=99999| The discport must be a number from 1 to 65535 without leading zeros (found '99999').",
            "enode://ID@1.2.3.04:1| The host '1.2.3.04' is not a valid IPv4 address (four numbers 0-255 without leading zeros, separated by dots).",
            "enode://ID@256.1.1.1:1| The host '256.1.1.1' is not a valid IPv4 address (four numbers 0-255 without leading zeros, separated by dots).",
            "enode://ID@1.2.3:1| The host '1.2.3' is not a valid IPv4 address (four numbers 0-255 without leading zeros, separated by dots).",
            "enode://ID@2001:db8::1:1| An IPv6 host must be written in brackets, like [2001:db8::1]:30303.",
            "enode://ID@[2001:db8::1:1| The IPv6 address has no closing ']'.",
            "enode://ID@[2001:db8::1]| The enode URL has no port: expected [IPv6 address]:port after the '@'.",
            "enode://ID@[2001:db8::1]x:1| The enode URL has unexpected characters between ']' and the port.",
            "enode://ID@[1::2::3]:1| The host [1::2::3] is not a valid IPv6 address.",
            "enode://ID@[1:2:3:4:5:6:7]:1| The host [1:2:3:4:5:6:7] is not a valid IPv6 address.",
            "enode://ID@[fe80::1%eth0]:1| The IPv6 address [fe80::1%eth0] has a zone id ('%...'), which a node's public address cannot have.",
            "enode://ID@node_1.example.org:1| The host name 'node_1.example.org' contains '_', which is not allowed in a DNS name (letters, digits and hyphens only).",
            "enode://ID@-node.example.org:1| The host name '-node.example.org' has a label that starts or ends with a hyphen.",
            "enode://ID@node..example.org:1| The host name 'node..example.org' has an empty label (two dots in a row, or a dot at the start or end).",
            "enode://ID@example.org.:1| The host name 'example.org.' has an empty label (two dots in a row, or a dot at the start or end).",
            "enode://ID@0x7f.1:1| The host name '0x7f.1' ends in an all-numeric label.",
    })
    void rejectsMalformedEnodeWithPreciseMessage(String url, String message) {
        assertThatThrownBy(() -> EnodeUrl.parse(url.replace("ID", ID)))
                .isInstanceOf(InvalidEnodeException.class)
                .hasMessage(message);
    }

    @Test
    void rejectsNonAsciiHostAndOverlongUrl() {
        assertThatThrownBy(() -> EnodeUrl.parse("enode://" + ID + "@bücher.example:1"))
                .hasMessage("The enode URL contains a non-ASCII character at position 139 (write host names in their"
                        + " punycode form).");
        assertThatThrownBy(() -> EnodeUrl.parse("enode://" + ID + "@" + "a".repeat(400) + ".org:1"))
                .hasMessage("The enode URL is longer than 512 characters.");
        assertThatThrownBy(() -> EnodeUrl.parse("enode://" + ID + "@" + "a".repeat(64) + ".org:1"))
                .hasMessageContaining("has a label longer than 63 characters");
        assertThatThrownBy(() -> EnodeUrl.parse(null)).isInstanceOf(InvalidEnodeException.class);
    }

    @Test
    void refusesToConstructNonCanonicalValue() {
        assertThatThrownBy(() -> new EnodeUrl(ID.toUpperCase(), "1.2.3.4", 1, 1))
                .isInstanceOf(InvalidEnodeException.class);
        assertThatThrownBy(() -> new EnodeUrl(ID, "Example.org", 1, 1)).isInstanceOf(InvalidEnodeException.class);
        assertThatThrownBy(() -> new EnodeUrl(ID, "::0:1", 1, 1)).isInstanceOf(InvalidEnodeException.class);
        assertThatThrownBy(() -> new EnodeUrl(ID, "1.2.3.4", 1, 0)).isInstanceOf(InvalidEnodeException.class);
    }

    @Test
    void checksNodeIdIsOnSecp256k1() {
        assertThat(EnodeUrl.parse("enode://" + ID + "@1.2.3.4:1").hasValidSecp256k1Key()).isTrue();
        String offCurve = ID.substring(0, 127) + "9";
        assertThat(EnodeUrl.parse("enode://" + offCurve + "@1.2.3.4:1").hasValidSecp256k1Key()).isFalse();
    }

    @Test
    void identifiesDeclaredNodeKeyInAnyEncoding() {
        EnodeUrl enode = EnodeUrl.parse("enode://" + ID + "@1.2.3.4:1");

        assertThat(enode.identifiesNodeKey("04" + ID)).isTrue();
        assertThat(enode.identifiesNodeKey("0279BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798")).isTrue();
        assertThat(enode.identifiesNodeKey("0379be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798")).isFalse();
        assertThat(enode.identifiesNodeKey("not a key")).isFalse();
    }
}
