package se.kvalitet.registry.principal;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import se.kvalitet.platform.organisation.OrganisationNumber;
import se.kvalitet.platform.security.OrganisationDirectory;

/** The registry knows every principal, so it knows a municipality's home before any of its units exists. */
@ApplicationScoped
public class PrincipalDirectory implements OrganisationDirectory {

    @Override
    public Optional<String> homeMunicipalityOf(OrganisationNumber organisation) {
        return Principal.<Principal>findByIdOptional(organisation.digits())
                .map(principal -> principal.homeMunicipality == null ? null : principal.homeMunicipality.code);
    }
}
