package io.github.kotowari.konbini.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.kotowari.core.money.Yen;
import io.github.kotowari.core.order.ItemKind;
import io.github.kotowari.core.order.LineItem;
import io.github.kotowari.core.order.Order;
import io.github.kotowari.core.order.Seller;
import io.github.kotowari.core.order.ShippingOption;
import io.github.kotowari.core.payment.PaymentMethod;
import io.github.kotowari.core.rule.Decision;
import io.github.kotowari.core.rule.Mode;
import io.github.kotowari.core.rule.ReasonCode;
import io.github.kotowari.core.rule.Remedy;
import io.github.kotowari.core.rule.RemedyCode;
import io.github.kotowari.core.rule.TraceEntry;
import io.github.kotowari.core.rule.Violation;
import io.github.kotowari.konbini.KonbiniPolicy;
import io.github.kotowari.konbini.split.SplitPlan;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The guide's worked examples, each with its own reason and remedy. */
class KonbiniEligibilityTest {

  static final KonbiniEligibility AMAZON = KonbiniEligibility.amazonJapan();

  static LineItem item(String id, long price) {
    return LineItem.of(id, 1, Yen.of(price), ItemKind.PHYSICAL);
  }

  static Order order(ShippingOption shipping, LineItem... lines) {
    return Order.of(Seller.amazon(), shipping, List.of(lines));
  }

  static Order standard(LineItem... lines) {
    return order(ShippingOption.STANDARD, lines);
  }

  static List<String> codes(Decision d) {
    return d.violations().stream().map(v -> v.reason().code()).toList();
  }

  static List<RemedyCode> remedies(Violation v) {
    return v.remedies().stream().map(Remedy::kind).toList();
  }

  static Violation only(Decision d, ReasonCode reason) {
    assertEquals(1, d.violations().size(), d.toString());
    Violation v = d.violations().get(0);
    assertEquals(reason, v.reason());
    return v;
  }

  @Test
  void exactly300000YenIsAllowed() {
    Decision d = AMAZON.check(standard(item("tv", 280_000), item("stand", 20_000)));
    assertTrue(d.isAllowed(), d.toString());
  }

  @Test
  void oneYenMoreIsOverTheCapWithASplitPlanAndOtherMethods() {
    Decision d = AMAZON.check(standard(item("tv", 280_000), item("stand", 20_001)));
    Violation v = only(d, KonbiniReasons.AMOUNT_OVER_LIMIT);
    assertEquals(Yen.of(300_001), v.parameters().get(KonbiniReasons.TOTAL));
    assertEquals(Yen.of(300_000), v.parameters().get(KonbiniReasons.LIMIT));
    assertEquals(List.of(KonbiniReasons.SPLIT_ORDER, KonbiniReasons.PAY_ANOTHER_WAY), remedies(v));
    Remedy split = v.remedies().get(0);
    SplitPlan plan = split.parameters().get(KonbiniReasons.PLAN);
    assertEquals(2, split.parameters().get(KonbiniReasons.ORDERS));
    assertEquals(2, plan.orders().size());
    assertEquals(Yen.of(300_001), plan.total());
    assertEquals("注文を300,000円以下の2件に分けてください（2件: 280,000円 + 20,001円）。",
        split.message(Locale.JAPANESE));
    assertEquals("Split the order into 2 orders of at most ¥300,000 each (2 orders: ¥280,000 + ¥20,001).",
        split.message(Locale.ENGLISH));
    assertEquals("The total ¥300,001 is over the konbini payment limit of ¥300,000 (tax included).",
        v.message(Locale.ENGLISH));
    assertEquals("合計 300,001円 がコンビニ払いの上限 300,000円（税込）を超えています。", v.message(Locale.JAPANESE));
  }

  @Test
  void payAnotherWayListsTheMethodsOutsideThePayAtStoreGroup() {
    Violation v = only(AMAZON.check(standard(item("tv", 400_000))), KonbiniReasons.AMOUNT_OVER_LIMIT);
    // A single unit over the cap: no konbini order can hold it, so no split remedy.
    assertEquals(List.of(KonbiniReasons.PAY_ANOTHER_WAY), remedies(v));
    List<PaymentMethod> methods = v.remedies().get(0).parameters().get(KonbiniReasons.METHODS);
    assertTrue(methods.contains(PaymentMethod.creditCard()));
    assertTrue(methods.contains(PaymentMethod.cashOnDelivery()));
    // Konbini, ATM, net banking and e-money are one checkout option at Amazon: none is offered.
    for (PaymentMethod.Kind kind : PaymentMethod.Kind.payAtStoreGroup()) {
      assertTrue(methods.stream().noneMatch(m -> m.kind() == kind), kind.toString());
    }
  }

  @Test
  void expressShipping() {
    Violation v = only(AMAZON.check(order(ShippingOption.EXPRESS, item("book", 1_980))), KonbiniReasons.EXPRESS_SHIPPING);
    assertEquals(ShippingOption.EXPRESS, v.parameters().get(KonbiniReasons.SHIPPING));
    assertEquals(List.of(KonbiniReasons.CHOOSE_STANDARD_SHIPPING, KonbiniReasons.PAY_ANOTHER_WAY), remedies(v));
    assertEquals("お急ぎ便を選んだ注文ではコンビニ払いを利用できません。", v.message(Locale.JAPANESE));
    // Same-day express is a kind of お急ぎ便.
    only(AMAZON.check(order(ShippingOption.SAME_DAY, item("book", 1_980))), KonbiniReasons.EXPRESS_SHIPPING);
  }

  @Test
  void scheduledDelivery() {
    Violation v = only(AMAZON.check(order(ShippingOption.SCHEDULED, item("book", 1_980))),
        KonbiniReasons.SCHEDULED_DELIVERY);
    assertEquals(List.of(KonbiniReasons.CHOOSE_STANDARD_SHIPPING, KonbiniReasons.PAY_ANOTHER_WAY), remedies(v));
    assertEquals("日時指定便を選んだ注文ではコンビニ払いを利用できません。", v.message(Locale.JAPANESE));
  }

  @Test
  void preOrder() {
    Violation v = only(AMAZON.check(standard(item("book", 1_980), item("game", 7_980).withPreOrder(true))),
        KonbiniReasons.PRE_ORDER_ITEM);
    assertEquals(List.of("game"), v.parameters().get(KonbiniReasons.LINES));
    assertEquals(1L, v.parameters().get(KonbiniReasons.COUNT));
    assertEquals(List.of(KonbiniReasons.REMOVE_ITEMS, KonbiniReasons.PAY_ANOTHER_WAY), remedies(v));
    assertEquals("Remove these items or order them separately: game", v.remedies().get(0).message(Locale.ENGLISH));
  }

  @Test
  void digitalItem() {
    Order o = order(ShippingOption.NO_SHIPPING, LineItem.of("ebook", 1, Yen.of(1_320), ItemKind.DIGITAL_CONTENT));
    Violation v = only(AMAZON.check(o), KonbiniReasons.DIGITAL_ITEM);
    assertEquals(List.of(KonbiniReasons.REMOVE_ITEMS, KonbiniReasons.PAY_ANOTHER_WAY), remedies(v));
    assertEquals("デジタルコンテンツはコンビニ払いの対象外です（該当 1 行: ebook）。", v.message(Locale.JAPANESE));
    // Nothing is shipped: cash on delivery is not among the other methods.
    List<PaymentMethod> methods = v.remedies().get(1).parameters().get(KonbiniReasons.METHODS);
    assertFalse(methods.contains(PaymentMethod.cashOnDelivery()));
    assertTrue(methods.contains(PaymentMethod.creditCard()));
  }

  @Test
  void giftCard() {
    Violation v = only(AMAZON.check(standard(item("book", 1_980),
        LineItem.of("gift", 1, Yen.of(5_000), ItemKind.GIFT_CARD))), KonbiniReasons.GIFT_CARD_ITEM);
    assertEquals(List.of(KonbiniReasons.REMOVE_ITEMS, KonbiniReasons.PAY_ANOTHER_WAY), remedies(v));
    assertEquals(List.of("gift"), v.remedies().get(0).parameters().get(KonbiniReasons.LINES));
  }

  @Test
  void subscription() {
    only(AMAZON.check(order(ShippingOption.NO_SHIPPING, LineItem.of("plan", 1, Yen.of(980), ItemKind.SUBSCRIPTION))),
        KonbiniReasons.SUBSCRIPTION_ITEM);
  }

  @Test
  void marketplaceSellerThatDoesNotAccept() {
    Seller shop = Seller.marketplace("A1B2C3", "Kotowari Books", EnumSet.of(PaymentMethod.Kind.CREDIT_CARD));
    Violation v = only(AMAZON.check(standard(item("book", 1_980)).withSeller(shop)),
        KonbiniReasons.SELLER_NOT_ACCEPTING);
    assertEquals("Kotowari Books", v.parameters().get(KonbiniReasons.SELLER));
    assertEquals(List.of(KonbiniReasons.CHOOSE_ANOTHER_SELLER, KonbiniReasons.PAY_ANOTHER_WAY), remedies(v));
    // The seller accepts only credit cards: that is the one other method left.
    assertEquals(List.of(PaymentMethod.creditCard()),
        v.remedies().get(1).parameters().get(KonbiniReasons.METHODS));
  }

  @Test
  void marketplaceSellerRefusedByThePolicy() {
    Seller shop = Seller.marketplace("A1B2C3", "Kotowari Books", EnumSet.allOf(PaymentMethod.Kind.class));
    Order o = standard(item("book", 1_980)).withSeller(shop);
    assertTrue(AMAZON.check(o).isAllowed());
    KonbiniEligibility strict = KonbiniEligibility.of(
        KonbiniPolicy.amazonJapan().toBuilder().sellersNotAccepting(Set.of("A1B2C3")).build());
    only(strict.check(o), KonbiniReasons.SELLER_NOT_ACCEPTING);
  }

  @Test
  void payPayBalanceAsTheOnlyMethod() {
    Order o = standard(item("book", 1_980));
    Violation v = only(AMAZON.check(Checkout.of(o, EnumSet.of(PaymentMethod.Kind.PAYPAY)), Mode.ALL_VIOLATIONS),
        KonbiniReasons.PAYPAY_ONLY);
    assertEquals(KonbiniReasons.CHANGE_PAYMENT_SELECTION, v.remedies().get(0).kind());
    assertTrue(AMAZON.check(Checkout.of(o, EnumSet.of(PaymentMethod.Kind.PAYPAY, PaymentMethod.Kind.AMAZON_POINTS)),
        Mode.ALL_VIOLATIONS).isAllowed());
  }

  @Test
  void underStripesMinimum() {
    KonbiniEligibility stripe = KonbiniEligibility.of(KonbiniPolicy.stripe());
    Violation v = only(stripe.check(standard(item("sticker", 100))), KonbiniReasons.AMOUNT_UNDER_MINIMUM);
    assertEquals(Yen.of(120), v.parameters().get(KonbiniReasons.MINIMUM));
    assertEquals(Yen.of(20), v.remedies().get(0).parameters().get(KonbiniReasons.SHORTFALL));
    assertTrue(stripe.check(standard(item("sticker", 120))).isAllowed());
    // Stripe's policy excludes no shipping option.
    assertTrue(stripe.check(order(ShippingOption.EXPRESS, item("book", 1_980))).isAllowed());
  }

  @Test
  void allViolationsAtOnceInRuleOrder() {
    Order o = order(ShippingOption.EXPRESS, item("tv", 300_000),
        LineItem.of("ebook", 1, Yen.of(1_320), ItemKind.DIGITAL_CONTENT),
        LineItem.of("gift", 1, Yen.of(5_000), ItemKind.GIFT_CARD),
        item("game", 7_980).withPreOrder(true));
    Decision all = AMAZON.check(Checkout.of(o, EnumSet.of(PaymentMethod.Kind.PAYPAY)), Mode.ALL_VIOLATIONS);
    assertEquals(List.of("konbini.amount-over-limit", "konbini.express-shipping", "konbini.digital-item",
        "konbini.gift-card-item", "konbini.pre-order-item", "konbini.paypay-only"), codes(all));
    Decision first = AMAZON.check(Checkout.of(o, EnumSet.of(PaymentMethod.Kind.PAYPAY)), Mode.FIRST_VIOLATION);
    assertEquals(List.of(all.violations().get(0)), first.violations());
    Decision traced = AMAZON.check(Checkout.of(o), Mode.ALL_WITH_TRACE);
    assertEquals(AMAZON.rules().rules().size(), traced.trace().size());
    assertEquals(TraceEntry.Result.PASSED, traced.trace().get(1).result()); // under the minimum: no
  }

  @Test
  void rulesThePolicySwitchesOffAreNotApplicable() {
    KonbiniEligibility stripe = KonbiniEligibility.of(KonbiniPolicy.stripe());
    Decision traced = stripe.check(Checkout.of(order(ShippingOption.EXPRESS, item("book", 1_980))), Mode.ALL_WITH_TRACE);
    assertTrue(traced.isAllowed());
    assertEquals(TraceEntry.Result.NOT_APPLICABLE, traced.trace().stream()
        .filter(t -> t.ruleId().equals("konbini.express-shipping")).findFirst().orElseThrow().result());
  }

  @Test
  void ruleIdsAreTheReasonCodes() {
    assertEquals(List.of("konbini.amount-over-limit", "konbini.amount-under-minimum", "konbini.express-shipping",
        "konbini.scheduled-delivery", "konbini.digital-item", "konbini.gift-card-item", "konbini.subscription-item",
        "konbini.pre-order-item", "konbini.seller-not-accepting", "konbini.paypay-only"),
        AMAZON.rules().rules().stream().map(r -> r.id()).toList());
  }

  @Test
  void longLineListsAreCappedButCounted() {
    LineItem[] lines = new LineItem[25];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = LineItem.of("e" + i, 1, Yen.of(100), ItemKind.DIGITAL_CONTENT);
    }
    Violation v = only(AMAZON.check(order(ShippingOption.NO_SHIPPING, lines)), KonbiniReasons.DIGITAL_ITEM);
    assertEquals(25L, v.parameters().get(KonbiniReasons.COUNT));
    assertEquals(KonbiniReasons.MAX_LISTED_LINES, v.parameters().get(KonbiniReasons.LINES).size());
  }

  @Test
  void testEqualsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(KonbiniEligibility.amazonJapan(), KonbiniEligibility.of(KonbiniPolicy.amazonJapan()))
        .addEqualityGroup(KonbiniEligibility.of(KonbiniPolicy.stripe()))
        .testEquals();
    Order o = standard(item("book", 1_980));
    new EqualsTester()
        .addEqualityGroup(Checkout.of(o), Checkout.of(o, Set.of()))
        .addEqualityGroup(Checkout.of(o, Set.of(PaymentMethod.Kind.PAYPAY)))
        .addEqualityGroup(Checkout.of(standard(item("book", 1_981))))
        .testEquals();
    NullPointerTester tester = new NullPointerTester()
        .setDefault(KonbiniPolicy.class, KonbiniPolicy.amazonJapan())
        .setDefault(Order.class, o)
        .setDefault(Checkout.class, Checkout.of(o))
        .setDefault(Decision.class, Decision.allowed())
        .setDefault(PaymentMethod.class, PaymentMethod.konbini());
    tester.testAllPublicStaticMethods(KonbiniEligibility.class);
    tester.testAllPublicInstanceMethods(AMAZON);
    tester.testAllPublicStaticMethods(Checkout.class);
    tester.testAllPublicConstructors(Checkout.class);
    tester.testAllPublicStaticMethods(PaymentAvailability.class);
    tester.testAllPublicInstanceMethods(PaymentAvailability.of(KonbiniPolicy.amazonJapan()));
    tester.testAllPublicStaticMethods(PaymentComparison.class);
    tester.testAllPublicConstructors(MethodAvailability.class);
  }
}
