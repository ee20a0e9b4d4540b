package eu.mobilisesme.webhook.domain;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A subscription's signing secret in the Standard Webhooks form: {@code whsec_} and the base64 of 32 random bytes, the
 * HMAC-SHA256 key. The partner sees it once, when it is made; the service keeps it to sign every delivery.
 */
public record WebhookSecret(String value) {

    private static final String PREFIX = "whsec_";
    private static final int KEY_BYTES = 32;

    public static WebhookSecret generate(SecureRandom random) {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        return new WebhookSecret(PREFIX + Base64.getEncoder().encodeToString(key));
    }

    /** The HMAC key: the bytes the text after {@code whsec_} encodes. */
    public byte[] key() {
        return Base64.getDecoder().decode(value.substring(PREFIX.length()));
    }

    @Override
    public String toString() {
        return PREFIX + "...";
    }
}
