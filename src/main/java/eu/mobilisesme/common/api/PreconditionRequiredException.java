package eu.mobilisesme.common.api;

/** A write came without {@code If-Match}; without it the service cannot tell a lost update from a fresh one. */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException() {
        super("Send the resource's ETag in If-Match, so that your change cannot overwrite someone else's.",
                null, false, false);
    }
}
