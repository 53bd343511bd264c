package io.github.kotowari.docs.tour;

import io.github.kotowari.core.rule.Decision;
import io.github.kotowari.core.rule.Mode;
import io.github.kotowari.core.rule.Outcome;
import io.github.kotowari.core.rule.ParamKey;
import io.github.kotowari.core.rule.ReasonCode;
import io.github.kotowari.core.rule.Remedy;
import io.github.kotowari.core.rule.RemedyCode;
import io.github.kotowari.core.rule.Rule;
import io.github.kotowari.core.rule.RuleSet;
import io.github.kotowari.core.rule.Violation;
import java.util.Locale;

/** The tour printed by {@code kotowari tour}: real decisions made by the library, in both languages. */
public final class Tour {
  private Tour() {}

  /** A basket as a checkout page sees it: the total in yen and whether express shipping was chosen. */
  record Basket(long totalYen, boolean express) {}

  static final ParamKey<Long> TOTAL = ParamKey.of("total", Long.class);
  static final ParamKey<Long> LIMIT = ParamKey.of("limit", Long.class);

  static final RemedyCode SPLIT = RemedyCode.builder("tour.split-order")
      .japanese("注文を分けてください。").english("Split the order.").build();
  static final RemedyCode STANDARD = RemedyCode.builder("tour.choose-standard-shipping")
      .japanese("通常配送を選んでください。").english("Choose standard shipping.").build();
  static final ReasonCode OVER_LIMIT = ReasonCode.builder("tour.amount-over-limit").param(TOTAL).param(LIMIT)
      .japanese("合計 {total} 円が上限 {limit} 円を超えています。")
      .english("The total of {total} yen exceeds the limit of {limit} yen.").build();
  static final ReasonCode EXPRESS = ReasonCode.builder("tour.express-shipping")
      .japanese("お急ぎ便ではコンビニ払いを利用できません。")
      .english("Konbini payment is not offered with express shipping.").build();

  static final RuleSet<Basket> RULES = RuleSet.of(
      Rule.<Basket>check("tour.amount-over-limit", "The total is at most 300,000 yen",
          basket -> basket.totalYen() <= 300_000,
          basket -> Violation.builder(OVER_LIMIT).with(TOTAL, basket.totalYen()).with(LIMIT, 300_000L)
              .remedy(Remedy.of(SPLIT)).build()),
      Rule.<Basket>of("tour.express-shipping", "Standard shipping is chosen",
          basket -> basket.express()
              ? Outcome.violated(Violation.builder(EXPRESS).remedy(Remedy.of(STANDARD)).build())
              : Outcome.pass()));

  /**
   * Returns the tour's text.
   *
   * @return the text, ending with a newline
   */
  public static String text() {
    Basket basket = new Basket(300_001, true);
    Decision decision = RULES.evaluate(basket, Mode.ALL_VIOLATIONS);
    return "Basket: 300,001 yen, express shipping\n"
        + decision.explain(Locale.JAPANESE) + "\n"
        + decision.explain(Locale.ENGLISH) + "\n";
  }
}
