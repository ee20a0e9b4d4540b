package eu.mobilisesme.webhook.domain;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * A block of IP addresses in CIDR notation ({@code 10.0.0.0/8}, {@code fc00::/7}); a bare address is a block of one.
 * Parsing never looks a name up: only address literals are accepted.
 */
public final class NetworkRange {

    private final byte[] network;
    private final int prefixLength;
    private final String text;

    private NetworkRange(byte[] network, int prefixLength, String text) {
        this.network = network;
        this.prefixLength = prefixLength;
        this.text = text;
    }

    /** Parses {@code address/prefix} or a bare address; throws IllegalArgumentException naming the value. */
    public static NetworkRange parse(String cidr) {
        String value = cidr.strip();
        int slash = value.indexOf('/');
        String address = slash < 0 ? value : value.substring(0, slash);
        byte[] bytes = literal(address, cidr);
        int length = bytes.length * 8;
        if (slash >= 0) {
            try {
                length = Integer.parseInt(value.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw invalid(cidr);
            }
            if (length < 0 || length > bytes.length * 8) {
                throw invalid(cidr);
            }
        }
        return new NetworkRange(bytes, length, value);
    }

    /** Whether {@code address} lies in this block (an IPv4 address never lies in an IPv6 block, nor the reverse). */
    public boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        if (candidate.length != network.length) {
            return false;
        }
        int whole = prefixLength / 8;
        for (int i = 0; i < whole; i++) {
            if (candidate[i] != network[i]) {
                return false;
            }
        }
        int rest = prefixLength % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xff << (8 - rest)) & 0xff;
        return (candidate[whole] & mask) == (network[whole] & mask);
    }

    /** An IP literal's bytes: IPv4 needs its four dotted parts, IPv6 a colon, so no name is ever resolved. */
    private static byte[] literal(String address, String cidr) {
        boolean ipv4 = address.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
        boolean ipv6 = address.contains(":") && address.matches("[0-9A-Fa-f:.]+");
        if (!ipv4 && !ipv6) {
            throw invalid(cidr);
        }
        try {
            return InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException e) {
            throw invalid(cidr);
        }
    }

    private static IllegalArgumentException invalid(String cidr) {
        return new IllegalArgumentException("'" + cidr + "' is not an IP address or CIDR block such as 10.0.0.0/8");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NetworkRange range && range.prefixLength == prefixLength
                && Arrays.equals(range.network, network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefixLength;
    }

    @Override
    public String toString() {
        return text;
    }
}
