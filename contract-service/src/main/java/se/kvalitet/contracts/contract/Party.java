package se.kvalitet.contracts.contract;

/** The two sides of a contract: the unit's principal (huvudman) and its counterparty. */
public enum Party {
    PRINCIPAL,
    COUNTERPARTY
}
