package io.github.kotowari.konbini.store;

/**
 * How to read the tenders a store accepts, because the Amazon Japan guide contradicts itself.
 *
 * <p>Its terminal table says payments started at a terminal (Famiport, Loppi) are cash only
 * ("現金支払いのみ対応"), while its store table and its list of tenders name e-money and QR payments per
 * store (nanaco at Seven-Eleven; FamiPay and Rakuten Edy at FamilyMart; PayPay, d払い and Ponta
 * points at Lawson). Payment providers add a third view: KOMOJU says cash in principle, with FamiPay
 * at FamilyMart and nanaco at Seven-Eleven. The library keeps both readings and lets the caller choose;
 * the default, {@link #PER_STORE}, is the one {@code konbini.md} records.
 *
 * @since 0.1.0
 */
public enum TenderPolicy {
  /** The default: each procedure's own tender set, as its source lists it. */
  PER_STORE,
  /**
   * The strict reading: a procedure that starts at a terminal accepts cash only; a procedure at the
   * register keeps its own tender set.
   */
  CASH_ONLY_AT_TERMINALS
}
