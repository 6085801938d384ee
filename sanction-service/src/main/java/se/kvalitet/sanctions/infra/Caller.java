package se.kvalitet.sanctions.infra;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is calling: the user, the role they act in and, for organisations, their org number. */
@RequestScoped
public class Caller {

    public static final String AGENCY_OFFICER = "agency-officer";
    public static final String MUNICIPALITY = "municipality";
    public static final String PROVIDER = "provider";
    public static final String SUPERVISOR = "supervisor";
    public static final String INDICATOR_PUBLISHER = "indicator-publisher";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public String name() {
        return identity.getPrincipal().getName();
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    /** Agency staff, supervisors and publishers see every organisation's data. */
    public boolean seesAllOrganisations() {
        return is(AGENCY_OFFICER) || is(SUPERVISOR) || is(INDICATOR_PUBLISHER);
    }

    /** The caller's organisation number from the token, or null when it carries none. */
    public String orgNumber() {
        Object claim = token.getClaim("org_number");
        return claim == null ? null : claim.toString().replace("\"", "");
    }

    /** The organisation number an organisation user must carry; 403 when the token lacks it. */
    public String requiredOrgNumber() {
        String orgNumber = orgNumber();
        if (orgNumber == null || !orgNumber.matches("\\d{10}")) {
            throw new ForbiddenProblem("token carries no valid org_number claim");
        }
        return orgNumber;
    }
}
