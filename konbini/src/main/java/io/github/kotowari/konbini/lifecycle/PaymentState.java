package io.github.kotowari.konbini.lifecycle;

import io.github.kotowari.core.Displayable;
import io.github.kotowari.core.Language;
import java.util.Locale;

/**
 * The state of a konbini payment at an instant, derived by {@link KonbiniPayment#stateAt}.
 *
 * <p>States only move forward in time: {@link #NOT_ISSUED} → {@link #AWAITING_PAYMENT} → one of
 * {@link #PAID}, {@link #EXPIRED}, {@link #CANCELLED}; and {@link #PAID} → {@link #REFUND_PENDING}.
 * {@link #stage()} orders them so.
 *
 * @since 0.1.0
 */
public enum PaymentState implements Displayable {
  /** Before the payment number was issued. */
  NOT_ISSUED(0, "番号発行前", "not issued yet"),
  /** The number is issued and the deadline has not passed. */
  AWAITING_PAYMENT(1, "支払い待ち", "awaiting payment"),
  /** Paid at a store. */
  PAID(2, "支払い済み", "paid"),
  /** Not paid by the deadline: the order was cancelled automatically. */
  EXPIRED(2, "期限切れ（自動キャンセル）", "expired (cancelled automatically)"),
  /** Cancelled by the customer before paying. */
  CANCELLED(2, "キャンセル済み", "cancelled"),
  /** Paid, then returned (or cancelled by the shop): the refund is under way. */
  REFUND_PENDING(3, "返金手続き中", "refund pending");

  private final int stage;
  private final String japanese;
  private final String english;

  PaymentState(int stage, String japanese, String english) {
    this.stage = stage;
    this.japanese = japanese;
    this.english = english;
  }

  /**
   * Returns how far along the lifecycle this state is: 0 not issued, 1 awaiting, 2 paid, expired or
   * cancelled, 3 refund pending. The state of a payment at a later instant never has a lower stage.
   *
   * @return the stage, 0 to 3
   */
  public int stage() {
    return stage;
  }

  /**
   * Returns whether no further event can change this state: expired, cancelled or refund pending.
   *
   * @return true for a final state
   */
  public boolean isFinal() {
    return this == EXPIRED || this == CANCELLED || this == REFUND_PENDING;
  }

  /**
   * Returns the state in {@code locale}'s language, such as {@code 支払い待ち}.
   *
   * @param locale the reader's locale
   * @return the display text
   */
  @Override
  public String display(Locale locale) {
    return Language.of(locale) == Language.JAPANESE ? japanese : english;
  }
}
