package eu.mobilisesme.common.api;

/**
 * A path or query value the API cannot use, named as the client sent it: {@code sizeClass} with {@code must be one
 * of MICRO, SMALL, MEDIUM, LARGE}. It becomes a 400 invalid-parameter problem whose {@code errors} name the parameter,
 * with {@code code} when the refusal has a stable one (e.g. {@code INVALID_CURSOR}).
 */
public class InvalidParameterException extends IllegalArgumentException {

    private final String parameter;
    private final String reason;
    private final String code;

    public InvalidParameterException(String parameter, String reason) {
        this(parameter, reason, null);
    }

    public InvalidParameterException(String parameter, String reason, String code) {
        super(parameter + " " + reason, null);
        this.parameter = parameter;
        this.reason = reason;
        this.code = code;
    }

    public String parameter() {
        return parameter;
    }

    public String reason() {
        return reason;
    }

    public String code() {
        return code;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
