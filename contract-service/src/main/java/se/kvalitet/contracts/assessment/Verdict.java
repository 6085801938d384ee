package se.kvalitet.contracts.assessment;

import java.util.List;

/** The outcome of a holistic assessment (samlad bedömning) of one unit for one period. */
public record Verdict(Kind kind, List<String> requirements) {

    public enum Kind {
        NO_BREACH,
        /** Enough requirements NOT_MET: a quality contract is needed. */
        BREACH,
        /** A critical requirement NOT_MET: no contract, straight to the supervisory authority. */
        HEALTH_RISK
    }

    public static Verdict noBreach() {
        return new Verdict(Kind.NO_BREACH, List.of());
    }
}
