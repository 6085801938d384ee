package se.kvalitet.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.restassured.RestAssured;

/**
 * Holds the code to the committed contract in {@code api-specs/}: the OpenAPI document a
 * service serves must equal its committed file, and every event it publishes must match the
 * AsyncAPI document and the JSON Schema it names. Run the build with
 * {@code -Dkvalitet.specs.update=true} to rewrite an OpenAPI file after a deliberate change.
 */
public final class ApiSpecs {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));
    /** Where the event schemas' ids point: a schema refers to another by its id, read from api-specs/events. */
    private static final String SCHEMA_IDS = "https://kvalitet.se/schemas/";
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            factory -> factory.schemaMappers(mappers -> mappers.mapPrefix(SCHEMA_IDS, directory().resolve("events").toUri().toString())));

    private ApiSpecs() {
    }

    public static Path directory() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path specs = dir.resolve("api-specs");
            if (Files.isDirectory(specs)) {
                return specs;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("No api-specs directory above " + Path.of("").toAbsolutePath());
    }

    /** Compares the OpenAPI document the running service serves with its committed file. */
    public static void assertServedOpenApiMatches(String service) {
        JsonNode served = read(JSON, RestAssured.given().accept("application/json")
                .get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        Path file = directory().resolve(service + ".openapi.yaml");
        if (Boolean.getBoolean("kvalitet.specs.update")) {
            write(file, served);
        }
        assertThat(file).as("committed spec %s", file).exists();
        JsonNode committed = readFile(file);
        List<String> differences = new ArrayList<>();
        diff("", committed, served, differences);
        assertThat(differences)
                .as("%s differs from what %s serves; review the change and rerun with -Dkvalitet.specs.update=true", file, service)
                .isEmpty();
    }

    /** Checks an event as published on {@code topic} against the AsyncAPI document and its schemas. */
    public static void assertEventMatchesContract(String topic, String eventJson) {
        JsonNode event = read(JSON, eventJson);
        assertValid("events/cloudevent.schema.json", event);
        String type = event.path("type").asText();
        String messageName = type.substring(type.lastIndexOf('.') + 1);
        JsonNode asyncApi = readFile(directory().resolve("asyncapi.yaml"));
        JsonNode message = asyncApi.path("components").path("messages").path(messageName);
        assertThat(message.isMissingNode()).as("AsyncAPI message %s for event type %s", messageName, type).isFalse();
        assertThat(channelAddressesOf(asyncApi, messageName)).as("channels carrying %s", messageName).contains(topic);
        String schemaRef = message.path("payload").path("$ref").asText();
        assertThat(schemaRef).as("payload schema of %s", messageName).isNotEmpty();
        assertValid(schemaRef.replaceFirst("^\\./", ""), event.path("data"));
    }

    /** Checks a record as published (its headers, then its event) against the AsyncAPI document. */
    public static void assertRecordMatchesContract(ConsumerRecord<String, String> record) {
        assertEventMatchesContract(record.topic(), record.value());
        String type = read(JSON, record.value()).path("type").asText();
        JsonNode asyncApi = readFile(directory().resolve("asyncapi.yaml"));
        JsonNode traits = asyncApi.path("components").path("messages").path(type.substring(type.lastIndexOf('.') + 1)).path("traits");
        assertThat(traits.isArray() && !traits.isEmpty()).as("message traits of %s", type).isTrue();
        ObjectNode headers = JSON.createObjectNode();
        record.headers().forEach(header -> headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8)));
        for (JsonNode trait : traits) {
            String name = trait.path("$ref").asText().substring("#/components/messageTraits/".length());
            JsonNode schema = asyncApi.path("components").path("messageTraits").path(name).path("headers");
            Set<ValidationMessage> errors = SCHEMAS.getSchema(schema).validate(headers);
            assertThat(errors).as("headers %s of %s against trait %s", headers, type, name).isEmpty();
        }
    }

    private static Set<String> channelAddressesOf(JsonNode asyncApi, String messageName) {
        Set<String> addresses = new TreeSet<>();
        asyncApi.path("channels").forEach(channel -> channel.path("messages").forEach(ref -> {
            if (ref.path("$ref").asText().endsWith("/messages/" + messageName)) {
                addresses.add(channel.path("address").asText());
            }
        }));
        return addresses;
    }

    private static void assertValid(String schemaPath, JsonNode instance) {
        JsonSchema schema = SCHEMAS.getSchema(readFile(directory().resolve(schemaPath)));
        Set<ValidationMessage> errors = schema.validate(instance);
        assertThat(errors).as("%s against %s", instance, schemaPath).isEmpty();
    }

    private static void diff(String path, JsonNode expected, JsonNode actual, List<String> differences) {
        if (expected.isObject() && actual.isObject()) {
            Set<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String child = path + "/" + name;
                if (!expected.has(name)) {
                    differences.add("served but not committed: " + child);
                } else if (!actual.has(name)) {
                    differences.add("committed but not served: " + child);
                } else {
                    diff(child, expected.get(name), actual.get(name), differences);
                }
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            Iterator<JsonNode> e = expected.elements();
            Iterator<JsonNode> a = actual.elements();
            for (int i = 0; e.hasNext(); i++) {
                diff(path + "/" + i, e.next(), a.next(), differences);
            }
        } else if (!expected.equals(actual)) {
            differences.add("differs at " + path + ": committed " + expected + ", served " + actual);
        }
    }

    private static JsonNode readFile(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static JsonNode read(ObjectMapper mapper, String text) {
        try {
            return mapper.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the document with its sections in one fixed order, whatever order the service serves them in, so diffs stay small. */
    private static void write(Path file, JsonNode document) {
        ObjectNode ordered = JSON.createObjectNode();
        for (String section : List.of("openapi", "tags", "components", "paths", "info")) {
            if (document.has(section)) {
                ordered.set(section, document.get(section));
            }
        }
        document.fields().forEachRemaining(field -> ordered.putIfAbsent(field.getKey(), field.getValue()));
        try {
            Files.writeString(file, YAML.writeValueAsString(ordered));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
