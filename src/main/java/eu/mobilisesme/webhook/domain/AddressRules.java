package eu.mobilisesme.webhook.domain;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * Where webhooks may be sent: public unicast addresses only, so that a partner cannot make the service call into its
 * own network (SSRF). Loopback, private, link-local (with the cloud metadata address 169.254.169.254), shared (CGNAT),
 * unspecified, multicast, documentation, benchmarking and reserved blocks are refused, and so is every IPv6 address
 * outside global unicast (2000::/3), which takes in unique-local, link-local, multicast and IPv4-mapped addresses.
 * Blocks an operator allows on purpose (a development receiver, a partner on a private link) are let through.
 */
public final class AddressRules {

    /** A block that is not on the public Internet, and what it is. */
    private record Reserved(NetworkRange range, String kind) {

        static Reserved of(String cidr, String kind) {
            return new Reserved(NetworkRange.parse(cidr), kind);
        }
    }

    private static final List<Reserved> RESERVED = List.of(
            Reserved.of("0.0.0.0/8", "an unspecified or \"this network\" address"),
            Reserved.of("10.0.0.0/8", "a private address"),
            Reserved.of("100.64.0.0/10", "a shared (carrier-grade NAT) address"),
            Reserved.of("127.0.0.0/8", "a loopback address"),
            Reserved.of("169.254.0.0/16", "a link-local address"),
            Reserved.of("172.16.0.0/12", "a private address"),
            Reserved.of("192.0.0.0/24", "an IETF protocol address"),
            Reserved.of("192.0.2.0/24", "a documentation address"),
            Reserved.of("192.88.99.0/24", "a 6to4 relay address"),
            Reserved.of("192.168.0.0/16", "a private address"),
            Reserved.of("198.18.0.0/15", "a benchmarking address"),
            Reserved.of("198.51.100.0/24", "a documentation address"),
            Reserved.of("203.0.113.0/24", "a documentation address"),
            Reserved.of("224.0.0.0/4", "a multicast address"),
            Reserved.of("240.0.0.0/4", "a reserved or broadcast address"),
            Reserved.of("::/128", "an unspecified address"),
            Reserved.of("::1/128", "a loopback address"),
            Reserved.of("fc00::/7", "a unique-local (private) address"),
            Reserved.of("fe80::/10", "a link-local address"),
            Reserved.of("ff00::/8", "a multicast address"),
            Reserved.of("2001::/23", "an IETF protocol address"),
            Reserved.of("2001:db8::/32", "a documentation address"),
            Reserved.of("2002::/16", "a 6to4 address"),
            Reserved.of("3fff::/20", "a documentation address"));

    private static final NetworkRange GLOBAL_UNICAST_V6 = NetworkRange.parse("2000::/3");

    private final List<NetworkRange> allowedPrivate;

    /** @param allowedPrivate blocks to allow although they are not public (none in production by default) */
    public AddressRules(List<NetworkRange> allowedPrivate) {
        this.allowedPrivate = List.copyOf(allowedPrivate);
    }

    /** Why a webhook may not be sent to {@code address}, or empty when it may. */
    public Optional<String> refusal(InetAddress address) {
        Optional<String> kind = nonPublicKind(address);
        if (kind.isEmpty() || allowedPrivate.stream().anyMatch(range -> range.contains(address))) {
            return Optional.empty();
        }
        return Optional.of(address.getHostAddress() + " is " + kind.get() + ", not a public one");
    }

    private static Optional<String> nonPublicKind(InetAddress address) {
        for (Reserved reserved : RESERVED) {
            if (reserved.range().contains(address)) {
                return Optional.of(reserved.kind());
            }
        }
        if (!(address instanceof Inet4Address) && !GLOBAL_UNICAST_V6.contains(address)) {
            return Optional.of("an IPv6 address outside global unicast");
        }
        return Optional.empty();
    }
}
