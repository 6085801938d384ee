package se.kvalitet.contracts.contract;

/**
 * The other party of a contract (DESIGN.md §1.3): the national agency when the principal is a
 * municipality; the affected municipality, where the unit operates, when it is private.
 */
public record Counterparty(Kind kind, String name, String municipalityCode) {

    public enum Kind {
        AGENCY,
        MUNICIPALITY
    }

    public static final String AGENCY_NAME = "Socialstyrelsen";

    public static Counterparty forUnit(boolean municipalPrincipal, String unitMunicipalityCode) {
        return municipalPrincipal
                ? new Counterparty(Kind.AGENCY, AGENCY_NAME, null)
                : new Counterparty(Kind.MUNICIPALITY, null, unitMunicipalityCode);
    }
}
