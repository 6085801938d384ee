package se.kvalitet.indicators.imports;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.kvalitet.platform.audit.Actor;
import se.kvalitet.platform.input.PlainValidators;
import se.kvalitet.platform.query.Params;
import se.kvalitet.platform.security.Caller;
import se.kvalitet.platform.security.Roles;
import se.kvalitet.platform.web.Csv;
import se.kvalitet.platform.web.NotFoundProblem;

@Path("/api/v1/results")
@Tag(name = "Result imports")
public class ImportResource {

    private static final List<String> REJECTION_HEADER = List.of("rowNumber", "field", "reason");

    @Inject
    ImportJobs jobs;

    @Inject
    Caller caller;

    /** Checks each row against the constraints of a single result ({@link PlainValidators}). */
    private Validator validator;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper mapper;

    @Inject
    void rowValidator(ValidatorFactory validators) {
        validator = PlainValidators.of(validators);
    }

    @POST
    @Path("/import")
    @Consumes(Csv.MEDIA_TYPE)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.INDICATOR_PUBLISHER, Roles.AGENCY_OFFICER })
    @Operation(summary = "Upload a CSV file of results (header unitId,requirementCode,period,value,sampleSize,source; UTF-8 without a byte-order mark; at most 128 MiB, about 1.5 million rows) to be recorded as an import job. A file that is not well-formed CSV is refused at once with nothing stored; otherwise 202 with the job's URL in Location. Each row is then recorded as a single result is; refused rows can be downloaded from the job")
    @RequestBody(content = @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "202", description = "The job, queued", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ImportJobView.class)))
    public Response importCsv(InputStream body, @HeaderParam(HttpHeaders.CONTENT_LENGTH) String length) {
        ImportJobs.Spooled upload = jobs.spool(body, declared(length), CsvResultFile::check);
        ImportJob job = jobs.submit(ImportJob.Format.CSV, upload, Actor.current(),
                (file, rows) -> CsvResultFile.read(file, rows, validator));
        return Response.accepted(ImportJobView.of(job)).location(URI.create(jobOf(job.id))).build();
    }

    @POST
    @Path("/import/kolada")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.INDICATOR_PUBLISHER, Roles.AGENCY_OFFICER })
    @Operation(summary = "Upload a Kolada v3 values answer ({values: [{kpi, municipality or ou, period, values: [{gender, value, status, ...}]}], count, next_url, previous_url}; at most 128 MiB) to be recorded as an import job: each element's total (gender T) for its year, mapped through the Kolada mapping onto a requirement and a unit. A body that is not such an answer is refused at once with nothing stored; otherwise 202 with the job's URL. Elements without a total value or a mapping are refused by number")
    @APIResponse(responseCode = "202", description = "The job, queued", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ImportJobView.class)))
    public Response importKolada(InputStream body, @HeaderParam(HttpHeaders.CONTENT_LENGTH) String length) {
        ImportJobs.Spooled upload = jobs.spool(body, declared(length), (in, bytesAtMost) -> KoladaFile.check(in, mapper));
        ImportJob job = jobs.submit(ImportJob.Format.KOLADA, upload, Actor.current(),
                (file, rows) -> KoladaFile.read(file, rows, mapper, validator));
        return Response.accepted(ImportJobView.of(job)).location(URI.create(jobOf(job.id))).build();
    }

    @GET
    @Path("/imports/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.INDICATOR_PUBLISHER, Roles.AGENCY_OFFICER })
    @Transactional
    @Operation(summary = "An import job: its state, and rows read, recorded, unchanged and refused so far. Indicator publishers see the jobs they submitted, agency officers all")
    public ImportJobView job(@PathParam("id") String id) {
        return ImportJobView.of(visible(id));
    }

    @GET
    @Path("/imports/{id}/rejections")
    @Produces(Csv.MEDIA_TYPE)
    @RolesAllowed({ Roles.INDICATOR_PUBLISHER, Roles.AGENCY_OFFICER })
    @Transactional
    @Operation(summary = "The rows an import job refused, as CSV (rowNumber,field,reason) in row order, streamed; complete once the job has finished")
    public Response rejections(@PathParam("id") String id) {
        UUID jobId = visible(id).id;
        return Csv.answer(REJECTION_HEADER, () -> rejectedRows(jobId));
    }

    static String jobOf(UUID id) {
        return "/api/v1/results/imports/" + id;
    }

    static String rejectionsOf(UUID id) {
        return jobOf(id) + "/rejections";
    }

    private ImportJob visible(String id) {
        UUID jobId = Params.uuid("id", id);
        ImportJob job = ImportJob.findById(jobId);
        if (job == null || !caller.is(Roles.AGENCY_OFFICER) && !job.submitterSubject.equals(caller.subject())) {
            throw new NotFoundProblem("import job " + id);
        }
        return job;
    }

    private Stream<List<Object>> rejectedRows(UUID jobId) {
        @SuppressWarnings("unchecked")
        Stream<Object[]> rows = entityManager.createNativeQuery(
                "select row_number, field, reason from import_rejection where job_id = ?1 order by row_number")
                .setParameter(1, jobId).setHint("org.hibernate.fetchSize", Csv.CURSOR_FETCH_SIZE)
                .setHint("org.hibernate.readOnly", true).getResultStream();
        return rows.map(List::of);
    }

    private static Long declared(String length) {
        try {
            return length == null ? null : Long.valueOf(length);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
