package io.github.kotowari.konbini.store;

import io.github.kotowari.core.Displayable;
import io.github.kotowari.core.Language;
import java.util.Locale;

/**
 * What a customer can hand over at the store to settle a konbini payment: cash, or a store's
 * e-money, QR-code payment or points.
 *
 * <p>There is deliberately no constant for a credit or debit card: every source agrees that cards are
 * never accepted at the store for this payment (the Amazon Japan guide: "クレジットカード・デビットカード
 * 支払いは店頭では不可"), so a card cannot even be expressed here.
 *
 * <pre>{@code
 * Tender.D_BARAI.display(Locale.ENGLISH);  // "d Barai"
 * }</pre>
 *
 * @since 0.1.0
 */
public enum Tender implements Displayable {
  /** Cash (現金). Every store accepts it for every procedure. */
  CASH("現金", "cash"),
  /** nanaco, Seven-Eleven's e-money. */
  NANACO("nanaco", "nanaco"),
  /** FamiPay, FamilyMart's payment app. */
  FAMIPAY("FamiPay", "FamiPay"),
  /** Rakuten Edy (楽天Edy) e-money. */
  RAKUTEN_EDY("楽天Edy", "Rakuten Edy"),
  /** PayPay QR-code payment. */
  PAYPAY("PayPay", "PayPay"),
  /** d払い (d Barai) QR-code payment. */
  D_BARAI("d払い", "d Barai"),
  /** Ponta points (Pontaポイント). */
  PONTA_POINTS("Pontaポイント", "Ponta points");

  private final String japanese;
  private final String english;

  Tender(String japanese, String english) {
    this.japanese = japanese;
    this.english = english;
  }

  /**
   * Returns the tender's name in {@code locale}'s language.
   *
   * @param locale the reader's locale
   * @return the name, such as {@code 現金} or {@code cash}
   */
  @Override
  public String display(Locale locale) {
    return Language.of(locale) == Language.JAPANESE ? japanese : english;
  }
}
