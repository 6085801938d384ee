package se.kvalitet.platform.unit;

/** Who is responsible (huvudman): a municipality, or a private provider (fristående aktör). */
public enum PrincipalKind {
    MUNICIPALITY,
    PRIVATE
}
