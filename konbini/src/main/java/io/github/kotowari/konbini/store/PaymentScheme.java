package io.github.kotowari.konbini.store;

import io.github.kotowari.core.Displayable;
import io.github.kotowari.core.Language;
import java.util.Locale;

/**
 * Whose procedure a {@link StoreProcedure} describes: the same store is paid through different steps
 * and numbers depending on who issued the payment.
 *
 * @since 0.1.0
 */
public enum PaymentScheme implements Displayable {
  /**
   * Amazon Japan's konbini payment as its consumer guide describes it: one payment number (13 digits
   * at Seven-Eleven, 11 digits elsewhere) or a barcode.
   */
  AMAZON_JAPAN("Amazon.co.jp のコンビニ払い", "Amazon Japan konbini payment"),
  /**
   * The per-store identifiers that public payment gateways (KOMOJU and others) give merchants'
   * customers: a payment slip number at Seven-Eleven, a customer number and a confirmation number at
   * Loppi, a company code and an order number at Famiport, a receipt number and a phone number at
   * Club Station.
   */
  PAYMENT_GATEWAY("決済代行会社のコンビニ決済", "payment-gateway konbini payment");

  private final String japanese;
  private final String english;

  PaymentScheme(String japanese, String english) {
    this.japanese = japanese;
    this.english = english;
  }

  /**
   * Returns the scheme's name in {@code locale}'s language.
   *
   * @param locale the reader's locale
   * @return the name
   */
  @Override
  public String display(Locale locale) {
    return Language.of(locale) == Language.JAPANESE ? japanese : english;
  }
}
