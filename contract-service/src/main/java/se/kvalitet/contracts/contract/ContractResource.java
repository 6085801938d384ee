package se.kvalitet.contracts.contract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.panache.common.Parameters;
import se.kvalitet.contracts.infra.Caller;
import se.kvalitet.contracts.infra.InvalidInputException;
import se.kvalitet.contracts.infra.NotFoundProblem;
import se.kvalitet.contracts.infra.Paging;

@Path("/api/v1/contracts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts")
@RolesAllowed({ Caller.AGENCY_OFFICER, Caller.SUPERVISOR, Caller.MUNICIPALITY, Caller.PROVIDER })
public class ContractResource {

    public record ContractView(UUID contractId, UUID unitId, String period, ContractStatus status, ContractEvents.Principal principal,
            Counterparty counterparty, String municipalityCode, String area, List<String> breachedRequirements,
            String cancellationReason, Instant createdAt, Instant updatedAt, long version) {
        static ContractView of(Contract c) {
            return new ContractView(c.id, c.unitId, c.period, c.status,
                    new ContractEvents.Principal(c.principalOrgNumber, c.principalName, c.principalKind), c.counterparty(),
                    c.municipalityCode, c.area, List.copyOf(c.breachedRequirements), c.cancellationReason, c.createdAt, c.updatedAt,
                    c.version);
        }
    }

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "List contracts; a principal sees its own, a municipality also those it is counterparty to")
    public Paging.Page<ContractView> list(@QueryParam("status") String status, @QueryParam("unitId") String unitId,
            @QueryParam("principal") String principal, @QueryParam("municipality") String municipality,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        addVisibility(where, parameters);
        if (status != null) {
            where.add("status = :status");
            try {
                parameters.and("status", ContractStatus.valueOf(status));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("status", "must be one of " + List.of(ContractStatus.values()));
            }
        }
        if (unitId != null) {
            where.add("unitId = :unitId");
            parameters.and("unitId", uuid("unitId", unitId));
        }
        if (principal != null) {
            where.add("principalOrgNumber = :principal");
            parameters.and("principal", principal.replace("-", ""));
        }
        if (municipality != null) {
            where.add("municipalityCode = :municipality");
            parameters.and("municipality", municipality);
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where) + " ") + "order by createdAt desc, id";
        var found = Contract.<Contract>find(query, parameters);
        return paging.page(found.page(paging.page(), paging.size()).list().stream().map(ContractView::of).toList(), found.count());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One contract")
    public ContractView get(@PathParam("id") String id) {
        List<String> where = new ArrayList<>(List.of("id = :id"));
        Parameters parameters = Parameters.with("id", uuid("id", id));
        addVisibility(where, parameters);
        Contract contract = Contract.<Contract>find(String.join(" and ", where), parameters).firstResult();
        if (contract == null) {
            throw new NotFoundProblem("Contract " + id);
        }
        return ContractView.of(contract);
    }

    /** Principals see their own contracts; a municipality also those where it is the counterparty. */
    private void addVisibility(List<String> where, Parameters parameters) {
        if (caller.seesAllOrganisations()) {
            return;
        }
        parameters.and("own", caller.requiredOrgNumber());
        if (caller.is(Caller.MUNICIPALITY)) {
            where.add("(principalOrgNumber = :own or counterpartyMunicipalityCode in "
                    + "(select u.principalHomeMunicipality from KnownUnit u where u.principalOrgNumber = :own))");
        } else {
            where.add("principalOrgNumber = :own");
        }
    }

    private static UUID uuid(String field, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "must be a UUID");
        }
    }
}
