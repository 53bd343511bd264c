package io.github.kotowari.docs.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.kotowari.core.money.Yen;
import io.github.kotowari.core.order.ItemKind;
import io.github.kotowari.core.order.LineItem;
import io.github.kotowari.core.order.Order;
import io.github.kotowari.core.order.Seller;
import io.github.kotowari.core.order.ShippingOption;
import io.github.kotowari.core.rule.Decision;
import io.github.kotowari.core.rule.Mode;
import io.github.kotowari.core.rule.Outcome;
import io.github.kotowari.core.rule.ParamKey;
import io.github.kotowari.core.rule.ReasonCode;
import io.github.kotowari.core.rule.Remedy;
import io.github.kotowari.core.rule.RemedyCode;
import io.github.kotowari.core.rule.Rule;
import io.github.kotowari.core.rule.RuleSet;
import io.github.kotowari.core.rule.TraceEntry;
import io.github.kotowari.core.rule.Violation;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The snippets of docs/guide/{en,ja}/rules.md, run and checked. */
class RulesGuideTest {

  // --- snippet: codes ---
  static final ParamKey<Yen> TOTAL = ParamKey.of("total", Yen.class);
  static final ParamKey<Yen> LIMIT = ParamKey.of("limit", Yen.class);

  static final RemedyCode SPLIT_ORDER = RemedyCode.builder("shop.split-order")
      .japanese("注文を分けてください。")
      .english("Split the order.")
      .build();

  static final ReasonCode OVER_LIMIT = ReasonCode.builder("shop.amount-over-limit")
      .param(TOTAL).param(LIMIT)
      .japanese("合計 {total} が上限 {limit} を超えています。")
      .english("The total {total} exceeds the limit of {limit}.")
      .build();

  static final ReasonCode EXPRESS = ReasonCode.builder("shop.express-shipping")
      .japanese("お急ぎ便には対応していません。")
      .english("Express shipping is not supported.")
      .build();
  // --- end ---

  // --- snippet: rules ---
  static final Yen CAP = Yen.of(300_000);

  static final Rule<Order> UNDER_CAP = Rule.check(
      "shop.amount-over-limit", "The total is at most the cap",
      order -> !order.total().isGreaterThan(CAP),
      order -> Violation.builder(OVER_LIMIT)
          .with(TOTAL, order.total())
          .with(LIMIT, CAP)
          .remedy(Remedy.of(SPLIT_ORDER))
          .build());

  static final Rule<Order> NOT_EXPRESS = Rule.of(
      "shop.express-shipping", "Standard shipping is chosen",
      order -> order.shipping().isExpress()
          ? Outcome.violated(Violation.of(EXPRESS))
          : Outcome.pass());

  static final RuleSet<Order> RULES = RuleSet.of(UNDER_CAP, NOT_EXPRESS);
  // --- end ---

  static Order order() {
    // --- snippet: order ---
    Order order = Order.of(Seller.amazon(), ShippingOption.EXPRESS,
        LineItem.of("tv", 1, Yen.of(280_000), ItemKind.PHYSICAL),
        LineItem.of("stand", 1, Yen.of(20_001), ItemKind.PHYSICAL));
    // --- end ---
    return order;
  }

  @Test
  void evaluateAndExplain() {
    Order order = order();
    // --- snippet: evaluate ---
    Decision decision = RULES.evaluate(order);
    String english = decision.explain(Locale.ENGLISH);
    String japanese = decision.explain(Locale.JAPANESE);
    // --- end ---
    assertEquals("""
        Decision: not allowed (2 reasons)
        1. The total ¥300,001 exceeds the limit of ¥300,000. [shop.amount-over-limit]
           → Split the order.
        2. Express shipping is not supported. [shop.express-shipping]
        """, english + "\n");
    assertEquals("""
        判定: 不可（理由 2 件）
        1. 合計 300,001円 が上限 300,000円 を超えています。 [shop.amount-over-limit]
           → 注文を分けてください。
        2. お急ぎ便には対応していません。 [shop.express-shipping]
        """, japanese + "\n");
  }

  @Test
  void readTheViolationsAsData() {
    Decision decision = RULES.evaluate(order());
    // --- snippet: data ---
    for (Violation violation : decision.violations()) {
      String code = violation.reason().code();           // "shop.amount-over-limit", ...
      Yen limit = violation.parameters().find(LIMIT).orElse(null);
      List<Remedy> remedies = violation.remedies();
    }
    // --- end ---
    Violation first = decision.violations().get(0);
    assertEquals("shop.amount-over-limit", first.reason().code());
    assertEquals(CAP, first.parameters().get(LIMIT));
    assertEquals(List.of(Remedy.of(SPLIT_ORDER)), first.remedies());
  }

  @Test
  void modesAndTrace() {
    Order order = order();
    // --- snippet: modes ---
    Decision quick = RULES.evaluate(order, Mode.FIRST_VIOLATION);
    Decision traced = RULES.evaluate(order.withShipping(ShippingOption.STANDARD), Mode.ALL_WITH_TRACE);
    for (TraceEntry entry : traced.trace()) {
      System.out.println(entry.ruleId() + " " + entry.result());
    }
    // --- end ---
    assertEquals(1, quick.violations().size());
    assertEquals(OVER_LIMIT, quick.violations().get(0).reason());
    StringBuilder printed = new StringBuilder();
    for (TraceEntry entry : traced.trace()) {
      printed.append(entry.ruleId() + " " + entry.result()).append('\n');
    }
    assertEquals("""
        shop.amount-over-limit VIOLATED
        shop.express-shipping PASSED
        """, printed.toString());
  }

  @Test
  void composition() {
    // --- snippet: compose ---
    Rule<Order> payable = Rule.allOf("shop.payable", "Payable at the store", UNDER_CAP, NOT_EXPRESS);
    Rule<Order> onlyForBigOrders = UNDER_CAP.onlyWhen(order -> order.lines().size() > 1);
    // --- end ---
    assertEquals(2, payable.evaluate(order()).violations().size());
    assertEquals(Outcome.Status.NOT_APPLICABLE,
        onlyForBigOrders.evaluate(Order.of(Seller.amazon(), ShippingOption.STANDARD,
            LineItem.of("tv", 1, Yen.of(400_000), ItemKind.PHYSICAL))).status());
  }

  @Test
  void aThrowingRuleIsAnError() {
    // --- snippet: failure ---
    Rule<Order> broken = Rule.of("shop.broken", "Looks up a missing table",
        order -> { throw new IllegalStateException("table not loaded"); });
    Decision decision = RuleSet.of(broken, UNDER_CAP).evaluate(order());
    decision.status();                     // ERROR: never a silent "false"
    decision.failures().get(0).ruleId();   // "shop.broken"
    // --- end ---
    assertEquals(Decision.Status.ERROR, decision.status());
    assertEquals("shop.broken", decision.failures().get(0).ruleId());
  }
}
