package io.github.kotowari.konbini.lifecycle;

import io.github.kotowari.core.Displayable;
import io.github.kotowari.core.Language;
import java.util.Locale;

/**
 * Where the money of a refunded konbini payment goes. It never goes back to the store: the customer
 * paid cash (or store e-money) at a counter that knows nothing about the order.
 *
 * @since 0.1.0
 */
public enum RefundChannel implements Displayable {
  /** The shop's gift card balance on the customer's account (Amazon Japan: Amazonギフトカード残高). */
  GIFT_CARD_BALANCE("ギフトカード残高", "the gift card balance"),
  /** A bank account the customer names after the refund is started (Stripe). */
  BANK_ACCOUNT("お客様が指定する銀行口座", "a bank account the customer names"),
  /**
   * Whatever the shop arranges itself: the payment provider cannot refund konbini payments (Antom:
   * "Refund ❌").
   */
  ARRANGED_BY_SHOP("ショップが個別に手配する方法", "a method the shop arranges itself");

  private final String japanese;
  private final String english;

  RefundChannel(String japanese, String english) {
    this.japanese = japanese;
    this.english = english;
  }

  /**
   * Returns the channel in {@code locale}'s language, such as {@code ギフトカード残高}.
   *
   * @param locale the reader's locale
   * @return the display text
   */
  @Override
  public String display(Locale locale) {
    return Language.of(locale) == Language.JAPANESE ? japanese : english;
  }
}
