package se.kvalitet.platform.principal;

/**
 * Fired (synchronously, in the consumer's transaction) when a principal state that differs from
 * what a service held has been applied.
 *
 * @param before the state held until now, or null for a principal first seen
 * @param after the state now held
 */
public record PrincipalStateApplied(PrincipalState before, PrincipalState after) {
}
