package eu.mobilisesme.common.api;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * An RFC 9457 problem details document. Extension members ({@code code}, {@code requestId}, {@code errors} and those
 * a domain exception adds) sit at the top level, as the RFC recommends. Jackson writes it by reflection (exception
 * mappers and HTTP routes return it, no resource method does), so it is registered for the native image.
 */
@RegisterForReflection(targets = { Problem.class, Problem.FieldError.class })
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "type", "title", "status", "detail", "instance", "code", "requestId", "errors" })
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field of a request, named as the client spells it (JSON property path). */
    public record FieldError(String field, String message) {
    }

    private final ProblemType problemType;
    private final String detail;
    private final String instance;
    private final String code;
    private final String requestId;
    private final List<FieldError> errors;
    private final Map<String, Object> extensions;

    private Problem(ProblemType problemType, String detail, String instance, String code, String requestId,
            List<FieldError> errors, Map<String, Object> extensions) {
        this.problemType = problemType;
        this.detail = detail;
        this.instance = instance;
        this.code = code;
        this.requestId = requestId;
        this.errors = errors;
        this.extensions = extensions;
    }

    public static Problem of(ProblemType type, String detail, String instance, String requestId) {
        return new Problem(type, detail, instance, null, requestId, null, Map.of());
    }

    public Problem withCode(String newCode) {
        return new Problem(problemType, detail, instance, newCode, requestId, errors, extensions);
    }

    public Problem withErrors(List<FieldError> newErrors) {
        return new Problem(problemType, detail, instance, code, requestId, List.copyOf(newErrors), extensions);
    }

    public Problem withExtensions(Map<String, Object> newExtensions) {
        return new Problem(problemType, detail, instance, code, requestId, errors,
                new LinkedHashMap<>(newExtensions));
    }

    public URI getType() {
        return problemType.type();
    }

    public String getTitle() {
        return problemType.title();
    }

    public int getStatus() {
        return problemType.status();
    }

    public String getDetail() {
        return detail;
    }

    public String getInstance() {
        return instance;
    }

    public String getCode() {
        return code;
    }

    public String getRequestId() {
        return requestId;
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    @JsonAnyGetter
    public Map<String, Object> getExtensions() {
        return extensions;
    }
}
