package se.kvalitet.platform.security;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import se.kvalitet.platform.organisation.OrganisationNumber;
import se.kvalitet.platform.web.ForbiddenProblem;

/** Who is calling: the token's subject and user name, the realm roles they hold and, for organisations, their org number. */
@RequestScoped
public class Caller {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    /** The token's subject ({@code sub}), stable even if the user is renamed. */
    public String subject() {
        String subject = token.getSubject();
        return subject == null ? name() : subject;
    }

    /** The user name a person would recognise ({@code preferred_username}). */
    public String name() {
        return identity.getPrincipal().getName();
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    /** The Kvalitet roles the caller holds, in the order of {@link Roles#ALL}. */
    public List<String> roles() {
        return Roles.ALL.stream().filter(this::is).toList();
    }

    /** Agency staff, supervisors and publishers see every organisation's data. */
    public boolean seesAllOrganisations() {
        return is(Roles.AGENCY_OFFICER) || is(Roles.SUPERVISOR) || is(Roles.INDICATOR_PUBLISHER);
    }

    /** The organisation the token names in {@code org_number}, if it names a valid one. */
    public Optional<OrganisationNumber> organisation() {
        Object claim = token.getClaim("org_number");
        String digits = claim == null ? null : claim.toString().replace("\"", "");
        return OrganisationNumber.problemWith(digits) == null ? Optional.of(OrganisationNumber.parse(digits)) : Optional.empty();
    }

    /** The organisation an organisation user acts for; 403 when the token names none. */
    public OrganisationNumber requiredOrganisation() {
        return organisation().orElseThrow(() -> new ForbiddenProblem("token carries no valid org_number claim"));
    }
}
