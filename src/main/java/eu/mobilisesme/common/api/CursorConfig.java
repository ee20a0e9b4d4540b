package eu.mobilisesme.common.api;

import io.smallrye.config.ConfigMapping;

/**
 * How list cursors are signed. The key has no default in production ({@code CURSOR_SIGNING_KEY}): the service
 * refuses to start without one, and every instance behind a load balancer must share it.
 */
@ConfigMapping(prefix = "mobilisesme.cursor")
public interface CursorConfig {

    String signingKey();
}
