package se.kvalitet.indicators.infra;

import org.junit.jupiter.api.Test;

import se.kvalitet.testsupport.ArchitectureRules;

class ArchitectureTest {

    @Test
    void theLayoutKeepsItsPromises() {
        ArchitectureRules.verify("se.kvalitet.indicators");
    }
}
