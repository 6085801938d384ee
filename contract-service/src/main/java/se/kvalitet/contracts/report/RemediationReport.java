package se.kvalitet.contracts.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.kvalitet.contracts.contract.MeasureStatus;

/** A remediation report (återrapportering): one request by the principal on how each measure stands and which milestones are done. */
@Entity
@Table(name = "remediation_report")
public class RemediationReport extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "contract_id", nullable = false)
    public UUID contractId;

    @Column(name = "reported_at", nullable = false)
    public Instant reportedAt;

    @Column(name = "reported_by", nullable = false)
    public String reportedBy;

    @Column(name = "reporter_org_number", nullable = false)
    public String reporterOrgNumber;

    @ElementCollection
    @CollectionTable(name = "remediation_report_line", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    public List<Line> measures = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "remediation_report_milestone", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    @Column(name = "milestone_id")
    public List<UUID> milestonesDone = new ArrayList<>();

    /** How one measure stands: its status, what has been spent on it so far (SEK) and a short narrative. */
    @Embeddable
    public static class Line {

        @Column(name = "measure_code", nullable = false)
        public String measureCode;

        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public MeasureStatus status;

        @Column(name = "spent_to_date", nullable = false)
        public BigDecimal spentToDate;

        @Column(nullable = false)
        public String narrative;
    }
}
