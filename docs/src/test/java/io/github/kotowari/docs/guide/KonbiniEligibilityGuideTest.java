package io.github.kotowari.docs.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kotowari.core.money.Yen;
import io.github.kotowari.core.order.ItemKind;
import io.github.kotowari.core.order.LineItem;
import io.github.kotowari.core.order.Order;
import io.github.kotowari.core.order.Seller;
import io.github.kotowari.core.order.ShippingOption;
import io.github.kotowari.core.payment.PaymentMethod;
import io.github.kotowari.core.rule.Decision;
import io.github.kotowari.core.rule.Mode;
import io.github.kotowari.core.rule.Violation;
import io.github.kotowari.docs.cli.KotowariCli;
import io.github.kotowari.konbini.KonbiniPolicy;
import io.github.kotowari.konbini.eligibility.Checkout;
import io.github.kotowari.konbini.eligibility.KonbiniEligibility;
import io.github.kotowari.konbini.eligibility.KonbiniReasons;
import io.github.kotowari.konbini.eligibility.PaymentAvailability;
import io.github.kotowari.konbini.eligibility.PaymentComparison;
import io.github.kotowari.konbini.split.SetAside;
import io.github.kotowari.konbini.split.SplitPlan;
import io.github.kotowari.konbini.split.SplitPlanner;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The snippets and shown outputs of docs/guide/{en,ja}/konbini-eligibility.md, run and checked. */
class KonbiniEligibilityGuideTest {

  static String cli(int expectedCode, String... args) {
    StringWriter out = new StringWriter();
    int code = KotowariCli.run(args, new PrintWriter(out), new PrintWriter(new StringWriter()));
    assertEquals(expectedCode, code);
    return out.toString();
  }

  static Order tvAndStand() {
    return Order.of(Seller.amazon(), ShippingOption.STANDARD,
        LineItem.of("tv", 1, Yen.of(280_000), ItemKind.PHYSICAL),
        LineItem.of("stand", 1, Yen.of(20_001), ItemKind.PHYSICAL));
  }

  static Order messy() {
    Order messy = Order.of(Seller.amazon(), ShippingOption.EXPRESS,
        LineItem.of("book", 1, Yen.of(1_980), ItemKind.PHYSICAL),
        LineItem.of("ebook", 1, Yen.of(1_320), ItemKind.DIGITAL_CONTENT),
        LineItem.of("game", 1, Yen.of(7_980), ItemKind.PHYSICAL).withPreOrder(true));
    return messy;
  }

  @Test
  void checkingAnOrder() {
    Order order = Order.of(Seller.amazon(), ShippingOption.STANDARD,
        LineItem.of("tv", 1, Yen.of(280_000), ItemKind.PHYSICAL),
        LineItem.of("stand", 1, Yen.of(20_001), ItemKind.PHYSICAL));
    KonbiniEligibility konbini = KonbiniEligibility.of(KonbiniPolicy.amazonJapan());
    Decision decision = konbini.check(order);
    String text = decision.explain(Locale.ENGLISH);

    assertEquals("""
        Decision: not allowed (1 reason)
        1. The total ¥300,001 is over the konbini payment limit of ¥300,000 (tax included). [konbini.amount-over-limit]
           → Split the order into 2 orders of at most ¥300,000 each (2 orders: ¥280,000 + ¥20,001).
           → Pay another way (still allowed: Credit card, Debit card, Amazon gift card balance, Amazon points, PayPay, Pay later, Cash on delivery, Carrier billing (docomo billing), Carrier billing (au Easy Payment), Carrier billing (SoftBank carrier billing)).
        """, text + "\n");
    assertEquals("""
        判定: 不可（理由 1 件）
        1. 合計 300,001円 がコンビニ払いの上限 300,000円（税込）を超えています。 [konbini.amount-over-limit]
           → 注文を300,000円以下の2件に分けてください（2件: 280,000円 + 20,001円）。
           → 別の支払い方法を選んでください（利用できる方法: クレジットカード、デビットカード、Amazonギフトカード残高、Amazonポイント、PayPay、あと払い、代金引換、携帯決済（ドコモ払い）、携帯決済（auかんたん決済）、携帯決済（ソフトバンクまとめて支払い））。
        """, decision.explain(Locale.JAPANESE) + "\n");
  }

  @Test
  void theCapIsInclusive() {
    KonbiniEligibility konbini = KonbiniEligibility.of(KonbiniPolicy.amazonJapan());
    Order atTheCap = Order.of(Seller.amazon(), ShippingOption.STANDARD,
        LineItem.of("tv", 1, Yen.of(300_000), ItemKind.PHYSICAL));
    boolean allowed = konbini.check(atTheCap).isAllowed();   // true: "over 300,000 yen" is refused, not 300,000

    assertTrue(allowed);
  }

  @Test
  void typedParameters() {
    Decision decision = KonbiniEligibility.amazonJapan().check(tvAndStand());
    Violation overCap = decision.violations().get(0);
    Yen limit = overCap.parameters().get(KonbiniReasons.LIMIT);                       // ¥300,000
    SplitPlan plan = overCap.remedies().get(0).parameters().get(KonbiniReasons.PLAN); // 2 orders
    List<PaymentMethod> others = overCap.remedies().get(1).parameters().get(KonbiniReasons.METHODS);

    assertEquals(KonbiniReasons.AMOUNT_OVER_LIMIT, overCap.reason());
    assertEquals(Yen.of(300_000), limit);
    assertEquals(2, plan.orders().size());
    assertTrue(others.contains(PaymentMethod.creditCard()));
    assertFalse(others.contains(PaymentMethod.atm()));
  }

  @Test
  void modes() {
    KonbiniEligibility konbini = KonbiniEligibility.amazonJapan();
    Order messy = messy();
    Decision all = konbini.check(messy, Mode.ALL_VIOLATIONS);     // express, digital, pre-order
    Decision first = konbini.check(messy, Mode.FIRST_VIOLATION);  // express only: the hot path
    Checkout payPayOnly = Checkout.of(messy, EnumSet.of(PaymentMethod.Kind.PAYPAY));
    Decision four = konbini.check(payPayOnly, Mode.ALL_VIOLATIONS); // and konbini.paypay-only

    assertEquals(List.of(KonbiniReasons.EXPRESS_SHIPPING, KonbiniReasons.DIGITAL_ITEM, KonbiniReasons.PRE_ORDER_ITEM),
        all.violations().stream().map(Violation::reason).toList());
    assertEquals(List.of(all.violations().get(0)), first.violations());
    assertEquals(4, four.violations().size());
    assertEquals(KonbiniReasons.PAYPAY_ONLY, four.violations().get(3).reason());
    assertEquals("""
        Decision: not allowed (3 reasons)
        1. Konbini payment is not offered with this shipping option: Express shipping. [konbini.express-shipping]
           → Choose standard shipping instead.
           → Pay another way (still allowed: Credit card, Debit card, Amazon gift card balance, Amazon points, PayPay, Pay later, Cash on delivery, Carrier billing (docomo billing), Carrier billing (au Easy Payment), Carrier billing (SoftBank carrier billing)).
        2. Digital content cannot be paid at a konbini (lines: ebook; 1 in all). [konbini.digital-item]
           → Remove these items or order them separately: ebook
           → Pay another way (still allowed: Credit card, Debit card, Amazon gift card balance, Amazon points, PayPay, Pay later, Cash on delivery, Carrier billing (docomo billing), Carrier billing (au Easy Payment), Carrier billing (SoftBank carrier billing)).
        3. An order with pre-order items cannot be paid at a konbini (lines: game; 1 in all). [konbini.pre-order-item]
           → Remove these items or order them separately: game
           → Pay another way (still allowed: Credit card, Debit card, Amazon gift card balance, Amazon points, PayPay, Pay later, Cash on delivery, Carrier billing (docomo billing), Carrier billing (au Easy Payment), Carrier billing (SoftBank carrier billing)).
        """, all.explain(Locale.ENGLISH) + "\n");
  }

  @Test
  void splitting() {
    SplitPlanner planner = SplitPlanner.of(KonbiniPolicy.amazonJapan());
    SplitPlan plan = planner.plan(List.of(Yen.of(200_000), Yen.of(150_000), Yen.of(100_000), Yen.of(350_000)));
    int orders = plan.orders().size();                            // 2: ¥300,000 and ¥150,000
    boolean fewest = plan.isProvenOptimal();                      // true
    SetAside.Reason why = plan.payAnotherWay().get(0).reason();   // OVER_LIMIT_ALONE: the ¥350,000 item
    Yen total = plan.total();                                     // ¥800,000, exactly the order's

    assertEquals(2, orders);
    assertTrue(fewest);
    assertEquals(SetAside.Reason.OVER_LIMIT_ALONE, why);
    assertEquals(Yen.of(800_000), total);
    assertEquals(SplitPlan.Algorithm.EXACT, plan.algorithm());
  }

  @Test
  void availability() {
    PaymentAvailability availability = PaymentAvailability.of(KonbiniPolicy.amazonJapan());
    List<PaymentMethod> allowed = availability.allowedMethods(messy());   // no konbini, ATM, net banking, e-money

    for (PaymentMethod.Kind kind : PaymentMethod.Kind.payAtStoreGroup()) {
      assertTrue(allowed.stream().noneMatch(m -> m.kind() == kind), kind.toString());
    }
    assertEquals(PaymentMethod.all().size() - 4, allowed.size());
    List<String> lines = new ArrayList<>();
    for (PaymentComparison.Row row : PaymentComparison.guide()) {
      lines.add(row.display(Locale.ENGLISH));
    }

    assertEquals("""
        Convenience store (konbini) payment: fee none; paid at a store before a deadline; deadline; points not stated; cash, no card needed
        Credit card: fee not stated; paid immediately; no deadline; points; instalments and revolving credit
        E-money: fee not stated; paid immediately; no deadline; points not stated; prepaid, can be topped up with cash
        Pay later: fee may apply; paid after delivery; no deadline; points not stated; subject to screening
        """, String.join("\n", lines) + "\n");
  }

  @Test
  void aPolicyOfYourOwn() {
    KonbiniPolicy shop = KonbiniPolicy.stripe().toBuilder()
        .name("my-shop")
        .excludesExpress(true)
        .excludeItemKinds(ItemKind.GIFT_CARD)
        .build();
    Decision express = KonbiniEligibility.of(shop).check(messy());   // express only: digital items are fine here

    assertEquals(List.of(KonbiniReasons.EXPRESS_SHIPPING), express.violations().stream().map(Violation::reason).toList());
    assertEquals(Yen.of(120), shop.minimum());
  }

  @Test
  void presetsTable() {
    // The guide's presets table, checked row by row.
    assertEquals(Yen.of(1), KonbiniPolicy.amazonJapan().minimum());
    assertEquals(Yen.of(300_000), KonbiniPolicy.amazonJapan().maximum());
    assertEquals(Yen.of(120), KonbiniPolicy.stripe().minimum());
    assertEquals(Yen.of(300_000), KonbiniPolicy.stripe().maximum());
    assertEquals(Yen.of(1), KonbiniPolicy.komoju().minimum());
    assertEquals(Yen.of(300_000), KonbiniPolicy.komoju().maximum());
    assertEquals(Yen.of(1), KonbiniPolicy.antom().minimum());
    assertEquals(Yen.of(300_000), KonbiniPolicy.antom().maximum());
    assertEquals(Yen.of(100), KonbiniPolicy.worldpay().minimum());
    assertEquals(Yen.of(299_000), KonbiniPolicy.worldpay().maximum());
    assertEquals(5, KonbiniPolicy.amazonJapan().stores().size());
    assertEquals(4, KonbiniPolicy.stripe().stores().size());
    assertEquals(6, KonbiniPolicy.komoju().stores().size());
    assertEquals(5, KonbiniPolicy.antom().stores().size());
    assertEquals(5, KonbiniPolicy.worldpay().stores().size());
  }

  @Test
  void theCommandLine() {
    assertEquals("""
        Decision: allowed
        """, cli(0, "konbini", "check", "--total", "300000"));
    assertEquals("""
        判定: 不可（理由 2 件）
        1. お急ぎ便を選んだ注文ではコンビニ払いを利用できません。 [konbini.express-shipping]
           → 通常配送に変更してください。
           → 別の支払い方法を選んでください（利用できる方法: クレジットカード、デビットカード、Amazonギフトカード残高、Amazonポイント、PayPay、あと払い、代金引換、携帯決済（ドコモ払い）、携帯決済（auかんたん決済）、携帯決済（ソフトバンクまとめて支払い））。
        2. ギフトカードはコンビニ払いの対象外です（該当 1 行: 2）。 [konbini.gift-card-item]
           → 次の商品をカートから外すか、別の注文にしてください: 2
           → 別の支払い方法を選んでください（利用できる方法: クレジットカード、デビットカード、Amazonギフトカード残高、Amazonポイント、PayPay、あと払い、代金引換、携帯決済（ドコモ払い）、携帯決済（auかんたん決済）、携帯決済（ソフトバンクまとめて支払い））。
        """, cli(1, "konbini", "check", "--total", "12000", "--shipping", "express", "--item", "physical",
        "--item", "gift-card", "--lang", "ja"));
    assertEquals("""
        Total ¥800,000 → 2 orders of at most ¥300,000 (fewest possible)
        Order 1: ¥300,000 — items 1, 3
        Order 2: ¥150,000 — items 2
        Pay another way: item 4 ¥350,000 (one unit alone is over the payment limit)
        """, cli(1, "konbini", "split", "--prices", "200000,150000,100000,350000"));
  }
}
