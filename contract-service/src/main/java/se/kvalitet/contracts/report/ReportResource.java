package se.kvalitet.contracts.report;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

import se.kvalitet.contracts.contract.Contract;
import se.kvalitet.contracts.contract.ContractAccess;
import se.kvalitet.contracts.contract.ContractEvents;
import se.kvalitet.contracts.contract.ContractLifecycle;
import se.kvalitet.contracts.contract.ContractRules;
import se.kvalitet.contracts.contract.ContractView;
import se.kvalitet.contracts.contract.MeasureStatus;
import se.kvalitet.platform.query.Paging;
import se.kvalitet.platform.security.Caller;
import se.kvalitet.platform.security.Roles;

@Path("/api/v1/contracts/{id}/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Remediation reports")
public class ReportResource {

    private static final Logger LOG = Logger.getLogger(ReportResource.class);

    public record MeasureReport(@NotNull @Size(max = 40) String measureCode, @NotNull MeasureStatus status,
            @NotNull @DecimalMin(value = "0", message = "must not be negative") @Digits(integer = 10, fraction = 2) BigDecimal spentToDate,
            @NotBlank @Size(max = 500) String narrative) {
    }

    /** In one request: per measure its status, the money spent on it so far and a short narrative; and the milestones now done. */
    public record Report(@NotNull @Size(max = 50) List<@NotNull @Valid MeasureReport> measures,
            @NotNull @Size(max = 100) List<@NotNull UUID> milestonesDone) {
    }

    @Inject
    ContractAccess access;

    @Inject
    ContractLifecycle lifecycle;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MUNICIPALITY, Roles.PROVIDER })
    @Transactional
    @Operation(summary = "Report remediation on a SIGNED or ACTIVE contract (the unit's principal only); the contract is FULFILLED once every milestone is done and every breached requirement is MET in a later period")
    public Response report(@PathParam("id") String id, @NotNull @Valid Report request) {
        Contract contract = access.find(id);
        String reporter = caller.requiredOrganisation().digits();
        List<ContractRules.ReportedMeasure> lines = request.measures().stream()
                .map(m -> new ContractRules.ReportedMeasure(m.measureCode(), m.status(), m.spentToDate(), m.narrative().trim())).toList();
        ContractView before = ContractView.of(contract);
        contract.report(new ContractRules.Reporting(contract, reporter, lines, request.milestonesDone()), lifecycle.today(), clock.instant());

        RemediationReport report = new RemediationReport();
        report.id = UUID.randomUUID();
        report.contractId = contract.id;
        report.reportedAt = clock.instant();
        report.reportedBy = caller.name();
        report.reporterOrgNumber = reporter;
        for (ContractRules.ReportedMeasure line : lines) {
            RemediationReport.Line stored = new RemediationReport.Line();
            stored.measureCode = line.measureCode();
            stored.status = line.status();
            stored.spentToDate = line.spentToDate().setScale(2);
            stored.narrative = line.narrative();
            report.measures.add(stored);
        }
        report.milestonesDone.addAll(request.milestonesDone());
        report.persist();
        int open = (int) contract.milestones.stream().filter(m -> !m.isDone()).count();
        lifecycle.reported(contract, before, new ContractEvents.RemediationReported(contract.id, contract.unitId, report.id,
                lines.stream().map(l -> new ContractEvents.ReportedMeasure(l.measureCode(), l.status())).toList(),
                List.copyOf(request.milestonesDone()), open));
        LOG.infof("Remediation report %s on contract %s by %s", report.id, contract.id, reporter);
        return Response.created(URI.create("/api/v1/contracts/" + contract.id + "/reports")).entity(ReportView.of(report)).build();
    }

    @GET
    @RolesAllowed({ Roles.AGENCY_OFFICER, Roles.SUPERVISOR, Roles.MUNICIPALITY, Roles.PROVIDER })
    @Operation(summary = "The contract's remediation reports, newest first: for its parties, the agency and supervisors")
    public Paging.Page<ReportView> list(@PathParam("id") String id, @QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        Contract contract = access.find(id);
        return paging.of(RemediationReport.find("contractId = ?1 order by reportedAt desc, id", contract.id), ReportView::of);
    }
}
