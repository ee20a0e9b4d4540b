package eu.mobilisesme.common.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A request made safe to repeat by its {@code Idempotency-Key}: keys belong to the token subject that sent them, and
 * the digest of the operation and its canonical content tells a true repeat from a different request.
 */
public record IdempotentRequest(String subject, String key, String operation, String digest) {

    /** {@code content}: a canonical text of what the request asks, e.g. the fields of its body in a fixed order. */
    public static IdempotentRequest of(Actor actor, String key, String operation, String content) {
        return new IdempotentRequest(actor.subject(), key, operation, sha256(operation + '\n' + content));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
