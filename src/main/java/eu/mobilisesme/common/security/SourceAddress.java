package eu.mobilisesme.common.security;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

import io.netty.util.NetUtil;

/**
 * The key of a source address's budget. An IPv6 address counts by its /64, the block a provider hands one
 * subscriber, as one host can pick any address of it at will and would otherwise get a fresh budget for each.
 */
final class SourceAddress {

    private static final int IPV6_SUBSCRIBER_BYTES = 8;

    private SourceAddress() {
    }

    /**
     * {@code host} is the connection's address, or the one a trusted proxy forwarded, which may be anything (RFC 7239
     * allows {@code unknown} and made-up names): only an IP literal is parsed, so nothing is ever looked up in DNS.
     */
    static String key(String host) {
        if (host == null) {
            return "unknown";
        }
        byte[] literal = NetUtil.createByteArrayFromIpAddressString(host);
        if (literal == null) {
            return host;
        }
        try {
            // An IPv4-mapped IPv6 literal comes back as the IPv4 address it maps.
            InetAddress address = InetAddress.getByAddress(literal);
            if (!(address instanceof Inet6Address)) {
                return address.getHostAddress();
            }
            byte[] block = Arrays.copyOf(Arrays.copyOf(literal, IPV6_SUBSCRIBER_BYTES), literal.length);
            return InetAddress.getByAddress(block).getHostAddress() + "/64";
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException("An address of 4 or 16 bytes is always valid", impossible);
        }
    }
}
