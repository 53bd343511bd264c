package io.github.kotowari.core.calendar;

/**
 * Why a day is a holiday under Japanese law.
 *
 * <p>The Cabinet Office list labels both {@link #SUBSTITUTE} and {@link #CITIZENS} days with the
 * same word, {@code 休日}; Kotowari keeps them apart because they arise from different rules.
 *
 * <pre>{@code
 * JapaneseHolidays.standard().holiday(LocalDate.of(2026, 5, 6)).orElseThrow().kind();   // SUBSTITUTE
 * }</pre>
 *
 * @since 0.1.0
 */
public enum HolidayKind {
  /** A named national holiday (国民の祝日) of the Act on National Holidays, such as 元日. */
  NATIONAL,
  /**
   * A substitute holiday (振替休日): the day after a national holiday that falls on a Sunday (from
   * 1973-04-12), or from 2007 the nearest following day that is not itself a national holiday.
   */
  SUBSTITUTE,
  /**
   * A citizens' holiday (国民の休日): a day whose previous and next days are both national holidays
   * (from 1985-12-27).
   */
  CITIZENS,
  /**
   * A holiday made by its own act for one day only: imperial weddings, the funeral of Emperor
   * Shōwa and the enthronement ceremonies. The 2019 days count as national holidays for the
   * substitute and citizens' rules.
   */
  ONE_OFF
}
