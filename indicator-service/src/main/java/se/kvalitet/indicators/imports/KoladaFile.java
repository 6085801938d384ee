package se.kvalitet.indicators.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import io.quarkus.narayana.jta.QuarkusTransaction;
import se.kvalitet.indicators.kolada.KoladaMapping;
import se.kvalitet.indicators.requirement.Requirement;
import se.kvalitet.indicators.result.ResultResource.SubmitResult;
import se.kvalitet.platform.web.FieldProblem;
import se.kvalitet.platform.web.InvalidInputException;

/**
 * The Kolada import format: a Kolada v3 {@code values} answer, municipality-level
 * ({@code municipality}) or unit-level ({@code ou}) data, read as a stream. Each element of
 * {@code values} is one row (numbered from 1): its total ({@code gender} T; the K and M splits
 * are not results of our requirements) for the year {@code period}, mapped through the agency's
 * Kolada mapping onto a requirement and a unit. A row without a total value (Kolada's
 * {@code value} null), or that no mapping covers, is refused with its number and reason.
 */
final class KoladaFile {

    private static final Set<String> TOP_LEVEL = Set.of("values", "count", "next_url", "previous_url");

    private KoladaFile() {
    }

    /**
     * Reads the whole upload for its form alone: its number of rows (elements of {@code values}).
     * Its rows' units and requirements are known only through the mapping, as it is read, so any
     * two may repeat one key.
     */
    static ImportJobs.Checked check(InputStream upload, ObjectMapper mapper) {
        int[] rows = new int[1];
        elements(upload, mapper, (number, element) -> rows[0] = number);
        return new ImportJobs.Checked(rows[0], true);
    }

    /** Reads a spooled (already checked) answer element by element into {@code rows}, through the mapping as it is now. */
    static void read(Path file, ResultImport.Rows rows, ObjectMapper mapper, Validator validator) {
        Mappings mappings = QuarkusTransaction.requiringNew().call(Mappings::current);
        try (InputStream in = Files.newInputStream(file)) {
            elements(in, mapper, (number, element) -> rows.accept(result(number, element, mappings, validator)));
        } catch (IOException e) {
            throw new UncheckedIOException("The spooled import " + file + " cannot be read", e);
        }
    }

    /** The agency's mapping, read once per job: KPI to requirement (with its area), OU to unit, municipality and area to unit. */
    record Mappings(Map<String, Requirement> kpis, Map<String, UUID> units, Map<String, UUID> municipalities) {

        static Mappings current() {
            Map<String, Requirement> kpis = new HashMap<>();
            Map<String, UUID> units = new HashMap<>();
            Map<String, UUID> municipalities = new HashMap<>();
            for (KoladaMapping mapping : KoladaMapping.<KoladaMapping>listAll()) {
                switch (mapping.key.kind) {
                    case KPI -> kpis.put(mapping.key.koladaId, Requirement.findById(mapping.requirementCode));
                    case OU -> units.put(mapping.key.koladaId, mapping.unitId);
                    case MUNICIPALITY -> municipalities.put(mapping.key.koladaId + ":" + mapping.key.area, mapping.unitId);
                }
            }
            return new Mappings(kpis, units, municipalities);
        }
    }

    static ResultImport.Read result(int number, JsonNode element, Mappings mappings, Validator validator) {
        try {
            String kpi = text(element, "kpi");
            Requirement requirement = mappings.kpis().get(kpi);
            if (requirement == null) {
                throw new InvalidInputException("kpi", "no mapping for Kolada KPI " + kpi + " (PUT /api/v1/kolada-mappings)");
            }
            UUID unitId = unitOf(element, requirement, mappings);
            JsonNode period = element.get("period");
            if (period == null || !period.canConvertToInt() || !period.isIntegralNumber()) {
                throw new InvalidInputException("period", "must be a year such as 2025");
            }
            JsonNode total = total(element);
            SubmitResult result = new SubmitResult(unitId, requirement.code, Integer.toString(period.intValue()), total.decimalValue(), null,
                    "Kolada " + kpi);
            return ResultImport.Read.validated(number, result, validator);
        } catch (FieldProblem e) {
            return ResultImport.Read.refused(number, e.field(), e.getMessage());
        }
    }

    private static UUID unitOf(JsonNode element, Requirement requirement, Mappings mappings) {
        boolean unitLevel = element.hasNonNull("ou");
        if (unitLevel == element.hasNonNull("municipality")) {
            throw new InvalidInputException("ou", "give either ou (unit-level data) or municipality, not both or neither");
        }
        if (unitLevel) {
            String ou = text(element, "ou");
            UUID unitId = mappings.units().get(ou);
            if (unitId == null) {
                throw new InvalidInputException("ou", "no mapping for Kolada organisational unit " + ou + " (PUT /api/v1/kolada-mappings)");
            }
            return unitId;
        }
        String municipality = text(element, "municipality");
        UUID unitId = mappings.municipalities().get(municipality + ":" + requirement.area.name());
        if (unitId == null) {
            throw new InvalidInputException("municipality", "no mapping for municipality " + municipality + " in " + requirement.area
                    + " (PUT /api/v1/kolada-mappings)");
        }
        return unitId;
    }

    /** The element's total (gender T) value, or why there is none to record. */
    private static JsonNode total(JsonNode element) {
        JsonNode values = element.get("values");
        if (values == null || !values.isArray()) {
            throw new InvalidInputException("values", "must be the list of Kolada's values by gender");
        }
        for (JsonNode value : values) {
            if ("T".equals(value.path("gender").asText(null))) {
                if (value.path("isdeleted").asBoolean(false)) {
                    throw new InvalidInputException("value", "was deleted in Kolada");
                }
                JsonNode number = value.get("value");
                if (number == null || number.isNull()) {
                    String status = value.path("status").asText("");
                    throw new InvalidInputException("value", "Kolada has no value" + (status.isEmpty() ? "" : " (status " + status + ")"));
                }
                if (!number.isNumber()) {
                    throw new InvalidInputException("value", "must be a number");
                }
                return number;
            }
        }
        throw new InvalidInputException("values", "has no total (gender T)");
    }

    private static String text(JsonNode element, String field) {
        JsonNode node = element.get(field);
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw new InvalidInputException(field, "is required as text");
        }
        return node.asText();
    }

    /** Streams the elements of {@code values}, one at a time, refusing a document of another form whole. */
    private static void elements(InputStream in, ObjectMapper mapper, BiConsumer<Integer, JsonNode> each) {
        // Each element is read from the middle of the answer: what follows it is the next element, not trailing garbage.
        ObjectReader element = mapper.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        try (JsonParser parser = mapper.getFactory().createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new InvalidInputException("body", "must be a Kolada values answer: an object with a values list");
            }
            boolean sawValues = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                if (!TOP_LEVEL.contains(field)) {
                    throw new InvalidInputException("body", "has the field " + field + ", which a Kolada values answer has not");
                }
                JsonToken value = parser.nextToken();
                if (!"values".equals(field)) {
                    parser.skipChildren();
                    continue;
                }
                if (value != JsonToken.START_ARRAY) {
                    throw new InvalidInputException("body", "values must be a list");
                }
                sawValues = true;
                int number = 0;
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    number++;
                    each.accept(number, element.readValue(parser));
                }
                if (parser.currentToken() != JsonToken.END_ARRAY) {
                    throw new InvalidInputException("body", "element " + (number + 1) + " of values is not an object");
                }
            }
            if (!sawValues) {
                throw new InvalidInputException("body", "has no values list");
            }
            if (parser.nextToken() != null) {
                throw new InvalidInputException("body", "continues after the answer");
            }
        } catch (IOException e) {
            FieldProblem.among(e.getCause()).ifPresent(problem -> {
                throw problem; // the upload's own stream refused it (too large, say), not its JSON
            });
            throw new InvalidInputException("body", "is not well-formed JSON" + (e instanceof JsonProcessingException json
                    && json.getLocation() != null ? " (line " + json.getLocation().getLineNr() + ", column "
                            + json.getLocation().getColumnNr() + ": " + json.getOriginalMessage() + ")" : ""));
        }
    }
}
