package se.kvalitet.contracts.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the cost of a contract's measures is shared between the state and the principal (DESIGN.md
 * §1.3), in whole percent summing to 100.
 */
public record FinancingSplit(int statePercent, int principalPercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Why the split cannot be used, or null if it can. */
    public static String problemWith(int statePercent, int principalPercent) {
        if (statePercent < 0 || statePercent > 100 || principalPercent < 0 || principalPercent > 100) {
            return "each share must lie between 0 and 100 percent";
        }
        if (statePercent + principalPercent != 100) {
            return "the state's and the principal's shares must sum to 100 percent, not " + (statePercent + principalPercent);
        }
        return null;
    }

    public FinancingSplit {
        String problem = problemWith(statePercent, principalPercent);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** The two shares of a cost in SEK, to the öre; the principal's is what remains, so they always add up to the cost. */
    public Shares of(BigDecimal cost) {
        BigDecimal state = cost.multiply(BigDecimal.valueOf(statePercent)).divide(HUNDRED, 2, RoundingMode.HALF_EVEN);
        return new Shares(state, cost.setScale(2, RoundingMode.UNNECESSARY).subtract(state));
    }

    public record Shares(BigDecimal state, BigDecimal principal) {
    }
}
