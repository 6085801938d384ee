package se.kvalitet.registry.principal;

/** Who is responsible (huvudman): a municipality, or a private provider (fristående aktör). */
public enum PrincipalKind {
    MUNICIPALITY,
    PRIVATE
}
