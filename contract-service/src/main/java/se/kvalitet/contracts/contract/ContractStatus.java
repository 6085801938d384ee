package se.kvalitet.contracts.contract;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The contract lifecycle of DESIGN.md §2.3, written once. */
public enum ContractStatus {
    DRAFT,
    ISSUED,
    SIGNED,
    ACTIVE,
    FULFILLED,
    FAILED,
    CANCELLED;

    public Set<ContractStatus> next() {
        return switch (this) {
            case DRAFT -> Set.of(ISSUED, CANCELLED);
            case ISSUED -> Set.of(SIGNED, FAILED, CANCELLED);
            case SIGNED -> Set.of(ACTIVE, CANCELLED);
            case ACTIVE -> Set.of(FULFILLED, FAILED, CANCELLED);
            case FULFILLED, FAILED, CANCELLED -> Set.of();
        };
    }

    public boolean isOpen() {
        return !next().isEmpty();
    }

    /** The statuses of a contract still in progress: those with somewhere left to go. */
    public static Set<ContractStatus> open() {
        return Arrays.stream(values())
                .filter(ContractStatus::isOpen)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ContractStatus.class)));
    }

    /** Before both parties signed, a correction that removes the breach cancels the contract. */
    public boolean isBeforeSigning() {
        return this == DRAFT || this == ISSUED;
    }

    /** Signed by both: the principal reports remediation from now on. */
    public boolean isSigned() {
        return this == SIGNED || this == ACTIVE;
    }

    public ContractStatus moveTo(ContractStatus target) {
        if (!next().contains(target)) {
            throw new IllegalStateException("A " + this + " contract cannot become " + target);
        }
        return target;
    }
}
