package se.kvalitet.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A {@code se.kvalitet.registry.PrincipalRegistered} event as provider-registry publishes it, for
 * the services that consume registry.principals.v1: {@code PrincipalEvent.municipality("2120000142", "0180").publish()}.
 */
public final class PrincipalEvent {

    private static final ObjectMapper JSON = new ObjectMapper();

    private UUID eventId = UUID.randomUUID();
    private final String orgNumber;
    private final Map<String, Object> data = new LinkedHashMap<>();

    private PrincipalEvent(String orgNumber, String name, String kind, String homeMunicipality) {
        this.orgNumber = orgNumber;
        data.put("orgNumber", orgNumber);
        data.put("name", name);
        data.put("kind", kind);
        data.put("homeMunicipalityCode", homeMunicipality);
    }

    /** The principal of the municipality {@code homeMunicipality} (its SCB code). */
    public static PrincipalEvent municipality(String orgNumber, String homeMunicipality) {
        return new PrincipalEvent(orgNumber, "Kommunen " + homeMunicipality, "MUNICIPALITY", homeMunicipality);
    }

    public static PrincipalEvent privateProvider(String orgNumber) {
        return new PrincipalEvent(orgNumber, "Omsorg " + orgNumber + " AB", "PRIVATE", null);
    }

    public PrincipalEvent named(String name) {
        data.put("name", name);
        return this;
    }

    /** Leaves {@code field} out of the data, as a broken producer might. */
    public PrincipalEvent without(String field) {
        data.remove(field);
        return this;
    }

    /** The same event id as {@code earlier}: a redelivery, whatever else this event says. */
    public PrincipalEvent redeliveryOf(PrincipalEvent earlier) {
        this.eventId = earlier.eventId;
        return this;
    }

    public UUID eventId() {
        return eventId;
    }

    public String orgNumber() {
        return orgNumber;
    }

    public String toJson() {
        try {
            return Envelope.of(eventId, "provider-registry", "se.kvalitet.registry.PrincipalRegistered", orgNumber,
                    JSON.writeValueAsString(data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Publishes this event on registry.principals.v1, keyed by the organisation number; a second call redelivers it. */
    public PrincipalEvent publish() {
        Topic.named("registry.principals.v1").send(orgNumber, toJson());
        return this;
    }
}
