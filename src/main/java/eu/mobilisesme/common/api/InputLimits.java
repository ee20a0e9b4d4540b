package eu.mobilisesme.common.api;

/**
 * The bounds that several requests share, so one concept has one limit. Bean Validation enforces them and the
 * contract shows them (SmallRye OpenAPI turns {@code @Size}, {@code @Pattern}, {@code @Min} and {@code @Max} into
 * {@code maxLength}, {@code pattern}, {@code minimum} and {@code maximum}).
 */
public final class InputLimits {

    /** Free text a person writes for the record: a note, a reason, a message. */
    public static final int NOTE = 2000;
    /** A name or title of an organisation, a call or a job. */
    public static final int NAME = 200;
    /** An e-mail address (the longest path RFC 5321 allows). */
    public static final int EMAIL = 254;
    /** A web site's address. */
    public static final int WEB_ADDRESS = 500;
    /** What a web site's address looks like. */
    public static final String WEB_ADDRESS_PATTERN = "https?://\\S+";
    /** The most items one page holds ({@code limit}). */
    public static final int PAGE_SIZE = 100;

    private InputLimits() {
    }
}
