package se.kvalitet.platform;

import org.junit.jupiter.api.Test;

import se.kvalitet.testsupport.ArchitectureRules;

class ArchitectureTest {

    @Test
    void theLayoutKeepsItsPromises() {
        ArchitectureRules.verify(ArchitectureRules.PLATFORM);
    }
}
