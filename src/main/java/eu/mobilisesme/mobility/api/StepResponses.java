package eu.mobilisesme.mobility.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The responses of every step of an application: 403 when the reader's part does not allow the step, 409 (with
 * {@code currentStatus} and {@code allowedActions}) when the status does not, 412 when {@code If-Match} names an older
 * version, 422 when a programme rule fails.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@APIResponse(responseCode = "200", description = "The application after the step.", headers = @Header(ref = "ETag"),
        content = @Content(schema = @Schema(implementation = ApplicationResponses.Application.class)))
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "403", ref = "Forbidden")
@APIResponse(responseCode = "404", ref = "NotFound")
@APIResponse(responseCode = "409", ref = "Conflict")
@APIResponse(responseCode = "412", ref = "PreconditionFailed")
@APIResponse(responseCode = "413", ref = "PayloadTooLarge")
@APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
@APIResponse(responseCode = "422", ref = "UnprocessableContent")
@interface StepResponses {
}
