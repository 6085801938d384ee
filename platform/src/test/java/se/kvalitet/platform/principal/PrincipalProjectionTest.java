package se.kvalitet.platform.principal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.kvalitet.platform.events.CloudEvent;
import se.kvalitet.platform.events.EventCodec;
import se.kvalitet.platform.events.InvalidEventException;
import se.kvalitet.platform.unit.PrincipalKind;

/** What a principal state must carry before any consumer relies on it; applying it is tested in the services. */
class PrincipalProjectionTest {

    private final ObjectMapper mapper = new ObjectMapper();
    // Decoding needs only the codec; the database, audit trail and CDI event are for applying.
    private final PrincipalProjection projection = new PrincipalProjection(null, new EventCodec(mapper), null, null);

    @Test
    void aCompleteMunicipalStateIsDecoded() {
        assertThat(projection.decode(event("""
                {"orgNumber":"2120000142","name":"Stockholms kommun","kind":"MUNICIPALITY","homeMunicipalityCode":"0180"}""")))
                .isEqualTo(new PrincipalState("2120000142", "Stockholms kommun", PrincipalKind.MUNICIPALITY, "0180"));
    }

    @Test
    void aPrivateStateNeedsNoHomeMunicipality() {
        assertThat(projection.decode(event("""
                {"orgNumber":"5591234561","name":"Omsorg AB","kind":"PRIVATE","homeMunicipalityCode":null}""")).homeMunicipalityCode())
                .isNull();
    }

    @Test
    void aStateWithoutNameOrKindIsInvalid() {
        assertThatThrownBy(() -> projection.decode(event("""
                {"orgNumber":"5591234561","kind":"PRIVATE"}"""))).isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("lacks required fields");
        assertThatThrownBy(() -> projection.decode(event("""
                {"orgNumber":"5591234561","name":"Omsorg AB"}"""))).isInstanceOf(InvalidEventException.class);
    }

    @Test
    void aMunicipalStateWithoutItsHomeMunicipalityIsInvalid() {
        assertThatThrownBy(() -> projection.decode(event("""
                {"orgNumber":"2120000142","name":"Stockholms kommun","kind":"MUNICIPALITY"}""")))
                .isInstanceOf(InvalidEventException.class);
    }

    @Test
    void anUnknownKindIsInvalid() {
        assertThatThrownBy(() -> projection.decode(event("""
                {"orgNumber":"5591234561","name":"Omsorg AB","kind":"COOPERATIVE"}"""))).isInstanceOf(InvalidEventException.class);
    }

    private CloudEvent event(String data) {
        try {
            return new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID(), "/kvalitet/provider-registry",
                    "se.kvalitet.registry.PrincipalRegistered", "2120000142", Instant.now(), CloudEvent.DATA_CONTENT_TYPE,
                    mapper.readTree(data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
