package io.github.kotowari.konbini.eligibility;

import static io.github.kotowari.konbini.eligibility.KonbiniEligibilityTest.item;
import static io.github.kotowari.konbini.eligibility.KonbiniEligibilityTest.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import io.github.kotowari.core.money.Yen;
import io.github.kotowari.core.rule.Decision;
import io.github.kotowari.core.order.ItemKind;
import io.github.kotowari.core.order.LineItem;
import io.github.kotowari.core.order.Order;
import io.github.kotowari.core.order.Seller;
import io.github.kotowari.core.order.ShippingOption;
import io.github.kotowari.core.payment.PaymentMethod;
import io.github.kotowari.konbini.KonbiniPolicy;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PaymentAvailabilityTest {

  static final PaymentAvailability AMAZON = PaymentAvailability.of(KonbiniPolicy.amazonJapan());

  static Map<PaymentMethod, MethodAvailability> byMethod(List<MethodAvailability> list) {
    return list.stream().collect(Collectors.toMap(MethodAvailability::method, a -> a));
  }

  @Test
  void everyMethodOfTheHierarchyIsAnsweredInOrder() {
    List<MethodAvailability> all = AMAZON.check(order(ShippingOption.STANDARD, item("book", 1_980)));
    assertEquals(PaymentMethod.all(), all.stream().map(MethodAvailability::method).toList());
    assertTrue(all.stream().allMatch(MethodAvailability::isAllowed));
  }

  @Test
  void expressRulesOutThePayAtStoreGroupButNotTheCard() {
    Map<PaymentMethod, MethodAvailability> m = byMethod(AMAZON.check(order(ShippingOption.EXPRESS, item("book", 1_980))));
    assertTrue(m.get(PaymentMethod.creditCard()).isAllowed());
    for (PaymentMethod method : PaymentMethod.all()) {
      boolean group = PaymentMethod.Kind.payAtStoreGroup().contains(method.kind());
      assertEquals(!group, m.get(method).isAllowed(), method.toString());
      if (group) {
        assertTrue(m.get(method).decision().hasReason(KonbiniReasons.EXPRESS_SHIPPING));
      }
    }
  }

  @Test
  void withoutTheGroupReadingAtmIsJudgedOnItsOwn() {
    PaymentAvailability literal = PaymentAvailability.of(
        KonbiniPolicy.amazonJapan().toBuilder().payAtStoreGroupFollowsKonbini(false).build());
    Map<PaymentMethod, MethodAvailability> m = byMethod(literal.check(order(ShippingOption.EXPRESS, item("book", 1_980))));
    assertFalse(m.get(PaymentMethod.konbini()).isAllowed());
    assertTrue(m.get(PaymentMethod.atm()).isAllowed());
  }

  @Test
  void cashOnDeliveryNeedsSomethingShipped() {
    Order ebook = order(ShippingOption.NO_SHIPPING, LineItem.of("ebook", 1, Yen.of(1_320), ItemKind.DIGITAL_CONTENT));
    MethodAvailability cod = byMethod(AMAZON.check(ebook)).get(PaymentMethod.cashOnDelivery());
    assertFalse(cod.isAllowed());
    assertTrue(cod.decision().hasReason(KonbiniReasons.NOTHING_TO_DELIVER));
    assertEquals("Cash on delivery needs something to deliver, and nothing in this order is shipped.",
        cod.decision().violations().get(0).message(Locale.ENGLISH));
  }

  @Test
  void aSellerThatAcceptsOnlyCardsLeavesOnlyTheCard() {
    Seller shop = Seller.marketplace("S1", "Card Shop", EnumSet.of(PaymentMethod.Kind.CREDIT_CARD));
    Order o = order(ShippingOption.STANDARD, item("book", 1_980)).withSeller(shop);
    assertEquals(List.of(PaymentMethod.creditCard()), AMAZON.allowedMethods(o));
    MethodAvailability debit = byMethod(AMAZON.check(o)).get(PaymentMethod.debitCard());
    assertEquals("The seller \"Card Shop\" does not accept Debit card.",
        debit.decision().violations().get(0).message(Locale.ENGLISH));
    assertEquals("出品者「Card Shop」はデビットカードを受け付けていません。",
        debit.decision().violations().get(0).message(Locale.JAPANESE));
  }

  @Test
  void theGuidesComparisonTable() {
    // The guide's table: konbini (no fee, cash, deadline), credit card (immediate, points,
    // instalments), e-money (immediate, prepaid), pay later (after delivery, screening, fee may apply).
    assertEquals(List.of(PaymentMethod.Kind.KONBINI, PaymentMethod.Kind.CREDIT_CARD, PaymentMethod.Kind.E_MONEY,
        PaymentMethod.Kind.PAY_LATER), PaymentComparison.guide().stream().map(PaymentComparison.Row::kind).toList());
    PaymentComparison.Row konbini = PaymentComparison.row(PaymentMethod.Kind.KONBINI).orElseThrow();
    assertEquals(PaymentComparison.Fee.NONE, konbini.fee());
    assertTrue(konbini.deadline());
    assertEquals(PaymentComparison.Timing.BEFORE_DEADLINE, konbini.timing());
    PaymentComparison.Row card = PaymentComparison.row(PaymentMethod.Kind.CREDIT_CARD).orElseThrow();
    assertTrue(card.points());
    assertEquals(PaymentComparison.Timing.IMMEDIATE, card.timing());
    assertEquals(PaymentComparison.Timing.IMMEDIATE, PaymentComparison.row(PaymentMethod.Kind.E_MONEY).orElseThrow().timing());
    PaymentComparison.Row later = PaymentComparison.row(PaymentMethod.Kind.PAY_LATER).orElseThrow();
    assertEquals(PaymentComparison.Fee.MAY_APPLY, later.fee());
    assertEquals(PaymentComparison.Timing.AFTER_DELIVERY, later.timing());
    assertTrue(PaymentComparison.row(PaymentMethod.Kind.ATM).isEmpty());
    assertEquals("Convenience store (konbini) payment: fee none; paid at a store before a deadline; deadline; "
        + "points not stated; cash, no card needed", konbini.display(Locale.ENGLISH));
    assertEquals("コンビニ払い: 手数料 無料、支払い 期限までに店頭で、期限 あり、ポイント 記載なし、現金払い、カード不要",
        konbini.display(Locale.JAPANESE));
  }

  @Test
  void valueTypesCompareByTheirComponents() {
    PaymentComparison.Row konbini = PaymentComparison.row(PaymentMethod.Kind.KONBINI).orElseThrow();
    new EqualsTester()
        .addEqualityGroup(konbini, new PaymentComparison.Row(PaymentMethod.Kind.KONBINI, PaymentComparison.Fee.NONE,
            PaymentComparison.Timing.BEFORE_DEADLINE, true, false, "現金払い、カード不要", "cash, no card needed"))
        .addEqualityGroup(PaymentComparison.row(PaymentMethod.Kind.CREDIT_CARD).orElseThrow())
        .testEquals();
    Order express = order(ShippingOption.EXPRESS, item("book", 1_980));
    new EqualsTester()
        .addEqualityGroup(new MethodAvailability(PaymentMethod.konbini(), Decision.allowed()),
            new MethodAvailability(PaymentMethod.konbini(), Decision.allowed()))
        .addEqualityGroup(new MethodAvailability(PaymentMethod.atm(), Decision.allowed()))
        .addEqualityGroup(AMAZON.check(express).get(2))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(AMAZON, PaymentAvailability.of(KonbiniPolicy.amazonJapan()))
        .addEqualityGroup(PaymentAvailability.of(KonbiniPolicy.stripe()))
        .testEquals();
  }
}
