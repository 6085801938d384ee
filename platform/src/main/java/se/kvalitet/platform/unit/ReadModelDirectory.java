package se.kvalitet.platform.unit;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;

import io.quarkus.arc.DefaultBean;
import se.kvalitet.platform.security.OrganisationDirectory;

/**
 * Unless a service knows better (the registry knows its principals), an organisation's home
 * municipality is what the unit states it holds say about it: a municipality is known once one
 * of its units has been announced.
 */
public class ReadModelDirectory {

    @Produces
    @DefaultBean
    @ApplicationScoped
    OrganisationDirectory fromUnitStates(EntityManager entityManager) {
        return organisation -> {
            @SuppressWarnings("unchecked")
            List<String> homes = entityManager.createNativeQuery("select principal_home_municipality from known_unit"
                    + " where principal_org_number = ?1 and principal_home_municipality is not null limit 1")
                    .setParameter(1, organisation.digits()).getResultList();
            return homes.stream().findFirst();
        };
    }
}
