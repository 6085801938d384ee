package se.kvalitet.platform.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The rules StrictJson reads by, on a mapper set up as Quarkus sets it up (its JavaTimeModule first). */
class StrictJsonTest {

    enum Kind { MUNICIPALITY, PRIVATE }

    record Request(String name, Kind kind, Integer sampleSize, BigDecimal value, Boolean critical, LocalDate validFrom) {
    }

    private final ObjectMapper mapper = strict();

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictJson().customize(mapper);
        return mapper;
    }

    @Test
    void aWellFormedRequestReadsAsWritten() throws Exception {
        Request read = mapper.readValue("""
                {"name":"Solgården","kind":"PRIVATE","sampleSize":12,"value":71.5,"critical":true,"validFrom":"2025-01-01"}""",
                Request.class);
        assertThat(read).isEqualTo(new Request("Solgården", Kind.PRIVATE, 12, new BigDecimal("71.5"), true, LocalDate.of(2025, 1, 1)));
        assertThat(mapper.readValue("{\"value\":80}", Request.class).value()).isEqualByComparingTo("80");
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedNotConverted() {
        for (String json : new String[] { "{\"kind\":1}", "{\"name\":1}", "{\"name\":true}", "{\"critical\":1}", "{\"critical\":\"true\"}",
                "{\"sampleSize\":1.5}", "{\"sampleSize\":\"12\"}", "{\"value\":\"80\"}", "{\"validFrom\":20250101}", "{\"kind\":\"\"}" }) {
            assertThatThrownBy(() -> mapper.readValue(json, Request.class)).as(json).isInstanceOf(MismatchedInputException.class);
        }
    }

    @Test
    void textAndDatesOutsideTheRulesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> mapper.readValue("{\"name\":\"a\\u0000b\"}", Request.class))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("control characters");
        assertThatThrownBy(() -> mapper.readValue("{\"name\":\"a\\u202eb\"}", Request.class))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("bidirectional");
        assertThatThrownBy(() -> mapper.readValue("{\"validFrom\":\"0000-01-01\"}", Request.class))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("1900 to 2199");
        assertThatThrownBy(() -> mapper.readValue("{\"validFrom\":\"+99999-01-01\"}", Request.class))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> mapper.readValue("{\"validFrom\":\"2025-02-29\"}", Request.class))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("not a day of the calendar");
    }

    @Test
    void nothingMayFollowTheDocumentAndNoFieldComeTwice() {
        assertThatThrownBy(() -> mapper.readValue("{\"name\":\"a\"} {}", Request.class)).hasMessageContaining("Trailing token");
        assertThatThrownBy(() -> mapper.readValue("{\"name\":\"a\",\"name\":\"b\"}", Request.class)).hasMessageContaining("Duplicate field");
    }

    @Test
    void everyLegibleCharacterOnOneLineIsText() {
        assertThat(TextRules.problemWith("Ängelholms kommun – äldreomsorg 😊")).isNull();
        assertThat(TextRules.problemWith("a\tb")).contains("U+0009");
        assertThat(TextRules.problemWith("a\u2028b")).contains("U+2028");
        assertThat(TextRules.problemWith("\ud83d")).contains("U+D83D");
    }

    /** Printable ASCII takes a short path; the characters on either side of it are still judged by the rules. */
    @Test
    void theEdgesOfPrintableAsciiAreJudgedByTheRules() {
        assertThat(TextRules.problemWith(" !~")).isNull();
        assertThat(TextRules.problemWith("a\u001Fb")).contains("U+001F");
        assertThat(TextRules.problemWith("a\u007Fb")).contains("U+007F");
        assertThat(TextRules.problemWith("a\u0085b")).contains("U+0085");
        assertThat(TextRules.problemWith("a\u00A0b")).isNull();
        assertThat(TextRules.problemWith("a\u202Eb")).contains("U+202E");
        assertThat(TextRules.problemWith("a\uFFFEb")).contains("U+FFFE");
    }
}
