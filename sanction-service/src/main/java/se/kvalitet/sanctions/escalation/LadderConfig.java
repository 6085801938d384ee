package se.kvalitet.sanctions.escalation;

import java.util.List;

import io.smallrye.config.ConfigMapping;

/** The escalation ladder as configured ({@code kvalitet.ladder.*}); see {@link Ladder}. */
@ConfigMapping(prefix = "kvalitet.ladder")
public interface LadderConfig {

    /** The step a health risk starts at. */
    SanctionStep healthRiskStep();

    /** The steps for units of a private principal, lowest first. */
    List<Step> privateUnits();

    /** The steps for units of a municipal principal, lowest first. */
    List<Step> municipalUnits();

    interface Step {
        SanctionStep step();

        /** The law and provision the step rests on, and where that was read. */
        String legalBasis();

        /** How long the principal has to respond once the step is confirmed (ISO-8601, e.g. P30D). */
        String responsePeriod();

        /** Whether confirming the step sets an amount (a conditional fine in SEK). */
        boolean carriesAmount();
    }
}
