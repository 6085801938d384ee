package se.kvalitet.contracts.contract;

import jakarta.enterprise.context.RequestScoped;

import se.kvalitet.platform.query.Filter;
import se.kvalitet.platform.query.Params;
import se.kvalitet.platform.security.Visibility;

/**
 * The contracts a caller may see: agency staff and supervisors all; a principal its own; a
 * municipality also those where it is the counterparty. Any other contract is 404, as if it did
 * not exist.
 */
@RequestScoped
public class ContractAccess {

    private final Visibility visibility;

    public ContractAccess(Visibility visibility) {
        this.visibility = visibility;
    }

    public Filter visible() {
        return Filter.within(visibility.of("principalOrgNumber", "counterpartyMunicipalityCode"));
    }

    /** The contract with this id if the caller may see it; 400 for a malformed id, 404 otherwise. */
    public Contract find(String id) {
        Filter filter = visible().equal("id", Params.uuid("id", id));
        return Filter.found(Contract.find(filter.orderBy("id"), filter.parameters()), "Contract " + id);
    }
}
