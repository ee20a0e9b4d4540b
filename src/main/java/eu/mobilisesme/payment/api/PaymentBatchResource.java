package eu.mobilisesme.payment.api;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.Cancellable;

import eu.mobilisesme.common.api.InvalidParameterException;
import eu.mobilisesme.common.domain.Roles;
import eu.mobilisesme.common.security.CurrentActor;
import eu.mobilisesme.payment.bankfile.InvalidStatusReportException;
import eu.mobilisesme.payment.bankfile.Pain002Reader;
import eu.mobilisesme.payment.domain.BatchFile;
import eu.mobilisesme.payment.service.BankFiles;
import eu.mobilisesme.payment.service.PaymentBatches;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

@Cancellable(false)
@Path("/api/v1/payment-batches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Payments")
public class PaymentBatchResource {

    private static final String XML = "application/xml";

    private final PaymentBatches service;
    private final BankFiles files;
    private final CurrentActor currentActor;
    private final Vertx vertx;

    public PaymentBatchResource(PaymentBatches service, BankFiles files, CurrentActor currentActor, Vertx vertx) {
        this.service = service;
        this.files = files;
        this.currentActor = currentActor;
        this.vertx = vertx;
    }

    @POST
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(operationId = "createPaymentBatch", summary = "Put the caller's approved payments into a bank file",
            description = "Every approved payment of the caller's facilitator is marked exported into one batch, "
                    + "atomically, paid from the facilitator's bank account (422 BANK_ACCOUNT_MISSING without one). "
                    + "422 NOTHING_TO_EXPORT when none is approved; EXECUTION_DATE_IN_PAST.")
    @APIResponse(responseCode = "201", description = "The batch; its file is at `file`.",
            headers = @Header(ref = "Location"),
            content = @Content(schema = @Schema(implementation = PaymentBatchResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<RestResponse<PaymentBatchResponse>> create(@Valid @NotNull PaymentBatchRequest request) {
        return service.export(currentActor.get(), request.requestedExecutionDate())
                .map(batch -> RestResponse.ResponseBuilder
                        .<PaymentBatchResponse>created(URI.create("/api/v1/payment-batches/" + batch.getId()))
                        .entity(PaymentBatchResponse.from(batch))
                        .build());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.FACILITATOR, Roles.PROGRAMME_ADMIN })
    @Operation(operationId = "getPaymentBatch", summary = "Read a payment batch")
    @APIResponse(responseCode = "200", description = "The batch.",
            content = @Content(schema = @Schema(implementation = PaymentBatchResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<PaymentBatchResponse> get(@PathParam("id") UUID id) {
        return service.get(currentActor.get(), id).map(PaymentBatchResponse::from);
    }

    @GET
    @Path("/{id}/file")
    @Blocking
    @Produces(XML)
    @RolesAllowed({ Roles.FACILITATOR, Roles.PROGRAMME_ADMIN })
    @Operation(operationId = "getPaymentBatchFile",
            summary = "The batch's ISO 20022 pain.001.001.09 credit-transfer file, for the facilitator's bank",
            description = "Streamed as it is written, on a worker thread; the same file every time.")
    @APIResponse(responseCode = "200", description = "The file.",
            content = @Content(mediaType = XML, schema = @Schema(type = SchemaType.STRING, maxLength = 100_000_000)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    public RestResponse<StreamingOutput> file(@PathParam("id") UUID id) {
        BatchFile file = files.batch(currentActor.get(), id);
        return RestResponse.ResponseBuilder.ok((StreamingOutput) out -> files.write(file, out), XML)
                .header("Content-Disposition", "attachment; filename=\"" + file.header().messageId() + ".xml\"")
                .build();
    }

    @POST
    @Path("/{id}/status-reports")
    @Consumes({ XML, "text/xml" })
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(operationId = "importPaymentStatusReport",
            summary = "Import the bank's pain.002 status report of the batch (paying facilitator)",
            description = "Settled transactions (ACSC, ACCC) become paid, rejected ones (RJCT) failed with the "
                    + "bank's reason code; others stay as they are. A report is imported once: the same report "
                    + "again changes nothing. 422 REPORT_NOT_FOR_BATCH; 400 INVALID_STATUS_REPORT.")
    @RequestBody(content = @Content(mediaType = XML, schema = @Schema(type = SchemaType.STRING,
            maxLength = 262_144)))
    @APIResponse(responseCode = "200", description = "What the report changed.",
            content = @Content(schema = @Schema(implementation = StatusReportResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<StatusReportResponse> importStatusReport(@PathParam("id") UUID id, byte[] report) {
        // Parsing blocks; the import that follows runs back on the request's event loop, in its transaction.
        return vertx.executeBlocking(Uni.createFrom().item(() -> Pain002Reader.read(new ByteArrayInputStream(report))))
                .onFailure(InvalidStatusReportException.class).transform(invalid -> new InvalidParameterException(
                        "body", "is not a usable pain.002 status report: " + invalid.getMessage(),
                        "INVALID_STATUS_REPORT"))
                .flatMap(parsed -> service.importStatusReport(currentActor.get(), id, parsed))
                .map(StatusReportResponse::from);
    }
}
