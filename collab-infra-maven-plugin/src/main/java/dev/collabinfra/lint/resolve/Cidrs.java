package dev.collabinfra.lint.resolve;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code Fn::Cidr}: {@code count} consecutive subnets of {@code cidrBits} host bits from the start
 * of an IPv4 or IPv6 block, or why CloudFormation would refuse the arguments.
 */
final class Cidrs {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})/(\\d{1,2})");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f]{0,4}(:[0-9A-Fa-f]{0,4}){2,7}/\\d{1,3}");

    /** The subnets, or the reason they cannot be made. */
    record Result(List<String> subnets, String problem) {}

    private Cidrs() {}

    static Result split(String block, int count, int cidrBits) {
        java.util.regex.Matcher m4 = IPV4.matcher(block);
        boolean v4 = m4.matches();
        if (v4) {
            for (int i = 1; i <= 4; i++) {
                if (Integer.parseInt(m4.group(i)) > 255) {
                    return new Result(null, "'" + block + "' is not a CIDR block such as 10.0.0.0/16");
                }
            }
        }
        // only literal addresses reach InetAddress (no name lookup): checked by the two patterns
        if (!v4 && !IPV6.matcher(block).matches()) {
            return new Result(null, "'" + block + "' is not a CIDR block such as 10.0.0.0/16");
        }
        int slash = block.indexOf('/');
        int width = v4 ? 32 : 128;
        int prefix = Integer.parseInt(block.substring(slash + 1));
        BigInteger address;
        try {
            if (prefix > width) {
                return new Result(null, "'" + block + "' has a prefix longer than " + width + " bits");
            }
            byte[] bytes = InetAddress.getByName(block.substring(0, slash)).getAddress();
            if (bytes.length * 8 != width) {
                return new Result(null, "'" + block + "' is not a CIDR block such as 10.0.0.0/16");
            }
            address = new BigInteger(1, bytes);
        } catch (UnknownHostException | NumberFormatException e) {
            return new Result(null, "'" + block + "' is not a CIDR block such as 10.0.0.0/16");
        }
        if (count < 1 || count > 256) {
            return new Result(null, "the count " + count + " must be 1 to 256");
        }
        if (cidrBits < 1 || cidrBits > width) {
            return new Result(null, "the subnet size of " + cidrBits + " host bits must be 1 to " + width);
        }
        int subnetPrefix = width - cidrBits;
        if (subnetPrefix < prefix) {
            return new Result(null, "subnets of " + cidrBits + " host bits (/" + subnetPrefix + ") are larger than the block "
                    + block);
        }
        BigInteger available = BigInteger.ONE.shiftLeft(subnetPrefix - prefix);
        if (available.compareTo(BigInteger.valueOf(count)) < 0) {
            return new Result(null, "the block " + block + " holds only " + available + " subnets of /" + subnetPrefix + ", not "
                    + count);
        }
        BigInteger mask = BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE)
                .xor(BigInteger.ONE.shiftLeft(width - prefix).subtract(BigInteger.ONE));
        BigInteger network = address.and(mask);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            BigInteger start = network.add(BigInteger.valueOf(i).shiftLeft(cidrBits));
            out.add(format(start, v4) + "/" + subnetPrefix);
        }
        return new Result(out, null);
    }

    private static String format(BigInteger address, boolean v4) {
        byte[] raw = address.toByteArray();
        int size = v4 ? 4 : 16;
        byte[] bytes = new byte[size];
        int copy = Math.min(raw.length, size);
        System.arraycopy(raw, raw.length - copy, bytes, size - copy, copy);
        try {
            String text = InetAddress.getByAddress(bytes).getHostAddress();
            return v4 ? text : compress(text);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Java prints 2001:db8:0:0:0:0:0:0; CloudFormation prints 2001:db8::. */
    private static String compress(String full) {
        String[] groups = full.split(":");
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < groups.length; ) {
            if (groups[i].equals("0")) {
                int j = i;
                while (j < groups.length && groups[j].equals("0")) {
                    j++;
                }
                if (j - i > bestLength) {
                    bestStart = i;
                    bestLength = j - i;
                }
                i = j;
            } else {
                i++;
            }
        }
        if (bestStart < 0) {
            return full;
        }
        String head = String.join(":", java.util.Arrays.copyOfRange(groups, 0, bestStart));
        String tail = String.join(":", java.util.Arrays.copyOfRange(groups, bestStart + bestLength, groups.length));
        return head + "::" + tail;
    }
}
