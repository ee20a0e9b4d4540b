package eu.mobilisesme.common.domain;

import java.util.UUID;

/**
 * A keyset position: the sort key and id of the last item of a page. Clients see it only as an opaque, signed token
 * (the API layer encodes it); repositories read the rows after it.
 */
public record Cursor(String sortKey, UUID id) {
}
