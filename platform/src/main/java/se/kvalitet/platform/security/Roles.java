package se.kvalitet.platform.security;

import java.util.List;

/** The realm roles of Keycloak realm {@code kvalitet} (DESIGN.md §4), as {@code @RolesAllowed} names them. */
public final class Roles {

    public static final String AGENCY_OFFICER = "agency-officer";
    public static final String MUNICIPALITY = "municipality";
    public static final String PROVIDER = "provider";
    public static final String SUPERVISOR = "supervisor";
    public static final String INDICATOR_PUBLISHER = "indicator-publisher";

    public static final List<String> ALL = List.of(AGENCY_OFFICER, MUNICIPALITY, PROVIDER, SUPERVISOR, INDICATOR_PUBLISHER);

    private Roles() {
    }
}
