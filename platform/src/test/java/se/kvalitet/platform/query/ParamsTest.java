package se.kvalitet.platform.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.kvalitet.platform.web.FieldProblem;

class ParamsTest {

    @ParameterizedTest
    @ValueSource(strings = { "0190f6a2-3b4c-7d5e-8f60-718293a4b5c6", "0190F6A2-3B4C-7D5E-8F60-718293A4B5C6" })
    void aUuidInItsCanonicalFormIsRead(String text) {
        assertThat(Params.uuid("unitId", text)).isEqualTo(UUID.fromString(text));
    }

    @ParameterizedTest
    @ValueSource(strings = { "1-1-1-1-1", "+190f6a2-3b4c-7d5e-8f60-718293a4b5c6", "0190f6a2-3b4c-7d5e-8f60-718293a4b5c", "0190f6a2-3b4c-7d5e-8f60-718293a4b5c6a",
            "0190f6a2+3b4c-7d5e-8f60-718293a4b5c6", "0190f6a2-3b4c-7d5e-8f60-718293a4b5cg", "0190f6a2-3b4c-7d5e-8f60-718293a4b5c\uFF16", "" })
    void anythingElseIsRefusedNamingTheField(String text) {
        assertThatThrownBy(() -> Params.uuid("unitId", text)).isInstanceOf(FieldProblem.class)
                .hasMessage("must be a UUID").extracting(e -> ((FieldProblem) e).field()).isEqualTo("unitId");
    }
}
