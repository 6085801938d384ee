package se.kvalitet.platform.input;

import java.io.IOException;
import java.time.LocalDate;
import java.util.function.Function;

import jakarta.inject.Singleton;

import io.quarkus.jackson.ObjectMapperCustomizer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * Reads JSON exactly as written: a value of the wrong type is refused rather than converted (no
 * number read as an enum, string or boolean, no fraction cut to an integer, no number read as a
 * date), nothing may follow the document, no field may appear twice, and every string and date
 * must pass {@link TextRules} and {@link CivilDates}. Applies to every service's requests.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** Last of all, after Quarkus registered Jackson's JavaTimeModule, so that these deserializers win. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        refuse(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Boolean, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.String,
                CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean, CoercionInputShape.String,
                CoercionInputShape.EmptyString);
        // A whole number is a number, so 80 stays a valid decimal threshold.
        refuse(mapper, LogicalType.Float, CoercionInputShape.Boolean, CoercionInputShape.String, CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.Enum, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean,
                CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.DateTime, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean,
                CoercionInputShape.EmptyString);
        mapper.registerModule(new SimpleModule("kvalitet-strict-input")
                .addDeserializer(String.class, new FromString<>(String.class, TextRules::require))
                .addDeserializer(LocalDate.class, new FromString<>(LocalDate.class, CivilDates::parse)));
    }

    private static void refuse(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
        }
    }

    /** A value written as a JSON string and read by {@code read}, which refuses it with an IllegalArgumentException saying why. */
    static final class FromString<T> extends StdScalarDeserializer<T> {

        private final transient Function<String, T> read;

        FromString(Class<T> type, Function<String, T> read) {
            super(type);
            this.read = read;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                @SuppressWarnings("unchecked")
                T refused = (T) context.handleUnexpectedToken(handledType(), parser);
                return refused;
            }
            try {
                return read.apply(parser.getText());
            } catch (IllegalArgumentException e) {
                throw new InvalidValueException(parser, e.getMessage());
            }
        }
    }
}
