package dev.collabinfra.lint.rules.services;

import java.math.BigInteger;
import java.util.Optional;

/**
 * IPv4 and IPv6 addresses parsed by hand, never through {@code InetAddress} (which would look a
 * name up in DNS). IPv4 is four decimal octets without leading zeros; IPv6 is RFC 4291 text, with
 * {@code ::} and an IPv4 tail, and no zone id (as Python's ipaddress, which cfn-lint uses).
 */
public final class IpAddresses {

    private IpAddresses() {}

    public static Optional<BigInteger> ipv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        long value = 0;
        for (String part : parts) {
            if (!part.matches("\\d{1,3}") || Integer.parseInt(part) > 255 || (part.length() > 1 && part.startsWith("0"))) {
                return Optional.empty();
            }
            value = value * 256 + Integer.parseInt(part);
        }
        return Optional.of(BigInteger.valueOf(value));
    }

    public static Optional<BigInteger> ipv6(String text) {
        if (text.isEmpty() || text.contains("%")) {
            return Optional.empty();
        }
        int ipv4Tail = 0;
        BigInteger tail = null;
        int lastColon = text.lastIndexOf(':');
        if (lastColon >= 0 && text.substring(lastColon + 1).contains(".")) {
            Optional<BigInteger> v4 = ipv4(text.substring(lastColon + 1));
            if (v4.isEmpty()) {
                return Optional.empty();
            }
            tail = v4.get();
            ipv4Tail = 2;
            String before = text.substring(0, lastColon + 1);
            text = before.endsWith("::") ? before : before.substring(0, before.length() - 1);
        }
        int doubleColon = text.indexOf("::");
        if (doubleColon >= 0 && text.indexOf("::", doubleColon + 1) >= 0) {
            return Optional.empty();
        }
        String[] head;
        String[] rest;
        if (doubleColon >= 0) {
            String h = text.substring(0, doubleColon);
            String r = text.substring(doubleColon + 2);
            head = h.isEmpty() ? new String[0] : h.split(":", -1);
            rest = r.isEmpty() ? new String[0] : r.split(":", -1);
        } else {
            head = text.split(":", -1);
            rest = new String[0];
        }
        int groups = head.length + rest.length + ipv4Tail;
        if (doubleColon < 0 ? groups != 8 : groups > 7) {
            return Optional.empty();
        }
        BigInteger value = BigInteger.ZERO;
        int written = 0;
        for (String g : head) {
            if (!g.matches("[0-9a-fA-F]{1,4}")) {
                return Optional.empty();
            }
            value = value.shiftLeft(16).or(BigInteger.valueOf(Integer.parseInt(g, 16)));
            written++;
        }
        int zeros = 8 - ipv4Tail - head.length - rest.length;
        value = value.shiftLeft(16 * zeros);
        written += zeros;
        for (String g : rest) {
            if (!g.matches("[0-9a-fA-F]{1,4}")) {
                return Optional.empty();
            }
            value = value.shiftLeft(16).or(BigInteger.valueOf(Integer.parseInt(g, 16)));
            written++;
        }
        if (tail != null) {
            value = value.shiftLeft(32).or(tail);
            written += 2;
        }
        return written == 8 ? Optional.of(value) : Optional.empty();
    }

    public static String format(BigInteger address, boolean ipv6) {
        if (!ipv6) {
            long v = address.longValue();
            return (v >> 24 & 255) + "." + (v >> 16 & 255) + "." + (v >> 8 & 255) + "." + (v & 255);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 7; i >= 0; i--) {
            out.append(Integer.toHexString(address.shiftRight(16 * i).intValue() & 0xffff));
            if (i > 0) {
                out.append(':');
            }
        }
        return out.toString().replaceFirst("(^|:)0(:0)+(:|$)", "::").replaceFirst(":::", "::");
    }
}
