package io.github.kotowari.docs.tour;

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
import io.github.kotowari.core.rule.Violation;
import io.github.kotowari.core.calendar.BusinessCalendar;
import io.github.kotowari.core.calendar.Holiday;
import io.github.kotowari.core.calendar.JapaneseHolidays;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The tour printed by {@code kotowari tour}, the README's runnable example: real decisions made by the
 * library, in Japanese and English.
 */
public final class Tour {
  private Tour() {}

  static final Yen CAP = Yen.of(300_000);
  static final ParamKey<Yen> TOTAL = ParamKey.of("total", Yen.class);
  static final ParamKey<Yen> LIMIT = ParamKey.of("limit", Yen.class);

  static final RemedyCode SPLIT = RemedyCode.builder("tour.split-order")
      .japanese("注文を分けてください。")
      .english("Split the order.")
      .build();
  static final RemedyCode STANDARD = RemedyCode.builder("tour.choose-standard-shipping")
      .japanese("通常配送を選んでください。")
      .english("Choose standard shipping.")
      .build();
  static final ReasonCode OVER_LIMIT = ReasonCode.builder("tour.amount-over-limit")
      .param(TOTAL).param(LIMIT)
      .japanese("合計 {total} が上限 {limit} を超えています。")
      .english("The total {total} exceeds the limit of {limit}.")
      .build();
  static final ReasonCode EXPRESS = ReasonCode.builder("tour.express-shipping")
      .japanese("お急ぎ便ではこの支払い方法を利用できません。")
      .english("This payment method is not offered with express shipping.")
      .build();

  /** The two-rule set of the tour: a cap on the total, and no express shipping. */
  static final RuleSet<Order> RULES = RuleSet.of(
      Rule.check("tour.amount-over-limit", "The total is at most 300,000 yen",
          order -> !order.total().isGreaterThan(CAP),
          order -> Violation.builder(OVER_LIMIT)
              .with(TOTAL, order.total())
              .with(LIMIT, CAP)
              .remedy(Remedy.of(SPLIT))
              .build()),
      Rule.of("tour.express-shipping", "Standard shipping is chosen",
          order -> order.shipping().isExpress()
              ? Outcome.violated(Violation.builder(EXPRESS).remedy(Remedy.of(STANDARD)).build())
              : Outcome.pass()));

  /** The tour's order: two lines totalling 300,001 yen, sent by express shipping. */
  static final Order ORDER = Order.of(Seller.amazon(), ShippingOption.EXPRESS,
      LineItem.of("tv", 1, Yen.of(280_000), ItemKind.PHYSICAL),
      LineItem.of("stand", 1, Yen.of(20_001), ItemKind.PHYSICAL));

  /**
   * Returns the tour's text.
   *
   * @return the text, ending with a newline
   */
  public static String text() {
    Decision decision = RULES.evaluate(ORDER, Mode.ALL_VIOLATIONS);
    return "== 1. Your own rules: an order of "
        + ORDER.total().display(Locale.ENGLISH) + " by express shipping, two rules ==\n"
        + decision.explain(Locale.JAPANESE) + "\n"
        + decision.explain(Locale.ENGLISH) + "\n"
        + calendar();
  }

  /** The year the tour's calendar section lists. */
  static final int YEAR = 2026;
  /** The date the tour asks the next business day after: the eve of the bank holidays. */
  static final LocalDate YEAR_END = LocalDate.of(YEAR, 12, 30);

  static String calendar() {
    JapaneseHolidays holidays = JapaneseHolidays.standard();
    StringBuilder out = new StringBuilder("\n== 2. The Japanese calendar: national holidays of " + YEAR + " ==\n");
    for (Holiday holiday : holidays.holidaysIn(YEAR)) {
      out.append(holiday.date()).append(' ').append(holiday.name(Locale.JAPANESE))
          .append(" / ").append(holiday.name(Locale.ENGLISH)).append('\n');
    }
    LocalDate plain = BusinessCalendar.of(holidays).nextBusinessDay(YEAR_END);
    LocalDate banking = BusinessCalendar.banking(holidays).nextBusinessDay(YEAR_END);
    out.append("Next business day after ").append(YEAR_END).append(": ").append(plain)
        .append(" (weekends and holidays closed), ").append(banking)
        .append(" (banks, also closed 12-31 to 01-03)\n");
    return out.toString();
  }
}
