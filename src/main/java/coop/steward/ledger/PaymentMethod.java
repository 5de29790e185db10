package coop.steward.ledger;

/** How a payment reached the worker. */
public enum PaymentMethod {
    BANK_TRANSFER, PAYPAL, PAYONEER, WISE, MOBILE_MONEY, AIRTM, CHECK, CASH, CRYPTO, OTHER
}
