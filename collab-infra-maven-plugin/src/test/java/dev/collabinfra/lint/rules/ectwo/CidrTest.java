package dev.collabinfra.lint.rules.ectwo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CIDR parsing as EC2 (and Python's strict ipaddress, which cfn-lint uses) reads it. */
class CidrTest {

    @ParameterizedTest(name = "{0} ipv6={1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "10.0.0.0/16|false|ok",
        "0.0.0.0/0|false|ok",
        "192.168.1.0/0|false|host bits",
        "10.0.0.1/16|false|host bits",
        "10.0.0.1/32|false|ok",
        "10.0.0.0/33|false|prefix length",
        "10.0.0.0|false|no '/prefix'",
        "10.0.0.256/32|false|not an IPv4",
        "010.0.0.0/8|false|not an IPv4",
        "10.0.0/24|false|not an IPv4",
        "::/0|true|ok",
        "2001:db8::/32|true|ok",
        "2001:db8::1/64|true|host bits",
        "2001:db8::/129|true|prefix length",
        "2001:db8:::/64|true|not an IPv6",
        "1:2:3:4:5:6:7:8/128|true|ok",
        "1:2:3:4:5:6:7:8:9/128|true|not an IPv6",
        "::ffff:10.0.0.0/120|true|ok",
        "fe80::1%eth0/64|true|not an IPv6",
        "2001:db8::g/64|true|not an IPv6"})
    void judgesNetworks(String text, boolean ipv6, String expected) {
        assertThat(Cidr.problem(text, ipv6).orElse("ok")).contains(expected);
    }

    @ParameterizedTest(name = "{0} within {1}: {2}")
    @CsvSource({
        "10.0.1.0/24, 10.0.0.0/16, true",
        "10.0.0.0/16, 10.0.0.0/16, true",
        "10.0.0.0/15, 10.0.0.0/16, false",
        "10.1.0.0/24, 10.0.0.0/16, false",
        "2001:db8:1::/64, 2001:db8::/32, true",
        "2001:db9::/64, 2001:db8::/32, false",
        "10.0.0.0/24, ::/0, false"})
    void containment(String inner, String outer, boolean within) {
        assertThat(Cidr.parse(inner).orElseThrow().within(Cidr.parse(outer).orElseThrow())).isEqualTo(within);
    }

    @ParameterizedTest(name = "host bits of {0} suggest {1}")
    @CsvSource({"192.168.1.0/0, 0.0.0.0/0", "10.0.0.1/16, 10.0.0.0/16", "2001:db8::1/64, 2001:db8::/64", "2001:db8:0:0:1::/48, 2001:db8::/48"})
    void suggestsTheNetwork(String text, String network) {
        assertThat(Cidr.problem(text, text.contains(":")).orElseThrow()).contains("the network is " + network + " ");
    }
}
