package se.kvalitet.contracts.contract;

/**
 * The other party of a contract (DESIGN.md §1.3): the national agency when the principal is a
 * municipality; the affected municipality, where the unit operates, when it is private. A
 * municipality's organisation number comes from the registry's principal announcements, so it
 * may still be unknown (null) when a contract is drafted.
 */
public record Counterparty(Kind kind, String name, String municipalityCode, String orgNumber) {

    public enum Kind {
        AGENCY,
        MUNICIPALITY
    }

    public static final String AGENCY_NAME = "Socialstyrelsen";
}
