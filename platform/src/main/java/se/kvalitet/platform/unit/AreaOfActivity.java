package se.kvalitet.platform.unit;

/** The social-service area a unit works in. */
public enum AreaOfActivity {
    ELDERLY_CARE,
    CHILDREN_AND_YOUTH,
    SUBSTANCE_ABUSE,
    FINANCIAL_ASSISTANCE,
    DISABILITY
}
