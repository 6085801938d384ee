package se.kvalitet.platform.principal;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;

import io.quarkus.arc.DefaultBean;
import se.kvalitet.platform.security.OrganisationDirectory;

/**
 * Unless a service knows better (the registry knows its principals), an organisation's home
 * municipality is what the principal states it holds say about it: a municipality is known once
 * the registry has announced its principal on registry.principals.v1, whether or not it has units
 * of its own.
 */
public class ReadModelDirectory {

    @Produces
    @DefaultBean
    @ApplicationScoped
    OrganisationDirectory fromPrincipalStates(EntityManager entityManager) {
        return organisation -> {
            @SuppressWarnings("unchecked")
            List<String> homes = entityManager.createNativeQuery("select home_municipality from known_principal"
                    + " where org_number = ?1 and kind = 'MUNICIPALITY' and home_municipality is not null")
                    .setParameter(1, organisation.digits()).getResultList();
            return homes.stream().findFirst();
        };
    }
}
