package io.github.kotowari.konbini.eligibility;

import com.google.common.collect.ImmutableList;
import io.github.kotowari.core.money.Yen;
import io.github.kotowari.core.order.ShippingOption;
import io.github.kotowari.core.payment.PaymentMethod;
import io.github.kotowari.core.rule.ParamKey;
import io.github.kotowari.core.rule.ReasonCode;
import io.github.kotowari.core.rule.RemedyCode;
import io.github.kotowari.konbini.split.SplitPlan;
import java.util.List;

/**
 * The reason codes, remedy codes and parameter keys of konbini eligibility and payment-method
 * availability. Codes and parameter names are part of the public API: they never change meaning.
 *
 * <pre>{@code
 * Decision d = KonbiniEligibility.amazonJapan().check(order);
 * if (d.hasReason(KonbiniReasons.AMOUNT_OVER_LIMIT)) {
 *   Yen limit = d.violations().get(0).parameters().get(KonbiniReasons.LIMIT);
 * }
 * }</pre>
 *
 * <p>Line lists ({@link #LINES}) hold at most {@value #MAX_LISTED_LINES} line ids, in order;
 * {@link #COUNT} gives how many lines there are in all, so a message never grows with the order.
 *
 * @since 0.1.0
 */
public final class KonbiniReasons {
  private KonbiniReasons() {}

  /** The most line ids a {@link #LINES} parameter lists. */
  public static final int MAX_LISTED_LINES = 10;

  // ---- parameters ----

  /** The order total, tax included. */
  public static final ParamKey<Yen> TOTAL = ParamKey.of("total", Yen.class);
  /** The policy's maximum. */
  public static final ParamKey<Yen> LIMIT = ParamKey.of("limit", Yen.class);
  /** The policy's minimum. */
  public static final ParamKey<Yen> MINIMUM = ParamKey.of("minimum", Yen.class);
  /** How much is missing to reach the minimum. */
  public static final ParamKey<Yen> SHORTFALL = ParamKey.of("shortfall", Yen.class);
  /** The chosen shipping option. */
  public static final ParamKey<ShippingOption> SHIPPING = ParamKey.of("shipping", ShippingOption.class);
  /** How many lines are concerned. */
  public static final ParamKey<Long> COUNT = ParamKey.of("count", Long.class);
  /** The ids of the lines concerned, at most {@value #MAX_LISTED_LINES}. */
  public static final ParamKey<List<String>> LINES = ParamKey.listOf("lines", String.class);
  /** The seller's name as shown to customers. */
  public static final ParamKey<String> SELLER = ParamKey.of("seller", String.class);
  /** The number of konbini orders of a split. */
  public static final ParamKey<Integer> ORDERS = ParamKey.of("orders", Integer.class);
  /** The split plan. */
  public static final ParamKey<SplitPlan> PLAN = ParamKey.of("plan", SplitPlan.class);
  /** The payment methods still allowed. */
  public static final ParamKey<List<PaymentMethod>> METHODS = ParamKey.listOf("methods", PaymentMethod.class);
  /** One payment method. */
  public static final ParamKey<PaymentMethod> METHOD = ParamKey.of("method", PaymentMethod.class);

  // ---- reasons: konbini ----

  /** The total is over the policy's maximum (Amazon Japan: 300,000 yen including tax). */
  public static final ReasonCode AMOUNT_OVER_LIMIT = ReasonCode.builder("konbini.amount-over-limit")
      .param(TOTAL).param(LIMIT)
      .japanese("合計 {total} がコンビニ払いの上限 {limit}（税込）を超えています。")
      .english("The total {total} is over the konbini payment limit of {limit} (tax included).")
      .build();

  /** The total is under the policy's minimum. */
  public static final ReasonCode AMOUNT_UNDER_MINIMUM = ReasonCode.builder("konbini.amount-under-minimum")
      .param(TOTAL).param(MINIMUM)
      .japanese("合計 {total} がコンビニ払いの最低金額 {minimum} に届きません。")
      .english("The total {total} is under the konbini payment minimum of {minimum}.")
      .build();

  /** Express shipping (お急ぎ便) is chosen. */
  public static final ReasonCode EXPRESS_SHIPPING = ReasonCode.builder("konbini.express-shipping")
      .param(SHIPPING)
      .japanese("{shipping}を選んだ注文ではコンビニ払いを利用できません。")
      .english("Konbini payment is not offered with this shipping option: {shipping}.")
      .build();

  /** Scheduled delivery (日時指定便) is chosen. */
  public static final ReasonCode SCHEDULED_DELIVERY = ReasonCode.builder("konbini.scheduled-delivery")
      .param(SHIPPING)
      .japanese("{shipping}を選んだ注文ではコンビニ払いを利用できません。")
      .english("Konbini payment is not offered with this delivery option: {shipping}.")
      .build();

  /** The order has digital content (e-books, music, software). */
  public static final ReasonCode DIGITAL_ITEM = ReasonCode.builder("konbini.digital-item")
      .param(COUNT).param(LINES)
      .japanese("デジタルコンテンツはコンビニ払いの対象外です（該当 {count} 行: {lines}）。")
      .english("Digital content cannot be paid at a konbini (lines: {lines}; {count} in all).")
      .build();

  /** The order has a gift card. */
  public static final ReasonCode GIFT_CARD_ITEM = ReasonCode.builder("konbini.gift-card-item")
      .param(COUNT).param(LINES)
      .japanese("ギフトカードはコンビニ払いの対象外です（該当 {count} 行: {lines}）。")
      .english("Gift cards cannot be paid at a konbini (lines: {lines}; {count} in all).")
      .build();

  /** The order has a subscription. */
  public static final ReasonCode SUBSCRIPTION_ITEM = ReasonCode.builder("konbini.subscription-item")
      .param(COUNT).param(LINES)
      .japanese("定期購読・サブスクリプションはコンビニ払いの対象外です（該当 {count} 行: {lines}）。")
      .english("Subscriptions cannot be paid at a konbini (lines: {lines}; {count} in all).")
      .build();

  /** The order has a pre-order (予約商品). */
  public static final ReasonCode PRE_ORDER_ITEM = ReasonCode.builder("konbini.pre-order-item")
      .param(COUNT).param(LINES)
      .japanese("予約商品を含む注文はコンビニ払いを利用できません（該当 {count} 行: {lines}）。")
      .english("An order with pre-order items cannot be paid at a konbini (lines: {lines}; {count} in all).")
      .build();

  /** The marketplace seller does not accept konbini payment. */
  public static final ReasonCode SELLER_NOT_ACCEPTING = ReasonCode.builder("konbini.seller-not-accepting")
      .param(SELLER)
      .japanese("出品者「{seller}」はコンビニ払いを受け付けていません。")
      .english("The seller \"{seller}\" does not accept konbini payment.")
      .build();

  /** PayPay balance is the only payment method selected. */
  public static final ReasonCode PAYPAY_ONLY = ReasonCode.builder("konbini.paypay-only")
      .japanese("支払い方法としてPayPay残高だけが選ばれているため、コンビニ払いは表示されません。")
      .english("Konbini payment is not shown while PayPay balance is the only payment method selected.")
      .build();

  // ---- reasons: other payment methods ----

  /** A marketplace seller does not accept a payment method. */
  public static final ReasonCode METHOD_NOT_ACCEPTED = ReasonCode.builder("payment.seller-not-accepting")
      .param(METHOD).param(SELLER)
      .japanese("出品者「{seller}」は{method}を受け付けていません。")
      .english("The seller \"{seller}\" does not accept {method}.")
      .build();

  /** Cash on delivery needs something delivered. */
  public static final ReasonCode NOTHING_TO_DELIVER = ReasonCode.builder("payment.nothing-to-deliver")
      .param(METHOD)
      .japanese("配送される商品がないため、{method}は利用できません。")
      .english("{method} needs something to deliver, and nothing in this order is shipped.")
      .build();

  // ---- remedies ----

  /** Split the order into orders within the cap, with the plan. */
  public static final RemedyCode SPLIT_ORDER = RemedyCode.builder("konbini.split-order")
      .param(ORDERS).param(LIMIT).param(PLAN)
      .japanese("注文を{limit}以下の{orders}件に分けてください（{plan}）。")
      .english("Split the order into {orders} orders of at most {limit} each ({plan}).")
      .build();

  /** Add items to reach the minimum. */
  public static final RemedyCode ADD_ITEMS = RemedyCode.builder("konbini.add-items")
      .param(SHORTFALL).param(MINIMUM)
      .japanese("あと{shortfall}以上追加して、{minimum}以上にしてください。")
      .english("Add at least {shortfall} to reach {minimum}.")
      .build();

  /** Choose standard shipping. */
  public static final RemedyCode CHOOSE_STANDARD_SHIPPING = RemedyCode.builder("konbini.choose-standard-shipping")
      .japanese("通常配送に変更してください。")
      .english("Choose standard shipping instead.")
      .build();

  /** Remove the listed lines or order them separately. */
  public static final RemedyCode REMOVE_ITEMS = RemedyCode.builder("konbini.remove-items")
      .param(LINES)
      .japanese("次の商品をカートから外すか、別の注文にしてください: {lines}")
      .english("Remove these items or order them separately: {lines}")
      .build();

  /** Buy from another seller. */
  public static final RemedyCode CHOOSE_ANOTHER_SELLER = RemedyCode.builder("konbini.choose-another-seller")
      .japanese("コンビニ払いに対応した別の出品者から購入してください。")
      .english("Buy from another seller who accepts konbini payment.")
      .build();

  /** Choose another payment method; lists the ones still allowed. */
  public static final RemedyCode PAY_ANOTHER_WAY = RemedyCode.builder("konbini.pay-another-way")
      .param(METHODS)
      .japanese("別の支払い方法を選んでください（利用できる方法: {methods}）。")
      .english("Pay another way (still allowed: {methods}).")
      .build();

  /** Change the payment selection so PayPay balance is not the only method. */
  public static final RemedyCode CHANGE_PAYMENT_SELECTION = RemedyCode.builder("konbini.change-payment-selection")
      .japanese("PayPay残高だけの選択をやめ、支払い方法を選び直してください。")
      .english("Do not select PayPay balance alone; choose the payment method again.")
      .build();

  /**
   * Returns every reason code of this class, in declaration order.
   *
   * @return the reason codes
   */
  public static ImmutableList<ReasonCode> reasons() {
    return ImmutableList.of(AMOUNT_OVER_LIMIT, AMOUNT_UNDER_MINIMUM, EXPRESS_SHIPPING, SCHEDULED_DELIVERY, DIGITAL_ITEM,
        GIFT_CARD_ITEM, SUBSCRIPTION_ITEM, PRE_ORDER_ITEM, SELLER_NOT_ACCEPTING, PAYPAY_ONLY, METHOD_NOT_ACCEPTED,
        NOTHING_TO_DELIVER);
  }

  /**
   * Returns every remedy code of this class, in declaration order.
   *
   * @return the remedy codes
   */
  public static ImmutableList<RemedyCode> remedies() {
    return ImmutableList.of(SPLIT_ORDER, ADD_ITEMS, CHOOSE_STANDARD_SHIPPING, REMOVE_ITEMS, CHOOSE_ANOTHER_SELLER,
        PAY_ANOTHER_WAY, CHANGE_PAYMENT_SELECTION);
  }
}
