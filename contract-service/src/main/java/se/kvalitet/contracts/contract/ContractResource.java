package se.kvalitet.contracts.contract;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.kvalitet.contracts.assessment.JudgedResult;
import se.kvalitet.contracts.measure.Measure;
import se.kvalitet.contracts.unit.KnownUnit;
import se.kvalitet.platform.period.Period;
import se.kvalitet.platform.query.Filter;
import se.kvalitet.platform.query.Paging;
import se.kvalitet.platform.query.Params;
import se.kvalitet.platform.security.Caller;
import se.kvalitet.platform.security.Roles;
import se.kvalitet.platform.web.ConflictProblem;
import se.kvalitet.platform.web.InvalidInputException;

@Path("/api/v1/contracts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts")
@RolesAllowed({ Roles.AGENCY_OFFICER, Roles.SUPERVISOR, Roles.MUNICIPALITY, Roles.PROVIDER })
public class ContractResource {

    static final String REQUIREMENT_CODE = "[A-Za-z0-9_.-]{1,40}";

    /** A contract an agency officer opens by hand for a unit and period; requirements default to those NOT_MET in the period. */
    public record OpenContract(@NotNull UUID unitId, @NotNull @Size(max = 10) String period,
            @Size(max = 50) List<@NotNull @jakarta.validation.constraints.Pattern(regexp = REQUIREMENT_CODE, message = "must be a requirement code") String> requirements) {
    }

    public record MeasureInput(@NotNull @Size(max = 40) String measureCode,
            @DecimalMin(value = "0", message = "must not be negative") @Digits(integer = 10, fraction = 2) BigDecimal estimatedCost) {
    }

    public record MilestoneInput(@Size(max = 40) String measureCode, @NotBlank @Size(max = 500) String description,
            @NotNull LocalDate dueDate) {
    }

    public record FinancingInput(@NotNull @Min(0) @Max(100) Integer statePercent, @NotNull @Min(0) @Max(100) Integer principalPercent) {
    }

    /**
     * A draft's new terms. Every field is required except milestones: without them, each measure
     * gets one milestone due one policy milestone period after the start date.
     */
    public record EditDraft(@NotNull @Min(0) Integer version, @NotNull @Size(max = 50) List<@NotNull @Valid MeasureInput> measures,
            @Size(max = 100) List<@NotNull @Valid MilestoneInput> milestones, @NotNull @Valid FinancingInput financing,
            @NotNull LocalDate startDate, @NotNull LocalDate endDate) {
    }

    @Inject
    ContractAccess access;

    @Inject
    ContractLifecycle lifecycle;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "List contracts; a principal sees its own, a municipality also those it is counterparty to")
    public Paging.Page<ContractView> list(@QueryParam("status") String status, @QueryParam("unitId") String unitId,
            @QueryParam("principal") String principal, @QueryParam("municipality") String municipality,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        Filter filter = access.visible()
                .equal("status", Params.enumValue(ContractStatus.class, "status", status))
                .equal("unitId", Params.uuid("unitId", unitId))
                .equal("principalOrgNumber", Params.orgNumber("principal", principal))
                .equal("municipalityCode", Params.municipalityCode("municipality", municipality));
        return paging.of(Contract.find(filter.orderBy("createdAt desc, id"), filter.parameters()), ContractView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One contract: its parties, measures with each party's share of the cost, milestones, dates and signatures")
    public ContractView get(@PathParam("id") String id) {
        return ContractView.of(access.find(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AGENCY_OFFICER)
    @Transactional
    @Operation(summary = "Open a contract by hand for a unit and period, pre-filled like one drafted for a breach; the unit must have no open contract")
    public Response open(@NotNull @Valid OpenContract request) {
        try {
            Period.parse(request.period());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("period", e.getMessage());
        }
        KnownUnit unit = KnownUnit.findById(request.unitId());
        if (unit == null) {
            throw new InvalidInputException("unitId", "is not a unit the registry has announced");
        }
        if (!unit.isActive()) {
            throw new ConflictProblem("unitId", "the unit is " + unit.status + "; a contract is opened only for an active unit");
        }
        Contract open = ContractLifecycle.openContractOf(unit.id);
        if (open != null) {
            throw new ConflictProblem("unitId", "the unit already has contract " + open.id + " in progress (" + open.status + ")");
        }
        List<String> requirements = request.requirements() == null || request.requirements().isEmpty()
                ? JudgedResult.<JudgedResult>list("unitId = ?1 and period = ?2 and outcome = 'NOT_MET' order by requirementCode",
                        unit.id, request.period()).stream().map(r -> r.requirementCode).toList()
                : request.requirements().stream().distinct().toList();
        if (requirements.isEmpty()) {
            throw new InvalidInputException("requirements", "no requirement of the unit was NOT_MET in " + request.period()
                    + "; name the requirements the contract remedies");
        }
        Contract contract = lifecycle.draft(unit, request.period(), requirements);
        return Response.created(URI.create("/api/v1/contracts/" + contract.id)).entity(ContractView.of(contract)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AGENCY_OFFICER)
    @Transactional
    @Operation(summary = "Edit a DRAFT: its measures (costs default to the catalogue's), milestones, financing split and dates; version is the one read (409 if it changed since)")
    public ContractView edit(@PathParam("id") String id, @NotNull @Valid EditDraft request) {
        Contract contract = access.find(id);
        List<ContractRules.EditedMeasure> measures = request.measures().stream().map(m -> {
            Measure catalogued = Measure.findById(m.measureCode());
            return catalogued == null ? new ContractRules.EditedMeasure(m.measureCode(), null, BigDecimal.ZERO)
                    : new ContractRules.EditedMeasure(m.measureCode(), catalogued.title,
                            m.estimatedCost() == null ? catalogued.estimatedCost : m.estimatedCost());
        }).toList();
        java.time.Period milestonePeriod = lifecycle.termsOf(contract).milestonePeriod();
        List<ContractRules.EditedMilestone> milestones = request.milestones() == null
                ? measures.stream().map(m -> new ContractRules.EditedMilestone(m.measureCode(),
                        "Measure " + m.measureCode() + " carried out: " + m.title(), request.startDate().plus(milestonePeriod))).toList()
                : request.milestones().stream().map(m -> new ContractRules.EditedMilestone(m.measureCode(), m.description().trim(),
                        m.dueDate())).toList();
        lifecycle.revise(contract, new ContractRules.Editing(contract, request.version(), request.financing().statePercent(),
                request.financing().principalPercent(), request.startDate(), request.endDate(), measures, milestones));
        return ContractView.of(contract);
    }

    @POST
    @Path("/{id}/issue")
    @RolesAllowed(Roles.AGENCY_OFFICER)
    @Transactional
    @Operation(summary = "Issue a DRAFT for signing; the signing deadline is today plus the policy's signing period")
    public ContractView issue(@PathParam("id") String id) {
        Contract contract = access.find(id);
        lifecycle.issue(contract);
        return ContractView.of(contract);
    }

    @POST
    @Path("/{id}/signatures")
    @RolesAllowed({ Roles.AGENCY_OFFICER, Roles.MUNICIPALITY, Roles.PROVIDER })
    @Transactional
    @Operation(summary = "Sign an ISSUED contract for your party: a user of the principal's organisation, of the counterparty municipality, or an agency officer for the agency. SIGNED when both have signed, ACTIVE from the start date")
    public ContractView sign(@PathParam("id") String id) {
        Contract contract = access.find(id);
        boolean agency = caller.is(Roles.AGENCY_OFFICER);
        lifecycle.sign(contract, new Contract.Signatory(agency, agency ? null : caller.requiredOrganisation().digits(), caller.name()));
        return ContractView.of(contract);
    }

    @GET
    @Path("/{id}/events")
    @Operation(summary = "The contract's timeline, oldest first: every event it went through and who or what made it happen")
    public Paging.Page<TimelineEntry.View> timeline(@PathParam("id") String id, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        Contract contract = access.find(id);
        return paging.of(TimelineEntry.find("contractId = ?1 order by seq", contract.id), TimelineEntry::view);
    }
}
