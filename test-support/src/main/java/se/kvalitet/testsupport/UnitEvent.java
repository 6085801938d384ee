package se.kvalitet.testsupport;

import java.util.UUID;

/**
 * A {@code se.kvalitet.registry.UnitRegistered} event as provider-registry publishes it, for
 * the services that consume registry.units.v1: {@code aUnit().privateProvider("5591234561").in("0180")}.
 */
public final class UnitEvent {

    private UUID eventId = UUID.randomUUID();
    private final UUID unitId;
    private String orgNumber = "5591234561";
    private String kind = "PRIVATE";
    private String homeMunicipality;
    private String municipality = "0180";
    private String area = "ELDERLY_CARE";
    private String status = "ACTIVE";
    private long version;

    private UnitEvent(UUID unitId) {
        this.unitId = unitId;
    }

    public static UnitEvent aUnit() {
        return new UnitEvent(UUID.randomUUID());
    }

    public static UnitEvent theUnit(UUID unitId) {
        return new UnitEvent(unitId);
    }

    public UnitEvent privateProvider(String orgNumber) {
        this.orgNumber = orgNumber;
        this.kind = "PRIVATE";
        this.homeMunicipality = null;
        return this;
    }

    public UnitEvent municipal(String orgNumber, String homeMunicipality) {
        this.orgNumber = orgNumber;
        this.kind = "MUNICIPALITY";
        this.homeMunicipality = homeMunicipality;
        return this;
    }

    public UnitEvent in(String municipality) {
        this.municipality = municipality;
        return this;
    }

    public UnitEvent area(String area) {
        this.area = area;
        return this;
    }

    public UnitEvent closed() {
        this.status = "CLOSED";
        return this;
    }

    public UnitEvent version(long version) {
        this.version = version;
        return this;
    }

    public UnitEvent eventId(UUID eventId) {
        this.eventId = eventId;
        return this;
    }

    public UUID unitId() {
        return unitId;
    }

    public UUID eventId() {
        return eventId;
    }

    public String toJson() {
        String home = homeMunicipality == null ? "null" : "\"" + homeMunicipality + "\"";
        String data = """
                {"unitId":"%s","name":"Enheten","principal":{"orgNumber":"%s","name":"Huvudmannen","kind":"%s",\
                "homeMunicipalityCode":%s},"municipalityCode":"%s","area":"%s","permitId":%s,"status":"%s","version":%d}"""
                .formatted(unitId, orgNumber, kind, home, municipality, area, "PRIVATE".equals(kind) ? "\"IVO-1\"" : "null",
                        status, version);
        return Envelope.of(eventId, "provider-registry", "se.kvalitet.registry.UnitRegistered", unitId, data);
    }

    /** Publishes this event on registry.units.v1, keyed by the unit id. */
    public UnitEvent publish() {
        Topic.named("registry.units.v1").send(unitId.toString(), toJson());
        return this;
    }
}
