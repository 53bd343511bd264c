package io.github.kotowari.konbini.lifecycle;

import com.google.common.collect.ImmutableList;
import io.github.kotowari.core.rule.ParamKey;
import io.github.kotowari.core.rule.ReasonCode;
import io.github.kotowari.core.rule.RemedyCode;
import java.time.Instant;

/**
 * The reason codes and remedy codes of the konbini payment lifecycle, with their typed parameters.
 *
 * <pre>{@code
 * Transition t = paid.cancel(now);
 * if (t.isRejected()) {
 *   Violation why = t.rejection().orElseThrow();
 *   why.reason().equals(LifecycleReasons.PAID_CANNOT_BE_CANCELLED);   // true
 *   why.parameters().get(LifecycleReasons.PAID);                     // when it was paid
 *   why.message(Locale.JAPANESE);
 * }
 * }</pre>
 *
 * <p>Rejections of a transition ({@link Transition#rejection()}) and the explanations of decisions
 * ({@link Reflection#explanation()}, {@link StandingDecision#explanation()}) all use these codes. Code
 * strings and parameter names are part of the public API contract. Every code renders in Japanese and
 * English.
 *
 * @since 0.1.0
 */
public final class LifecycleReasons {
  private LifecycleReasons() {}

  /** The instant that was given, possibly one that cannot be shown in Japan time. */
  public static final ParamKey<Instant> INSTANT = ParamKey.of("instant", Instant.class);
  /** The first supported instant. */
  public static final ParamKey<TokyoTime> FIRST = ParamKey.of("first", TokyoTime.class);
  /** The last supported instant. */
  public static final ParamKey<TokyoTime> LAST = ParamKey.of("last", TokyoTime.class);
  /** The instant of the attempted event. */
  public static final ParamKey<TokyoTime> AT = ParamKey.of("at", TokyoTime.class);
  /** The instant of the payment's latest recorded event. */
  public static final ParamKey<TokyoTime> PREVIOUS = ParamKey.of("previous", TokyoTime.class);
  /** The payment deadline (inclusive). */
  public static final ParamKey<TokyoTime> DEADLINE = ParamKey.of("deadline", TokyoTime.class);
  /** When the payment was made. */
  public static final ParamKey<TokyoTime> PAID = ParamKey.of("paid", TokyoTime.class);
  /** When the customer cancelled. */
  public static final ParamKey<TokyoTime> CANCELLED = ParamKey.of("cancelled", TokyoTime.class);
  /** When the return (or the shop's cancellation of a paid order) was accepted. */
  public static final ParamKey<TokyoTime> ACCEPTED = ParamKey.of("accepted", TokyoTime.class);
  /** When the payment is expected to be reflected. */
  public static final ParamKey<TokyoTime> EXPECTED = ParamKey.of("expected", TokyoTime.class);
  /** Where a refund is paid. */
  public static final ParamKey<RefundChannel> CHANNEL = ParamKey.of("channel", RefundChannel.class);
  /** The number of expiries counted. */
  public static final ParamKey<Integer> COUNT = ParamKey.of("count", Integer.class);
  /** The length of the standing window in days. */
  public static final ParamKey<Integer> WINDOW_DAYS = ParamKey.of("window-days", Integer.class);
  /** The number of expiries at which the account is restricted. */
  public static final ParamKey<Integer> RESTRICT_AT = ParamKey.of("restrict-at", Integer.class);

  // ---- transitions -------------------------------------------------------------------------------

  /** An instant outside the supported range (such as {@link Instant#MAX}), given or computed. */
  public static final ReasonCode INSTANT_OUT_OF_RANGE = ReasonCode.builder("konbini.lifecycle.instant-out-of-range")
      .param(INSTANT).param(FIRST).param(LAST)
      .japanese("日時 {instant} は扱える範囲（{first} 〜 {last}）の外です。")
      .english("The instant {instant} is outside the supported range ({first} to {last}).")
      .build();

  /** An event dated before the payment's latest recorded event. */
  public static final ReasonCode BEFORE_PREVIOUS_EVENT = ReasonCode.builder("konbini.lifecycle.before-previous-event")
      .param(AT).param(PREVIOUS)
      .japanese("{at} の操作は、直前の記録（{previous}）より前の日時です。")
      .english("The event at {at} is dated before the payment's latest event ({previous}).")
      .build();

  /** A payment attempted after the deadline: the number has expired and the order was cancelled. */
  public static final ReasonCode PAYMENT_EXPIRED = ReasonCode.builder("konbini.lifecycle.payment-expired")
      .param(AT).param(DEADLINE)
      .japanese("支払期限（{deadline}）を過ぎているため、{at} には支払えません。注文は自動でキャンセルされています。")
      .english("The payment deadline ({deadline}) has passed, so it cannot be paid at {at}; the order was "
          + "cancelled automatically.")
      .build();

  /** A second payment, or a payment of an order whose refund is pending. */
  public static final ReasonCode ALREADY_PAID = ReasonCode.builder("konbini.lifecycle.already-paid")
      .param(PAID)
      .japanese("この注文は {paid} に支払い済みです。")
      .english("This order was already paid at {paid}.")
      .build();

  /** A payment or cancellation of an order the customer already cancelled. */
  public static final ReasonCode ALREADY_CANCELLED = ReasonCode.builder("konbini.lifecycle.already-cancelled")
      .param(CANCELLED)
      .japanese("この注文は {cancelled} にキャンセル済みです。")
      .english("This order was already cancelled at {cancelled}.")
      .build();

  /** A cancellation after paying: not possible. */
  public static final ReasonCode PAID_CANNOT_BE_CANCELLED =
      ReasonCode.builder("konbini.lifecycle.paid-cannot-be-cancelled")
          .param(PAID)
          .japanese("{paid} に支払い済みのため、キャンセルできません。")
          .english("The order was paid at {paid} and can no longer be cancelled.")
          .build();

  /** A cancellation after the deadline: the order already cancelled itself. */
  public static final ReasonCode ALREADY_EXPIRED = ReasonCode.builder("konbini.lifecycle.already-expired")
      .param(DEADLINE)
      .japanese("支払期限（{deadline}）を過ぎたため、注文はすでに自動でキャンセルされています。")
      .english("The payment deadline ({deadline}) has passed; the order has already been cancelled automatically.")
      .build();

  /** A refund asked for an order that was never paid. */
  public static final ReasonCode NOT_PAID = ReasonCode.builder("konbini.lifecycle.not-paid")
      .japanese("まだ支払われていない注文のため、返金するものはありません。")
      .english("The order has not been paid, so there is nothing to refund.")
      .build();

  /** A second refund of the same payment. */
  public static final ReasonCode REFUND_ALREADY_PENDING = ReasonCode.builder("konbini.lifecycle.refund-already-pending")
      .param(ACCEPTED).param(CHANNEL)
      .japanese("{accepted} に返品が受け付けられ、{channel}への返金を手続き中です。")
      .english("A return was accepted at {accepted}; the refund to {channel} is under way.")
      .build();

  // ---- reflection --------------------------------------------------------------------------------

  /** Paid during processing hours: reflected after the policy's usual delay. */
  public static final ReasonCode REFLECTION_PROCESSING_HOURS =
      ReasonCode.builder("konbini.lifecycle.reflection-processing-hours")
          .param(PAID).param(EXPECTED)
          .japanese("{paid} の支払いは、{expected} ごろまでに反映される見込みです。")
          .english("The payment made at {paid} is expected to be reflected by {expected}.")
          .build();

  /** Paid late at night: reflected once processing resumes. */
  public static final ReasonCode REFLECTION_LATE_NIGHT = ReasonCode.builder("konbini.lifecycle.reflection-late-night")
      .param(PAID).param(EXPECTED)
      .japanese("{paid} は深夜のため、支払いの反映は {expected} ごろの見込みです。")
      .english("The payment made at {paid} was late at night; it is expected to be reflected by {expected}.")
      .build();

  /** Paid on a weekend or holiday: reflected on the next business day. */
  public static final ReasonCode REFLECTION_NON_BUSINESS_DAY =
      ReasonCode.builder("konbini.lifecycle.reflection-non-business-day")
          .param(PAID).param(EXPECTED)
          .japanese("{paid} は休業日のため、支払いの反映は翌営業日の {expected} ごろの見込みです。")
          .english("The payment made at {paid} fell on a weekend or holiday; it is expected to be reflected on the "
              + "next business day, by {expected}.")
          .build();

  // ---- standing ----------------------------------------------------------------------------------

  /** Few enough expiries: nothing to do. */
  public static final ReasonCode STANDING_OK = ReasonCode.builder("konbini.lifecycle.standing-ok")
      .param(COUNT).param(WINDOW_DAYS)
      .japanese("過去 {window-days} 日間の期限切れは {count} 件で、問題ありません。")
      .english("{count} konbini payments expired in the last {window-days} days; the account is in good standing.")
      .build();

  /** Expiries approaching the restriction threshold. */
  public static final ReasonCode STANDING_WARN = ReasonCode.builder("konbini.lifecycle.standing-warn")
      .param(COUNT).param(WINDOW_DAYS).param(RESTRICT_AT)
      .japanese("過去 {window-days} 日間にコンビニ払いの期限切れが {count} 件あります。{restrict-at} 件に達すると利用が制限されることがあります。")
      .english("{count} konbini payments expired in the last {window-days} days; at {restrict-at} the account may "
          + "be restricted.")
      .build();

  /** Too many expiries: the account is restricted. */
  public static final ReasonCode STANDING_RESTRICT = ReasonCode.builder("konbini.lifecycle.standing-restrict")
      .param(COUNT).param(WINDOW_DAYS)
      .japanese("過去 {window-days} 日間にコンビニ払いの期限切れが {count} 件あるため、アカウントの利用が制限されます。")
      .english("{count} konbini payments expired in the last {window-days} days; the account is restricted.")
      .build();

  // ---- remedies ----------------------------------------------------------------------------------

  /** Give an instant inside the supported range. */
  public static final RemedyCode USE_SUPPORTED_INSTANT = RemedyCode.builder("konbini.lifecycle.use-supported-instant")
      .param(FIRST).param(LAST)
      .japanese("{first} 〜 {last} の日時を指定してください。")
      .english("Give an instant from {first} to {last}.")
      .build();

  /** Record events in the order they happened. */
  public static final RemedyCode RECORD_IN_ORDER = RemedyCode.builder("konbini.lifecycle.record-in-order")
      .japanese("起きた順に記録してください。時計やタイムゾーンの設定も確認してください。")
      .english("Record events in the order they happened; check the clock and time zone of the system that sent them.")
      .build();

  /** Order again and pay in time, or pick another payment method. */
  public static final RemedyCode ORDER_AGAIN = RemedyCode.builder("konbini.lifecycle.order-again")
      .japanese("もう一度注文し、新しい支払期限までに支払うか、別の支払い方法を選んでください。")
      .english("Place the order again and pay before the new deadline, or choose another payment method.")
      .build();

  /** Check the order history rather than paying twice. */
  public static final RemedyCode CHECK_ORDER_HISTORY = RemedyCode.builder("konbini.lifecycle.check-order-history")
      .japanese("注文履歴で支払い状況を確認してください。")
      .english("Check the payment status in the order history.")
      .build();

  /** After a paid order: return the item instead; the refund goes to the policy's channel. */
  public static final RemedyCode RETURN_FOR_REFUND = RemedyCode.builder("konbini.lifecycle.return-for-refund")
      .param(CHANNEL)
      .japanese("商品の到着後に返品を申し込んでください。返金は{channel}に行われます。")
      .english("Request a return once the item arrives; the refund is paid to {channel}.")
      .build();

  /** Before paying: cancel from the order history, free of charge. */
  public static final RemedyCode CANCEL_FROM_ORDER_HISTORY =
      RemedyCode.builder("konbini.lifecycle.cancel-from-order-history")
          .japanese("支払い前の注文は、注文履歴から無料でキャンセルできます。")
          .english("An unpaid order can be cancelled free of charge from the order history.")
          .build();

  /** Wait for the refund already under way. */
  public static final RemedyCode WAIT_FOR_REFUND = RemedyCode.builder("konbini.lifecycle.wait-for-refund")
      .param(CHANNEL)
      .japanese("{channel}への返金をお待ちください。")
      .english("Wait for the refund to {channel}.")
      .build();

  /** To keep or restore good standing: pay in time or cancel orders you will not pay. */
  public static final RemedyCode PAY_OR_CANCEL_IN_TIME = RemedyCode.builder("konbini.lifecycle.pay-or-cancel-in-time")
      .japanese("支払期限までに支払うか、支払わない注文は期限前にキャンセルしてください。")
      .english("Pay before the deadline, or cancel orders you will not pay before it passes.")
      .build();

  /** While restricted: use another payment method. */
  public static final RemedyCode CHOOSE_ANOTHER_PAYMENT_METHOD =
      RemedyCode.builder("konbini.lifecycle.choose-another-payment-method")
          .japanese("コンビニ払い以外の支払い方法を選んでください。")
          .english("Choose a payment method other than konbini payment.")
          .build();

  private static final ImmutableList<ReasonCode> REASONS = ImmutableList.of(INSTANT_OUT_OF_RANGE,
      BEFORE_PREVIOUS_EVENT, PAYMENT_EXPIRED, ALREADY_PAID, ALREADY_CANCELLED, PAID_CANNOT_BE_CANCELLED,
      ALREADY_EXPIRED, NOT_PAID, REFUND_ALREADY_PENDING, REFLECTION_PROCESSING_HOURS, REFLECTION_LATE_NIGHT,
      REFLECTION_NON_BUSINESS_DAY, STANDING_OK, STANDING_WARN, STANDING_RESTRICT);

  private static final ImmutableList<RemedyCode> REMEDIES = ImmutableList.of(USE_SUPPORTED_INSTANT, RECORD_IN_ORDER,
      ORDER_AGAIN, CHECK_ORDER_HISTORY, RETURN_FOR_REFUND, CANCEL_FROM_ORDER_HISTORY, WAIT_FOR_REFUND,
      PAY_OR_CANCEL_IN_TIME, CHOOSE_ANOTHER_PAYMENT_METHOD);

  /**
   * Returns every reason code of the lifecycle, in the order of this class.
   *
   * @return the reason codes, never null
   */
  public static ImmutableList<ReasonCode> reasons() {
    return REASONS;
  }

  /**
   * Returns every remedy code of the lifecycle, in the order of this class.
   *
   * @return the remedy codes, never null
   */
  public static ImmutableList<RemedyCode> remedies() {
    return REMEDIES;
  }
}
