package io.github.kotowari.docs.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kotowari.core.money.Yen;
import io.github.kotowari.core.money.YenFormatException;
import io.github.kotowari.core.money.YenParseResult;
import io.github.kotowari.core.order.ItemKind;
import io.github.kotowari.core.order.LineItem;
import io.github.kotowari.core.order.Order;
import io.github.kotowari.core.order.Seller;
import io.github.kotowari.core.order.ShippingOption;
import io.github.kotowari.core.payment.PaymentMethod;
import io.github.kotowari.core.rule.Decision;
import io.github.kotowari.core.rule.ParamKey;
import io.github.kotowari.core.rule.ReasonCode;
import io.github.kotowari.core.rule.Rule;
import io.github.kotowari.core.rule.RuleSet;
import io.github.kotowari.core.rule.Violation;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The examples of the guide pages {@code docs/guide/en/orders-and-money.md} and
 * {@code docs/guide/ja/orders-and-money.md}: every {@code java} and {@code text} block there appears
 * here verbatim and is run.
 */
class OrdersGuideTest {

  @Test
  void money() {
    Yen price = Yen.ofPrice(1_980);
    Yen total = price.times(3).plus(Yen.of(500));
    String english = total.format(Locale.ENGLISH);
    String japanese = total.format(Locale.JAPANESE);

    assertEquals("¥6,440", english);
    assertEquals("6,440円", japanese);
    assertThrows(ArithmeticException.class, () -> Yen.MAX_VALUE.plus(Yen.of(1)));
    assertThrows(IllegalArgumentException.class, () -> Yen.ofPrice(-1));
  }

  @Test
  void parsing() {
    Yen typed = Yen.parse("３０万円");
    Yen alsoTyped = Yen.parse("1億2000万円");

    assertEquals(Yen.of(300_000), typed);
    assertEquals(Yen.of(120_000_000), alsoTyped);
  }

  @Test
  void parsingProblems() {
    YenParseResult result = Yen.tryParse("1.5万円");
    YenFormatException.Problem problem = result.problem().orElseThrow();
    String forTheCustomer = problem.display(Locale.JAPANESE);

    assertFalse(result.isValid());
    assertEquals(YenFormatException.Problem.DECIMAL, problem);
    assertEquals("円未満の金額（小数点）は入力できません。", forTheCustomer);
    YenFormatException e = assertThrows(YenFormatException.class, () -> Yen.parse("1.5万円"));
    assertEquals(YenFormatException.Problem.DECIMAL, e.problem());
  }

  @Test
  void orders() {
    Order order = Order.of(Seller.amazon(), ShippingOption.STANDARD, List.of(
        LineItem.of("B0BOOK0001", 2, Yen.ofPrice(1_980), ItemKind.PHYSICAL),
        LineItem.of("B0GAME0001", 1, Yen.ofPrice(7_980), ItemKind.PHYSICAL).withPreOrder(true)));
    Order express = order.withShipping(ShippingOption.EXPRESS);

    assertEquals(Yen.of(11_940), order.total());
    assertTrue(order.hasPreOrder());
    assertTrue(express.shipping().isExpress());
    assertEquals(order.total(), express.total());
  }

  @Test
  void invalidOrders() {
    LineItem book = LineItem.of("B0BOOK0001", 1, Yen.ofPrice(1_980), ItemKind.PHYSICAL);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Order.of(Seller.amazon(), ShippingOption.STANDARD, book, book));
    String message = e.getMessage();

    assertEquals("""
        order.lines[1].lineId 'B0BOOK0001' duplicates order.lines[0]: line ids must be unique within an order
        """, message + "\n");
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
        () -> LineItem.of("B0BOOK0001", 0, Yen.ofPrice(1_980), ItemKind.PHYSICAL));
    assertEquals("""
        lineItem.quantity must be at least 1, was 0
        """, zero.getMessage() + "\n");
  }

  @Test
  void sellersAndPaymentMethods() {
    Seller shop = Seller.marketplace("A1B2C3D4E5", "Kotowari Books",
        EnumSet.of(PaymentMethod.Kind.CREDIT_CARD, PaymentMethod.Kind.KONBINI));
    StringBuilder accepted = new StringBuilder();
    for (PaymentMethod method : PaymentMethod.all()) {
      if (shop.accepts(method.kind())) {
        accepted.append(method.display(Locale.JAPANESE)).append(" / ")
            .append(method.display(Locale.ENGLISH)).append('\n');
      }
    }

    assertEquals("""
        クレジットカード / Credit card
        コンビニ払い / Convenience store (konbini) payment
        """, accepted.toString());
  }

  static final ParamKey<Yen> TOTAL = ParamKey.of("total", Yen.class);
  static final ParamKey<Yen> LIMIT = ParamKey.of("limit", Yen.class);
  static final ParamKey<ShippingOption> SHIPPING = ParamKey.of("shipping", ShippingOption.class);
  static final Yen CAP = Yen.of(300_000);

  static final ReasonCode OVER_CAP = ReasonCode.builder("guide.amount-over-cap").param(TOTAL).param(LIMIT)
      .japanese("合計 {total} が上限 {limit} を超えています。")
      .english("The total of {total} exceeds the limit of {limit}.").build();
  static final ReasonCode FAST_SHIPPING = ReasonCode.builder("guide.fast-shipping").param(SHIPPING)
      .japanese("{shipping}ではこの支払い方法を利用できません。")
      .english("This payment method is not offered with {shipping}.").build();

  static final RuleSet<Order> RULES = RuleSet.of(
      Rule.<Order>check("guide.amount-over-cap", "The total is at most ¥300,000",
          order -> order.total().isLessThanOrEqualTo(CAP),
          order -> Violation.builder(OVER_CAP).with(TOTAL, order.total()).with(LIMIT, CAP).build()),
      Rule.<Order>check("guide.fast-shipping", "Neither express nor scheduled delivery",
          order -> !order.shipping().isExpress() && !order.shipping().isScheduled(),
          order -> Violation.builder(FAST_SHIPPING).with(SHIPPING, order.shipping()).build()));

  @Test
  void inRules() {
    Order big = Order.of(Seller.amazon(), ShippingOption.EXPRESS,
        LineItem.of("B0CAMERA01", 1, Yen.ofPrice(328_000), ItemKind.PHYSICAL));
    Decision decision = RULES.evaluate(big);
    String report = decision.explain(Locale.JAPANESE) + "\n" + decision.explain(Locale.ENGLISH) + "\n";

    assertEquals("""
        判定: 不可（理由 2 件）
        1. 合計 328,000円 が上限 300,000円 を超えています。 [guide.amount-over-cap]
        2. お急ぎ便ではこの支払い方法を利用できません。 [guide.fast-shipping]
        Decision: not allowed (2 reasons)
        1. The total of ¥328,000 exceeds the limit of ¥300,000. [guide.amount-over-cap]
        2. This payment method is not offered with Express shipping. [guide.fast-shipping]
        """, report);
  }
}
