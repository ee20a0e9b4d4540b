package eu.mobilisesme.common.api;

import java.util.List;
import java.util.Map;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import eu.mobilisesme.common.domain.AccessDeniedException;
import eu.mobilisesme.common.domain.BusinessRuleException;
import eu.mobilisesme.common.domain.ConflictException;
import eu.mobilisesme.common.domain.DomainException;
import eu.mobilisesme.common.domain.ResourceNotFoundException;
import eu.mobilisesme.common.domain.StaleVersionException;
import eu.mobilisesme.common.domain.VersionRequiredException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;

/**
 * The one table from exception to problem+json response. Everything a resource, the framework or the database can
 * throw ends here; nothing leaves the service as a stack trace or a class name.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private static final Map<Class<? extends DomainException>, ProblemType> DOMAIN_TYPES = Map.of(
            ResourceNotFoundException.class, ProblemType.NOT_FOUND,
            BusinessRuleException.class, ProblemType.BUSINESS_RULE_VIOLATED,
            ConflictException.class, ProblemType.CONFLICT,
            AccessDeniedException.class, ProblemType.FORBIDDEN,
            StaleVersionException.class, ProblemType.PRECONDITION_FAILED,
            VersionRequiredException.class, ProblemType.PRECONDITION_REQUIRED);

    private final ResourceMethods resourceMethods;

    public ProblemMappers(ResourceMethods resourceMethods) {
        this.resourceMethods = resourceMethods;
    }

    @ServerExceptionMapper
    public RestResponse<Problem> domain(DomainException e, HttpServerRequest request) {
        Problem problem = Problems.of(domainType(e), e.getMessage(), request)
                .withCode(e.code())
                .withExtensions(e.details());
        return Problems.response(problem);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> validation(ConstraintViolationException e, HttpServerRequest request) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(fieldName(violation), violation.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        Problem problem = Problems.of(ProblemType.VALIDATION_FAILED, "The request has invalid fields.", request)
                .withErrors(errors);
        return Problems.response(problem);
    }

    @ServerExceptionMapper({ JsonProcessingException.class, JsonParseException.class,
            MismatchedInputException.class, InvalidFormatException.class, UnrecognizedPropertyException.class })
    public RestResponse<Problem> malformedJson(JsonProcessingException e, HttpServerRequest request) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = jsonPath(mapping.getPath());
            String message = e instanceof UnrecognizedPropertyException ? "is not a known field"
                    : "has a value of the wrong type or format";
            Problem problem = Problems.of(ProblemType.VALIDATION_FAILED, "The request has invalid fields.", request)
                    .withErrors(List.of(new Problem.FieldError(field, message)));
            return Problems.response(problem);
        }
        return Problems.response(Problems.of(ProblemType.MALFORMED_REQUEST,
                "The request body is not valid JSON.", request));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> invalidParameter(InvalidParameterException e, HttpServerRequest request) {
        Problem problem = Problems.of(ProblemType.INVALID_PARAMETER, e.parameter() + " " + e.reason() + ".", request)
                .withCode(e.code())
                .withErrors(List.of(new Problem.FieldError(e.parameter(), e.reason())));
        return Problems.response(problem);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> framework(WebApplicationException e, HttpServerRequest request) {
        Response original = e.getResponse();
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json, request);
        }
        if (e.getCause() instanceof InvalidParameterException invalid) {
            return invalidParameter(invalid, request);
        }
        if ((e instanceof NotFoundException || e instanceof BadRequestException) && e.getCause() != null) {
            // JAX-RS answers 404 (path, query) or 400 (header) when a value does not convert; it is the client's
            // mistake, not a missing resource. The converter's own message may name classes, so it is not quoted.
            return Problems.response(Problems.of(ProblemType.INVALID_PARAMETER,
                    "A path, query or header parameter has a value that cannot be read.", request));
        }
        ProblemType type = ProblemType.forStatus(original.getStatus());
        RestResponse<Problem> response = Problems.response(Problems.of(type, frameworkDetail(type), request));
        String allow = original.getHeaderString(HttpHeaders.ALLOW);
        if (allow == null && type == ProblemType.METHOD_NOT_ALLOWED) {
            allow = resourceMethods.allowedAt(request.path());
        }
        if (allow != null) {
            response.getHeaders().putSingle(HttpHeaders.ALLOW, allow);
        }
        return response;
    }

    @ServerExceptionMapper({ AuthenticationFailedException.class, UnauthorizedException.class })
    public RestResponse<Problem> unauthenticated(RuntimeException e, HttpServerRequest request) {
        RestResponse<Problem> response = Problems.response(Problems.of(ProblemType.UNAUTHENTICATED,
                "A valid bearer token is required.", request));
        response.getHeaders().putSingle(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return response;
    }

    @ServerExceptionMapper
    public RestResponse<Problem> forbidden(ForbiddenException e, HttpServerRequest request) {
        return Problems.response(Problems.of(ProblemType.FORBIDDEN,
                "Your role does not allow this operation.", request));
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public RestResponse<Problem> concurrentUpdate(RuntimeException e, HttpServerRequest request) {
        return concurrentModification(request);
    }

    private static RestResponse<Problem> concurrentModification(HttpServerRequest request) {
        return Problems.response(Problems.of(ProblemType.CONFLICT,
                "Someone else changed this resource at the same time; fetch it again and retry.", request)
                .withCode("CONCURRENT_MODIFICATION"));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unexpected(Throwable e, HttpServerRequest request) {
        if (DatabaseFailures.isUnavailable(e)) {
            LOG.warnf("Database unavailable: %s", e.toString());
            return Problems.response(Problems.of(ProblemType.SERVICE_UNAVAILABLE,
                    "The database is not reachable; retry later.", request));
        }
        if (DatabaseFailures.isConcurrentWrite(e)) {
            return concurrentModification(request);
        }
        if (DatabaseFailures.isDuplicate(e)) {
            return Problems.response(Problems.of(ProblemType.CONFLICT,
                    "The same resource was just created by another request.", request).withCode("DUPLICATE"));
        }
        LOG.error("Unexpected error", e);
        return Problems.response(Problems.of(ProblemType.INTERNAL_ERROR,
                "An unexpected error occurred; quote the request id when you report it.", request));
    }

    private static ProblemType domainType(DomainException e) {
        for (Class<?> type = e.getClass(); type != DomainException.class; type = type.getSuperclass()) {
            ProblemType problemType = DOMAIN_TYPES.get(type);
            if (problemType != null) {
                return problemType;
            }
        }
        throw new IllegalStateException("No problem type for " + e.getClass().getSimpleName());
    }

    private static String frameworkDetail(ProblemType type) {
        return switch (type) {
            case NOT_FOUND -> "No resource at this path.";
            case METHOD_NOT_ALLOWED -> "This resource does not support the method.";
            case NOT_ACCEPTABLE -> "This resource cannot produce the media type asked for in Accept.";
            case UNSUPPORTED_MEDIA_TYPE -> "This resource does not accept the request's Content-Type.";
            case PAYLOAD_TOO_LARGE -> "The request body is larger than the service accepts.";
            default -> type.title() + ".";
        };
    }

    /** {@code register.request.address.city} becomes {@code address.city}: the client's view of the field. */
    static String fieldName(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameterName = null;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {
                }
                case PARAMETER -> parameterName = node.getName();
                default -> {
                    if (node.isInIterable()) {
                        Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                        field.append('[').append(position).append(']');
                    }
                    if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                        field.append(field.isEmpty() ? "" : ".").append(node.getName());
                    }
                }
            }
        }
        return field.isEmpty() && parameterName != null ? parameterName : field.toString();
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
