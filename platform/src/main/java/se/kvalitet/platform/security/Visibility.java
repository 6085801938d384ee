package se.kvalitet.platform.security;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import se.kvalitet.platform.organisation.OrganisationNumber;
import se.kvalitet.platform.query.Filter;

/**
 * What the caller may see, said once for every resource and query: agency staff, supervisors and
 * publishers see everything; a provider sees what its own organisation is principal of; a
 * municipality sees that too, and everything that happens in its municipality.
 */
@RequestScoped
public class Visibility {

    private final Caller caller;
    private final OrganisationDirectory directory;

    public Visibility(Caller caller, OrganisationDirectory directory) {
        this.caller = caller;
        this.directory = directory;
    }

    /**
     * The condition that narrows a query to what the caller may see.
     *
     * @param principalProperty the property holding the principal's organisation number
     * @param municipalityProperty the property holding the municipality the record concerns
     */
    public Filter.Condition of(String principalProperty, String municipalityProperty) {
        if (caller.seesAllOrganisations()) {
            return Filter.Condition.NONE;
        }
        OrganisationNumber own = caller.requiredOrganisation();
        Optional<String> home = caller.is(Roles.MUNICIPALITY) ? directory.homeMunicipalityOf(own) : Optional.empty();
        if (home.isEmpty()) {
            return new Filter.Condition(principalProperty + " = :visibleOwn", Map.of("visibleOwn", own.digits()));
        }
        return new Filter.Condition("(" + principalProperty + " = :visibleOwn or " + municipalityProperty + " = :visibleHome)",
                Map.of("visibleOwn", own.digits(), "visibleHome", home.get()));
    }
}
