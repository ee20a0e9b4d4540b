package eu.mobilisesme.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

import org.junit.jupiter.api.Test;

/** Signatures are those of the Standard Webhooks specification; secrets have its form. */
class WebhookSignatureTest {

    /** The example of the specification's reference libraries, whose expected signature they all test. */
    @Test
    void signsAsTheStandardWebhooksReferenceDoes() {
        WebhookSecret secret = new WebhookSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        assertThat(WebhookSignature.sign(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330,
                "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void aSecretIsThirtyTwoRandomBytesInBase64AfterWhsec() {
        SecureRandom random = new SecureRandom();
        WebhookSecret first = WebhookSecret.generate(random);
        WebhookSecret second = WebhookSecret.generate(random);
        assertThat(first.value()).matches("whsec_[A-Za-z0-9+/]{43}=");
        assertThat(Base64.getDecoder().decode(first.value().substring(6))).isEqualTo(first.key()).hasSize(32);
        assertThat(first.value()).isNotEqualTo(second.value());
        assertThat(first.toString()).doesNotContain(first.value().substring(6));
    }

    @Test
    void aMessageCarriesTheThreeHeaders() {
        WebhookSecret secret = new WebhookSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        byte[] body = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
        WebhookMessage message = WebhookMessage.signed(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body);
        assertThat(message.headers())
                .containsEntry("webhook-id", "msg_p5jXN8AQM9LWM0D4loKWxJek")
                .containsEntry("webhook-timestamp", "1614265330")
                .containsEntry("webhook-signature", "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }
}
