package se.kvalitet.platform.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads and writes the CloudEvents envelope, refusing anything a consumer could not trust. */
@ApplicationScoped
public class EventCodec {

    private final ObjectMapper mapper;

    public EventCodec(ObjectMapper mapper) {
        // Consumers must tolerate fields added by newer producers, whatever the REST API demands.
        this.mapper = mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public String write(CloudEvent event) {
        return write(event, event.data());
    }

    /**
     * Writes {@code envelope} with {@code data} as its data, serialised straight from the object
     * rather than through a tree first: the same document, for events written by the thousand.
     * Every event is written here, so there is one way an envelope reads.
     */
    public String write(CloudEvent envelope, Object data) {
        try {
            return mapper.writeValueAsString(new Outgoing(envelope.specversion(), envelope.id(), envelope.source(), envelope.type(),
                    envelope.subject(), envelope.time(), envelope.datacontenttype(), data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + envelope.id() + " cannot be serialised", e);
        }
    }

    /** A {@link CloudEvent} whose data is not yet a tree. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Outgoing(String specversion, UUID id, String source, String type, String subject, Instant time, String datacontenttype,
            Object data) {
    }

    public CloudEvent read(String json) {
        if (json == null || json.isBlank()) {
            throw new InvalidEventException("empty message");
        }
        CloudEvent event;
        try {
            event = mapper.readValue(json, CloudEvent.class);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("not a CloudEvents JSON document: " + e.getOriginalMessage(), e);
        }
        List<String> missing = new ArrayList<>();
        if (event.id() == null) missing.add("id");
        if (event.source() == null) missing.add("source");
        if (event.type() == null) missing.add("type");
        if (event.subject() == null) missing.add("subject");
        if (event.data() == null || event.data().isNull()) missing.add("data");
        if (!missing.isEmpty()) {
            throw new InvalidEventException("missing attributes " + missing);
        }
        if (!CloudEvent.SPEC_VERSION.equals(event.specversion())) {
            throw new InvalidEventException("unsupported specversion " + event.specversion());
        }
        return event;
    }

    public <T> T data(CloudEvent event, Class<T> type) {
        try {
            return mapper.treeToValue(event.data(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidEventException("data of " + event.type() + " " + event.id() + " is malformed: " + e.getMessage(), e);
        }
    }
}
