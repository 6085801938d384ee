package se.kvalitet.contracts.contract;

/** Why a contract failed: its signing deadline passed, or its end date came without verified remediation. */
public enum FailureReason {
    NOT_SIGNED,
    NOT_VERIFIED
}
