package eu.mobilisesme.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import eu.mobilisesme.common.domain.BusinessRuleException;

/** A webhook URL lies under a prefix by its parsed scheme, host, port and path, never by its text. */
class WebhookUrlTest {

    @ParameterizedTest(name = "{0} under {1}: {2}")
    @CsvSource({
        "https://portal.example/hooks, https://portal.example, true",
        "https://portal.example, https://portal.example/, true",
        "https://PORTAL.example./hooks, https://portal.example, true",
        "https://portal.example:443/hooks, https://portal.example, true",
        "https://portal.example/hooks/a, https://portal.example/hooks, true",
        "https://portal.example/hooks, https://portal.example/hooks, true",
        "https://portal.example/hooks/a?x=1, https://portal.example/hooks/, true",
        "https://portal.example.evil/hooks, https://portal.example, false",
        "https://evil.example/portal.example, https://portal.example, false",
        "https://portal.example/hooks2, https://portal.example/hooks, false",
        "https://portal.example/hook, https://portal.example/hooks, false",
        "https://portal.example:8443/hooks, https://portal.example, false",
        "http://portal.example/hooks, https://portal.example, false",
        "https://sub.portal.example/hooks, https://portal.example, false",
        "https://portal.example/hooks, not a url, false" })
    void liesUnderAPrefixByItsParts(String url, String prefix, boolean under) {
        assertThat(WebhookUrl.parse(url, true).isUnderAnyOf(List.of(prefix))).isEqualTo(under);
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://portal.example/hooks", "ftp://portal.example/hooks",
        "https://user:pass@portal.example/hooks", "https://portal.example/hooks#x", "https://portal.example/a/../b",
        "https://portal.example/a/%2e%2e/b", "https://portal.example:0/", "/relative/path", "https://",
        "https://portal example/" })
    void isRefusedInAnyOtherForm(String url) {
        assertThatThrownBy(() -> WebhookUrl.parse(url, false)).isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).code()).isEqualTo("WEBHOOK_URL_NOT_ALLOWED");
    }

    @Test
    void plainHttpOnlyWhenAllowed() {
        assertThat(WebhookUrl.parse("http://localhost:8081/in", true).secure()).isFalse();
        assertThatThrownBy(() -> WebhookUrl.parse("http://localhost:8081/in", false))
                .hasMessage("The webhook URL must use https.");
    }

    @Test
    void namesItsHostPortAndRequestTarget() {
        WebhookUrl url = WebhookUrl.parse("https://[2001:db8::1]:8443/in/hooks?portal=eures", false);
        assertThat(url.host()).isEqualTo("2001:db8::1");
        assertThat(url.port()).isEqualTo(8443);
        assertThat(url.pathAndQuery()).isEqualTo("/in/hooks?portal=eures");
        assertThat(url.secure()).isTrue();
        assertThat(WebhookUrl.parse("https://portal.example", false).pathAndQuery()).isEqualTo("/");
        assertThat(WebhookUrl.parse("https://portal.example", false).port()).isEqualTo(443);
    }
}
