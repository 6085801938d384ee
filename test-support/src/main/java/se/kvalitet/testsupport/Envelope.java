package se.kvalitet.testsupport;

import java.time.Instant;
import java.util.UUID;

/** The CloudEvents envelope the fixtures wrap their data in, as the services' outboxes write it. */
final class Envelope {

    private Envelope() {
    }

    static String of(UUID eventId, String service, String type, UUID unitId, String dataJson) {
        return of(eventId, service, type, unitId.toString(), dataJson);
    }

    /** An envelope whose subject (and the key it is sent with) is not a unit id, e.g. a principal's organisation number. */
    static String of(UUID eventId, String service, String type, String subject, String dataJson) {
        return """
                {"specversion":"1.0","id":"%s","source":"/kvalitet/%s","type":"%s","subject":"%s","time":"%s",\
                "datacontenttype":"application/json","data":%s}"""
                .formatted(eventId, service, type, subject, Instant.now(), dataJson);
    }
}
