package se.kvalitet.testsupport;

import java.util.UUID;

/**
 * Events of contract.events.v1 as contract-service publishes them, for sanction-service tests:
 * {@code ContractEvent.drafted(unitId).privateProvider("5591234561").in("0180").publish()}.
 */
public final class ContractEvent {

    private final String type;
    private final UUID unitId;
    private UUID eventId = UUID.randomUUID();
    private UUID contractId = UUID.randomUUID();
    private String orgNumber = "5591234561";
    private String kind = "PRIVATE";
    private String municipality = "0180";
    private String period = "2025";

    private ContractEvent(String type, UUID unitId) {
        this.type = type;
        this.unitId = unitId;
    }

    public static ContractEvent drafted(UUID unitId) {
        return new ContractEvent("ContractDrafted", unitId);
    }

    public static ContractEvent cancelled(UUID unitId, UUID contractId) {
        return new ContractEvent("ContractCancelled", unitId).contract(contractId);
    }

    public static ContractEvent healthRisk(UUID unitId) {
        return new ContractEvent("HealthRiskDetected", unitId);
    }

    /** The contract failed: remediation not verified by its end date. */
    public static ContractEvent failed(UUID unitId, UUID contractId) {
        return new ContractEvent("ContractFailed", unitId).contract(contractId);
    }

    public static ContractEvent milestoneOverdue(UUID unitId, UUID contractId) {
        return new ContractEvent("MilestoneOverdue", unitId).contract(contractId);
    }

    public static ContractEvent fulfilled(UUID unitId, UUID contractId) {
        return new ContractEvent("ContractFulfilled", unitId).contract(contractId);
    }

    public static ContractEvent issued(UUID unitId, UUID contractId) {
        return new ContractEvent("ContractIssued", unitId).contract(contractId);
    }

    /** The same event id as {@code earlier}: a redelivery, whatever else this event says. */
    public ContractEvent redeliveryOf(ContractEvent earlier) {
        this.eventId = earlier.eventId;
        return this;
    }

    public UUID eventId() {
        return eventId;
    }

    public ContractEvent contract(UUID contractId) {
        this.contractId = contractId;
        return this;
    }

    public ContractEvent privateProvider(String orgNumber) {
        this.orgNumber = orgNumber;
        this.kind = "PRIVATE";
        return this;
    }

    public ContractEvent municipal(String orgNumber) {
        this.orgNumber = orgNumber;
        this.kind = "MUNICIPALITY";
        return this;
    }

    public ContractEvent in(String municipality) {
        this.municipality = municipality;
        return this;
    }

    public ContractEvent period(String period) {
        this.period = period;
        return this;
    }

    public UUID unitId() {
        return unitId;
    }

    public UUID contractId() {
        return contractId;
    }

    public String toJson() {
        String principal = "{\"orgNumber\":\"%s\",\"name\":\"Huvudmannen\",\"kind\":\"%s\"}".formatted(orgNumber, kind);
        String data = switch (type) {
            case "ContractDrafted" -> """
                    {"contractId":"%s","unitId":"%s","period":"%s","principal":%s,"counterparty":%s,"municipalityCode":"%s",\
                    "area":"ELDERLY_CARE","breachedRequirements":["U21468"],"measures":["ELD-CONTINUITY-TEAMS"],\
                    "startDate":"2026-01-15","endDate":"2027-01-15"}"""
                    .formatted(contractId, unitId, period, principal, counterparty(), municipality);
            case "ContractCancelled" -> """
                    {"contractId":"%s","unitId":"%s","period":"%s","reason":"a correction removed the breach"}"""
                    .formatted(contractId, unitId, period);
            case "ContractFailed" -> """
                    {"contractId":"%s","unitId":"%s","period":"%s","reason":"NOT_VERIFIED","principal":%s,"municipalityCode":"%s",\
                    "area":"ELDERLY_CARE","breachedRequirements":["U21468"]}""".formatted(contractId, unitId, period, principal, municipality);
            case "MilestoneOverdue" -> """
                    {"contractId":"%s","unitId":"%s","period":"%s","principal":%s,"municipalityCode":"%s","area":"ELDERLY_CARE",\
                    "milestoneId":"%s","measureCode":"ELD-CONTINUITY-TEAMS","dueDate":"2026-04-15","graceEnded":"2026-04-29"}"""
                    .formatted(contractId, unitId, period, principal, municipality, UUID.randomUUID());
            case "ContractFulfilled" -> """
                    {"contractId":"%s","unitId":"%s","period":"%s","breachedRequirements":["U21468"]}""".formatted(contractId, unitId, period);
            case "ContractIssued" -> """
                    {"contractId":"%s","unitId":"%s","principal":%s,"counterparty":%s,"signingDeadline":"2026-02-14",\
                    "startDate":"2026-01-15","endDate":"2027-01-15"}""".formatted(contractId, unitId, principal, counterparty());
            default -> """
                    {"unitId":"%s","period":"%s","principal":%s,"municipalityCode":"%s","area":"ELDERLY_CARE",\
                    "criticalRequirements":["U23471"],"reason":null}""".formatted(unitId, period, principal, municipality);
        };
        return Envelope.of(eventId, "contract-service", "se.kvalitet.contract." + type, unitId, data);
    }

    private String counterparty() {
        return "PRIVATE".equals(kind)
                ? "{\"kind\":\"MUNICIPALITY\",\"name\":null,\"municipalityCode\":\"" + municipality + "\",\"orgNumber\":null}"
                : "{\"kind\":\"AGENCY\",\"name\":\"Socialstyrelsen\",\"municipalityCode\":null,\"orgNumber\":\"2021006297\"}";
    }

    /** Publishes this event on contract.events.v1 keyed by the unit id; a second call redelivers it. */
    public ContractEvent publish() {
        return publishIn(null);
    }

    /** Publishes this event as {@link #publish} does, in the trace {@code traceparent} names. */
    public ContractEvent publishIn(String traceparent) {
        Topic.named("contract.events.v1").send(unitId.toString(), toJson(), traceparent);
        return this;
    }
}
