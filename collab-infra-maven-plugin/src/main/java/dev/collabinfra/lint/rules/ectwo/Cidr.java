package dev.collabinfra.lint.rules.ectwo;

import java.math.BigInteger;
import dev.collabinfra.lint.rules.services.IpAddresses;
import java.util.Optional;

/**
 * An IPv4 or IPv6 network written as {@code address/prefix}, parsed without any name lookup.
 * Parsing is strict the way EC2 is: the address must be the network's first address (no host
 * bits set), so {@code 10.0.0.1/16} and {@code 192.168.1.0/0} are not networks.
 */
record Cidr(boolean ipv6, BigInteger address, int prefix) {

    /** Why a text is not a network, or empty when it is one. */
    static Optional<String> problem(String text, boolean ipv6) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            return Optional.of("has no '/prefix' (write e.g. " + (ipv6 ? "2001:db8::/64" : "10.0.0.0/16") + ")");
        }
        Optional<BigInteger> address = ipv6 ? ipv6(text.substring(0, slash)) : ipv4(text.substring(0, slash));
        if (address.isEmpty()) {
            return Optional.of("is not an IP" + (ipv6 ? "v6" : "v4") + " address with a prefix length");
        }
        String p = text.substring(slash + 1);
        int max = ipv6 ? 128 : 32;
        if (!p.matches("\\d{1,3}") || Integer.parseInt(p) > max) {
            return Optional.of("has prefix length '" + p + "'; use 0 to " + max);
        }
        int prefix = Integer.parseInt(p);
        BigInteger network = network(address.get(), prefix, max);
        if (!network.equals(address.get())) {
            String base = format(network, ipv6) + "/" + prefix;
            return Optional.of("has host bits set; the network is " + base + " (or use a longer prefix)");
        }
        return Optional.empty();
    }

    /** The network, when the text is one. */
    static Optional<Cidr> parse(String text) {
        boolean ipv6 = text.contains(":");
        if (problem(text, ipv6).isPresent()) {
            return Optional.empty();
        }
        int slash = text.indexOf('/');
        BigInteger address = (ipv6 ? ipv6(text.substring(0, slash)) : ipv4(text.substring(0, slash))).orElseThrow();
        return Optional.of(new Cidr(ipv6, address, Integer.parseInt(text.substring(slash + 1))));
    }

    private int bits() {
        return ipv6 ? 128 : 32;
    }

    /** True when every address of this network is in {@code other}. */
    boolean within(Cidr other) {
        return ipv6 == other.ipv6 && prefix >= other.prefix && network(address, other.prefix, bits()).equals(other.address);
    }

    boolean overlaps(Cidr other) {
        return within(other) || other.within(this);
    }

    @Override
    public String toString() {
        return format(address, ipv6) + "/" + prefix;
    }

    private static BigInteger network(BigInteger address, int prefix, int bits) {
        BigInteger hostMask = BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE);
        return address.andNot(hostMask);
    }

    static Optional<BigInteger> ipv4(String text) {
        return IpAddresses.ipv4(text);
    }

    static Optional<BigInteger> ipv6(String text) {
        return IpAddresses.ipv6(text);
    }

    static String format(BigInteger address, boolean ipv6) {
        return IpAddresses.format(address, ipv6);
    }
}
