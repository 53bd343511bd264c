package io.github.kotowari.konbini.split;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.kotowari.core.Displayable;
import io.github.kotowari.core.Language;
import io.github.kotowari.core.money.Yen;
import java.util.Locale;

/**
 * Units that a {@link SplitPlan} cannot put in any konbini order, with the reason: they are to be
 * paid another way.
 *
 * <pre>{@code
 * for (SetAside s : plan.payAnotherWay()) {
 *   show(s.lineId(), s.reason().display(Locale.JAPANESE));   // "1点で上限を超えています"
 * }
 * }</pre>
 *
 * @param lineId the id of the original line, not null
 * @param quantity how many of its units, at least 1
 * @param unitPrice the line's unit price, tax included, not negative
 * @param reason why these units cannot be paid at a konbini, not null
 * @since 0.1.0
 */
public record SetAside(String lineId, int quantity, Yen unitPrice, Reason reason) {

  /**
   * Why units are set aside.
   *
   * @since 0.1.0
   */
  public enum Reason implements Displayable {
    /** One unit alone costs more than the cap: no split can make it payable. */
    OVER_LIMIT_ALONE("1点で支払い上限を超えています", "one unit alone is over the payment limit"),
    /** The item's kind is excluded by the policy (digital content, gift card, ...). */
    EXCLUDED_KIND("コンビニ払いの対象外の商品です", "this kind of item cannot be paid at a konbini"),
    /** The item is a pre-order (予約商品) and the policy excludes pre-orders. */
    PRE_ORDER("予約商品はコンビニ払いの対象外です", "pre-orders cannot be paid at a konbini"),
    /** The units would form an order below the policy's minimum amount. */
    BELOW_MINIMUM("支払いの最低金額に届きません", "below the minimum payment amount");

    private final String japanese;
    private final String english;

    Reason(String japanese, String english) {
      this.japanese = japanese;
      this.english = english;
    }

    /**
     * Returns the reason in {@code locale}'s language.
     *
     * @param locale the reader's locale, not null
     * @return the reason
     */
    @Override
    public String display(Locale locale) {
      return Language.of(locale) == Language.JAPANESE ? japanese : english;
    }
  }

  /**
   * Validates the fields.
   *
   * @param lineId the id of the original line
   * @param quantity how many units, at least 1
   * @param unitPrice the unit price, not negative
   * @param reason the reason
   * @throws IllegalArgumentException if the quantity is below 1 or the price negative
   */
  public SetAside {
    requireNonNull(lineId, "setAside.lineId");
    requireNonNull(unitPrice, "setAside.unitPrice");
    requireNonNull(reason, "setAside.reason");
    checkArgument(quantity >= 1, "setAside.quantity must be at least 1, was %s", quantity);
    unitPrice.requireNonNegative("setAside.unitPrice");
  }

  /**
   * Returns unit price × quantity.
   *
   * @return the subtotal
   * @throws ArithmeticException if it exceeds the yen range
   */
  public Yen subtotal() {
    return unitPrice.times(quantity);
  }
}
