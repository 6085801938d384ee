package se.kvalitet.contracts.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import se.kvalitet.contracts.contract.MeasureStatus;

/** A remediation report as its parties, the agency and supervisors read it. */
public record ReportView(UUID reportId, UUID contractId, Instant reportedAt, String reportedBy, String reporterOrgNumber,
        List<Line> measures, List<UUID> milestonesDone) {

    public record Line(String measureCode, MeasureStatus status, BigDecimal spentToDate, String narrative) {
    }

    public static ReportView of(RemediationReport r) {
        return new ReportView(r.id, r.contractId, r.reportedAt, r.reportedBy, r.reporterOrgNumber,
                r.measures.stream().map(l -> new Line(l.measureCode, l.status, l.spentToDate, l.narrative)).toList(),
                List.copyOf(r.milestonesDone));
    }
}
