package se.kvalitet.platform.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrganisationNumberTest {

    @Test
    void stockholmsNumberIsValidAndMunicipal() {
        OrganisationNumber stockholm = OrganisationNumber.parse("212000-0142");
        assertThat(stockholm.digits()).isEqualTo("2120000142");
        assertThat(stockholm.isMunicipal()).isTrue();
        assertThat(stockholm.formatted()).isEqualTo("212000-0142");
    }

    @Test
    void privateNumberWithCorrectCheckDigitIsValid() {
        assertThat(OrganisationNumber.problemWith("5591234561")).isNull();
        assertThat(OrganisationNumber.parse("5591234561").isMunicipal()).isFalse();
    }

    @Test
    void wrongCheckDigitIsRejected() {
        assertThat(OrganisationNumber.problemWith("5591234562")).isEqualTo("check digit does not match");
    }

    @Test
    void thirdDigitBelowTwoIsRejected() {
        assertThat(OrganisationNumber.problemWith("5511234567")).isEqualTo("third digit must be at least 2");
    }

    @Test
    void wrongLengthOrLettersAreRejected() {
        assertThat(OrganisationNumber.problemWith("55912345")).startsWith("must be ten digits");
        assertThat(OrganisationNumber.problemWith("55912345AB")).startsWith("must be ten digits");
        assertThat(OrganisationNumber.problemWith(null)).startsWith("must be ten digits");
        assertThatThrownBy(() -> OrganisationNumber.parse("x")).isInstanceOf(IllegalArgumentException.class);
    }
}
