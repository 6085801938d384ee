package se.kvalitet.contracts.contract;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A measure of the catalogue as one contract takes it on: its cost, each party's share and how far it has come. */
@Embeddable
public class ContractMeasure {

    @Column(name = "measure_code", nullable = false)
    public String measureCode;

    @Column(nullable = false)
    public String title;

    @Column(name = "estimated_cost", nullable = false)
    public BigDecimal estimatedCost;

    @Column(name = "state_share", nullable = false)
    public BigDecimal stateShare;

    @Column(name = "principal_share", nullable = false)
    public BigDecimal principalShare;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeasureStatus status;

    @Column(name = "spent_to_date", nullable = false)
    public BigDecimal spentToDate;

    protected ContractMeasure() {
    }

    public ContractMeasure(String measureCode, String title, BigDecimal estimatedCost, FinancingSplit split) {
        this.measureCode = measureCode;
        this.title = title;
        this.status = MeasureStatus.PLANNED;
        this.spentToDate = BigDecimal.ZERO.setScale(2);
        price(estimatedCost, split);
    }

    void price(BigDecimal cost, FinancingSplit split) {
        FinancingSplit.Shares shares = split.of(cost);
        this.estimatedCost = cost.setScale(2);
        this.stateShare = shares.state();
        this.principalShare = shares.principal();
    }
}
