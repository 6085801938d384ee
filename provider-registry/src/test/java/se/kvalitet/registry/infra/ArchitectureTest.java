package se.kvalitet.registry.infra;

import org.junit.jupiter.api.Test;

import se.kvalitet.testsupport.ArchitectureRules;

class ArchitectureTest {

    @Test
    void theLayoutKeepsItsPromises() {
        ArchitectureRules.verify("se.kvalitet.registry");
    }
}
