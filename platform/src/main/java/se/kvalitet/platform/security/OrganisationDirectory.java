package se.kvalitet.platform.security;

import java.util.Optional;

import se.kvalitet.platform.organisation.OrganisationNumber;

/**
 * Which municipality an organisation is the principal of, if it is one. The registry answers from
 * its principals; the other services from the principal states they hold (see
 * {@code PrincipalReadModel}).
 */
public interface OrganisationDirectory {

    Optional<String> homeMunicipalityOf(OrganisationNumber organisation);
}
