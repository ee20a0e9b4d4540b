package eu.mobilisesme.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceAddressTest {

    @Test
    void anIpv4AddressIsItsOwnKey() {
        assertThat(SourceAddress.key("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(SourceAddress.key("203.0.113.8")).isNotEqualTo(SourceAddress.key("203.0.113.7"));
    }

    @Test
    void anIpv6AddressCountsByItsSlash64() {
        String key = SourceAddress.key("2001:db8:1:2:3:4:5:6");
        assertThat(SourceAddress.key("2001:db8:1:2:ffff:ffff:ffff:1")).isEqualTo(key);
        assertThat(SourceAddress.key("2001:0db8:0001:0002::9")).as("however it is written").isEqualTo(key);
        assertThat(SourceAddress.key("2001:db8:1:3:3:4:5:6")).as("the next /64 is another subscriber")
                .isNotEqualTo(key);
    }

    @Test
    void anIpv4MappedIpv6AddressIsTheIpv4Address() {
        assertThat(SourceAddress.key("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
    }

    @Test
    void whatIsNoAddressIsKeptAsItIsAndNeverLookedUp() {
        assertThat(SourceAddress.key("unknown")).isEqualTo("unknown");
        assertThat(SourceAddress.key("_hidden-proxy")).isEqualTo("_hidden-proxy");
        assertThat(SourceAddress.key("localhost")).isEqualTo("localhost");
        assertThat(SourceAddress.key(null)).isEqualTo("unknown");
    }
}
