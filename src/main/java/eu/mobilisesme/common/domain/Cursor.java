package eu.mobilisesme.common.domain;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * A keyset position: the sort key and id of the last item of a page. It is opaque to clients (base64url), so the
 * sort may change without breaking them; a cursor they tampered with is a 400, never a 500.
 */
public record Cursor(String sortKey, UUID id) {

    private static final char SEPARATOR = '\u001f';

    public String encode() {
        byte[] raw = (sortKey + SEPARATOR + id).getBytes(StandardCharsets.UTF_8);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    public static Cursor decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int split = raw.lastIndexOf(SEPARATOR);
            return new Cursor(raw.substring(0, split), UUID.fromString(raw.substring(split + 1)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new InvalidRequestException("The cursor is not one this service issued.");
        }
    }
}
