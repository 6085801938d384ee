package se.kvalitet.indicators.result;

import java.util.UUID;

import se.kvalitet.indicators.result.ResultResource.SubmitResult;

/** What identifies a result across its revisions: its unit, requirement and period. */
public record ResultKey(UUID unitId, String requirementCode, String period) {

    public static ResultKey of(SubmitResult result) {
        return new ResultKey(result.unitId(), result.requirementCode(), result.period());
    }
}
