package io.github.kotowari.core.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Thrown when a date, a year or a computed result lies outside the range the Japanese calendar
 * covers: {@value JapaneseHolidays#FIRST_DATE_TEXT} to {@value JapaneseHolidays#LAST_DATE_TEXT}.
 *
 * <p>The range starts on the day the Act on National Holidays took effect and ends with the last
 * year for which the equinox approximation used here is published. Callers who accept arbitrary
 * dates can test {@link JapaneseHolidays#isSupported(LocalDate)} first.
 *
 * <pre>{@code
 * JapaneseHolidays holidays = JapaneseHolidays.standard();
 * if (holidays.isSupported(date)) {
 *   holidays.isHoliday(date);   // would throw CalendarRangeException for 2100-01-01
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CalendarRangeException extends DateTimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with a message that names the offending value and the supported range.
   *
   * @param message the message, not null
   */
  CalendarRangeException(String message) {
    super(message + "; the supported range is " + JapaneseHolidays.FIRST_DATE_TEXT + " to "
        + JapaneseHolidays.LAST_DATE_TEXT);
  }

  static CalendarRangeException forDate(String what, LocalDate date) {
    return new CalendarRangeException(what + " " + date + " is outside the Japanese calendar");
  }

  static CalendarRangeException forYear(long year) {
    return new CalendarRangeException("year " + year + " is outside the Japanese calendar");
  }

  /**
   * Returns the first date the calendar covers, 1948-07-20.
   *
   * @return the first supported date
   */
  public LocalDate firstSupportedDate() {
    return JapaneseHolidays.FIRST_DATE;
  }

  /**
   * Returns the last date the calendar covers, 2099-12-31.
   *
   * @return the last supported date
   */
  public LocalDate lastSupportedDate() {
    return JapaneseHolidays.LAST_DATE;
  }
}
