package eu.mobilisesme.common.api;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Singleton;

import eu.mobilisesme.common.domain.Cursor;
import io.quarkus.runtime.Startup;

/**
 * Issues and reads the opaque {@code next} cursors of lists. A cursor holds the position (sort key and id of the last
 * item shown) and an HMAC-SHA256 over the position and the list that issued it, keyed by
 * {@code mobilisesme.cursor.signing-key}. A list therefore accepts only its own cursors: one from another list, one
 * changed by hand or one signed with another key is refused with code INVALID_CURSOR. Every instance that shares the
 * key accepts the others' cursors.
 */
@Startup
@Singleton
public class PageCursors {

    static final String INVALID_CURSOR = "INVALID_CURSOR";
    private static final String ALGORITHM = "HmacSHA256";
    private static final int MIN_KEY_LENGTH = 32;
    private static final char SEPARATOR = '\u001f';
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    public PageCursors(CursorConfig config) {
        String signingKey = config.signingKey();
        if (signingKey.length() < MIN_KEY_LENGTH) {
            throw new IllegalStateException("The cursor signing key (CURSOR_SIGNING_KEY) must have at least "
                    + MIN_KEY_LENGTH + " characters");
        }
        this.key = new SecretKeySpec(signingKey.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The cursor that {@code list} hands out for the page after {@code position}. */
    public String issue(String list, Cursor position) {
        byte[] payload = (position.sortKey() + SEPARATOR + position.id()).getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(list, payload));
    }

    /** The position a cursor of {@code list} names; refuses anything {@code list} did not issue. */
    public Cursor read(String list, String cursor) {
        return read(list, "cursor", cursor);
    }

    /** As {@link #read(String, String)}, for a list that takes its cursor in the query parameter {@code parameter}. */
    public Cursor read(String list, String parameter, String cursor) {
        try {
            int dot = cursor.indexOf('.');
            byte[] payload = DECODER.decode(cursor.substring(0, dot));
            byte[] signature = DECODER.decode(cursor.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, mac(list, payload))) {
                throw invalid(parameter);
            }
            String position = new String(payload, StandardCharsets.UTF_8);
            int split = position.lastIndexOf(SEPARATOR);
            return new Cursor(position.substring(0, split), UUID.fromString(position.substring(split + 1)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw invalid(parameter);
        }
    }

    private byte[] mac(String list, byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(list.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) SEPARATOR);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK has no " + ALGORITHM, e);
        }
    }

    /** The refusal of a cursor given in {@code parameter} that the list did not issue. */
    public static InvalidParameterException invalid(String parameter) {
        return new InvalidParameterException(parameter, "is not one this list issued; start again without it",
                INVALID_CURSOR);
    }
}
