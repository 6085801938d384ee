package se.kvalitet.sanctions.infra;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.quarkus.panache.common.Parameters;

/**
 * Narrows a query on an entity with {@code principalOrgNumber} and {@code municipalityCode} to
 * what the caller may see: its own organisation's, and for a municipality also what happened
 * in it.
 */
@RequestScoped
public class Visibility {

    @Inject
    Caller caller;

    public void restrict(List<String> where, Parameters parameters) {
        if (caller.seesAllOrganisations()) {
            return;
        }
        parameters.and("own", caller.requiredOrgNumber());
        if (caller.is(Caller.MUNICIPALITY)) {
            where.add("(principalOrgNumber = :own or municipalityCode in "
                    + "(select u.principalHomeMunicipality from KnownUnit u where u.principalOrgNumber = :own))");
        } else {
            where.add("principalOrgNumber = :own");
        }
    }
}
