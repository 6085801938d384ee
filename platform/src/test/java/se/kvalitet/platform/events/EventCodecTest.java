package se.kvalitet.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

class EventCodecTest {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final EventCodec codec = new EventCodec(mapper);

    record Payload(String unitId, int version) {
    }

    @Test
    void anEventSurvivesTheRoundTrip() {
        CloudEvent event = new CloudEvent("1.0", UUID.randomUUID(), "/kvalitet/test", "se.kvalitet.test.Happened", "unit-1",
                Instant.parse("2026-01-01T10:00:00Z"), "application/json", mapper.valueToTree(new Payload("unit-1", 3)));
        String json = codec.write(event);
        assertThat(json).contains("\"time\":\"2026-01-01T10:00:00Z\"");
        CloudEvent read = codec.read(json);
        assertThat(read).isEqualTo(event);
        assertThat(codec.data(read, Payload.class)).isEqualTo(new Payload("unit-1", 3));
    }

    @Test
    void fieldsAddedByANewerProducerAreIgnored() {
        String json = """
                {"specversion":"1.0","id":"%s","source":"/kvalitet/test","type":"se.kvalitet.test.Happened","subject":"u",\
                "time":"2026-01-01T10:00:00Z","traceparent":"00-abc","data":{"unitId":"u","version":1,"colour":"blue"}}"""
                .formatted(UUID.randomUUID());
        assertThat(codec.data(codec.read(json), Payload.class)).isEqualTo(new Payload("u", 1));
    }

    @Test
    void somethingThatIsNotAnEventIsInvalid() {
        assertThatThrownBy(() -> codec.read("hello")).isInstanceOf(InvalidEventException.class)
                .hasMessageStartingWith("not a CloudEvents JSON document");
        assertThatThrownBy(() -> codec.read("")).isInstanceOf(InvalidEventException.class);
        assertThatThrownBy(() -> codec.read(null)).isInstanceOf(InvalidEventException.class);
    }

    @Test
    void anEventWithoutItsRequiredAttributesIsInvalid() {
        assertThatThrownBy(() -> codec.read("{\"specversion\":\"1.0\",\"type\":\"x\"}"))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("[id, source, subject, data]");
    }

    @Test
    void anotherSpecVersionIsInvalid() {
        String json = "{\"specversion\":\"0.3\",\"id\":\"%s\",\"source\":\"s\",\"type\":\"t\",\"subject\":\"u\",\"data\":{}}"
                .formatted(UUID.randomUUID());
        assertThatThrownBy(() -> codec.read(json)).isInstanceOf(InvalidEventException.class).hasMessageContaining("0.3");
    }

    @Test
    void malformedDataIsInvalid() {
        String json = "{\"specversion\":\"1.0\",\"id\":\"%s\",\"source\":\"s\",\"type\":\"t\",\"subject\":\"u\",\"data\":{\"version\":\"x\"}}"
                .formatted(UUID.randomUUID());
        assertThatThrownBy(() -> codec.data(codec.read(json), Payload.class)).isInstanceOf(InvalidEventException.class);
    }
}
