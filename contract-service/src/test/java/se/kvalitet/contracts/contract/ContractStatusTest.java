package se.kvalitet.contracts.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContractStatusTest {

    @Test
    void theLifecycleRunsFromDraftToAnEnd() {
        assertThat(ContractStatus.DRAFT.moveTo(ContractStatus.ISSUED).moveTo(ContractStatus.SIGNED).moveTo(ContractStatus.ACTIVE)
                .moveTo(ContractStatus.FULFILLED)).isEqualTo(ContractStatus.FULFILLED);
        assertThat(ContractStatus.ACTIVE.moveTo(ContractStatus.FAILED).isOpen()).isFalse();
    }

    @Test
    void anEndedContractCannotChange() {
        assertThatThrownBy(() -> ContractStatus.CANCELLED.moveTo(ContractStatus.DRAFT)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ContractStatus.FULFILLED.moveTo(ContractStatus.CANCELLED)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aDraftCannotSkipIssuing() {
        assertThatThrownBy(() -> ContractStatus.DRAFT.moveTo(ContractStatus.SIGNED)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theOpenStatusesAreThoseBeforeAnEnd() {
        assertThat(ContractStatus.open()).containsExactlyInAnyOrder(ContractStatus.DRAFT, ContractStatus.ISSUED,
                ContractStatus.SIGNED, ContractStatus.ACTIVE);
    }

    @Test
    void onlyDraftsAndIssuedContractsAreBeforeSigning() {
        assertThat(ContractStatus.DRAFT.isBeforeSigning()).isTrue();
        assertThat(ContractStatus.ISSUED.isBeforeSigning()).isTrue();
        assertThat(ContractStatus.SIGNED.isBeforeSigning()).isFalse();
    }

    @Test
    void anIssuedContractFailsWhenNotSignedButASignedOneOnlyOnceActive() {
        assertThat(ContractStatus.ISSUED.next()).contains(ContractStatus.FAILED);
        assertThatThrownBy(() -> ContractStatus.SIGNED.moveTo(ContractStatus.FAILED)).isInstanceOf(IllegalStateException.class);
    }
}
