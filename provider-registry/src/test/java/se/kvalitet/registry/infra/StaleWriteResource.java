package se.kvalitet.registry.infra;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;

import se.kvalitet.platform.security.Roles;
import se.kvalitet.registry.unit.Unit;

/**
 * Test only: writes a unit back as a client would that read it at {@code version}, the way a
 * versioned PUT does, so that ConcurrencyTest can lose a version race through the real stack
 * before any production endpoint updates a versioned entity.
 */
@Path("/test/units/{unitId}/name")
public class StaleWriteResource {

    @PUT
    @RolesAllowed(Roles.AGENCY_OFFICER)
    @Transactional
    @Operation(hidden = true)
    public void rename(@PathParam("unitId") UUID unitId, @QueryParam("version") long version, String name) {
        Unit unit = Unit.findById(unitId);
        Unit.getEntityManager().detach(unit);
        unit.version = version;
        unit.name = name;
        Unit.getEntityManager().merge(unit);
    }
}
