package eu.mobilisesme.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Webhooks go to public unicast addresses only, unless an operator allows a non-public block. */
class AddressRulesTest {

    private static final AddressRules PUBLIC_ONLY = new AddressRules(List.of());

    @ParameterizedTest
    @ValueSource(strings = { "127.0.0.1", "127.0.0.2", "10.0.0.5", "172.16.0.1", "172.31.255.255", "192.168.1.1",
        "169.254.169.254", "100.64.0.1", "100.127.255.255", "0.0.0.0", "0.1.2.3", "224.0.0.1", "239.255.255.250",
        "255.255.255.255", "240.0.0.1", "192.0.2.10", "198.18.0.1", "::", "::1", "fc00::1", "fd12:3456::1",
        "fe80::1", "ff02::1", "::ffff:10.0.0.1", "::ffff:127.0.0.1", "64:ff9b::a00:1", "2001:db8::1", "2002:a00:1::1",
        "2001::1", "100::1" })
    void refusesEveryNonPublicAddress(String address) throws UnknownHostException {
        assertThat(PUBLIC_ONLY.refusal(InetAddress.getByName(address)))
                .hasValueSatisfying(reason -> assertThat(reason).endsWith(", not a public one"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "8.8.8.8", "1.1.1.1", "172.32.0.1", "172.15.255.255", "100.128.0.1", "192.169.0.1",
        "2001:4860:4860::8888", "2a00:1450:4001::200e" })
    void letsPublicAddressesThrough(String address) throws UnknownHostException {
        assertThat(PUBLIC_ONLY.refusal(InetAddress.getByName(address))).isEmpty();
    }

    @Test
    void namesTheKindOfAddressItRefuses() throws UnknownHostException {
        assertThat(PUBLIC_ONLY.refusal(InetAddress.getByName("169.254.169.254")))
                .hasValue("169.254.169.254 is a link-local address, not a public one");
    }

    @Test
    void letsAnAllowedBlockThroughAndNothingAroundIt() throws UnknownHostException {
        AddressRules rules = new AddressRules(List.of(NetworkRange.parse("127.0.0.1/32"),
                NetworkRange.parse("10.20.0.0/16")));
        assertThat(rules.refusal(InetAddress.getByName("127.0.0.1"))).isEmpty();
        assertThat(rules.refusal(InetAddress.getByName("10.20.255.1"))).isEmpty();
        assertThat(rules.refusal(InetAddress.getByName("127.0.0.2"))).isPresent();
        assertThat(rules.refusal(InetAddress.getByName("10.21.0.1"))).isPresent();
        assertThat(rules.refusal(InetAddress.getByName("::1"))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = { "10.0.0.0/33", "10.0.0/8", "localhost", "example.org/24", "::1/129", "10.0.0.0/x", "" })
    void anAllowedBlockMustBeAnAddressOrCidrBlock(String cidr) {
        assertThatThrownBy(() -> NetworkRange.parse(cidr)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not an IP address or CIDR block");
    }
}
