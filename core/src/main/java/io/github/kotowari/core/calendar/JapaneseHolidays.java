package io.github.kotowari.core.calendar;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Japan's national holidays, computed from the Act on National Holidays (国民の祝日に関する法律) and
 * the acts around it, for every date from {@value #FIRST_DATE_TEXT} to {@value #LAST_DATE_TEXT}.
 *
 * <pre>{@code
 * JapaneseHolidays holidays = JapaneseHolidays.standard();
 * holidays.isHoliday(LocalDate.of(2026, 9, 22));                  // true: 国民の休日
 * holidays.name(LocalDate.of(2026, 8, 11), Locale.JAPAN);         // Optional["山の日"]
 * holidays.nextHoliday(LocalDate.of(2026, 11, 24));               // 2027-01-01 元日
 * }</pre>
 *
 * <p><b>Rules, not a table.</b> The calendar evaluates the rules of the law: fixed-date holidays with
 * the years each applied, the Happy Monday moves (2000, 2003), Mountain Day (2016), the Emperor's
 * Birthday (April 29 → December 23 → none in 2019 → February 23), Shōwa Day and Greenery Day
 * (2007), the vernal and autumnal equinox days, substitute holidays (from 1973-04-12; from 2007 the
 * nearest following day that is not a holiday), citizens' holidays (from 1985-12-27), the one-off
 * days the law lists (1959, 1989, 1990, 1993, 2019) and the Olympic moves of 2020 and 2021. Over
 * 1955–2027 the result equals the Cabinet Office's published list date for date.
 *
 * <p><b>Equinox days and provisional years.</b> The law names the equinox days only as 春分日 and
 * 秋分日; the government fixes them each February, in the Official Gazette, for the next year only.
 * This calendar computes them with the approximation of 『新こよみ便利帳』 (valid 1900–2099), which
 * agrees with every announced day of 1955–2027. A {@link Holiday} in a year later than
 * {@link #lastAnnouncedYear()} is marked {@linkplain Holiday#provisional() provisional}. The default,
 * {@value #DEFAULT_LAST_ANNOUNCED_YEAR}, is the last year of the 2026-02-02 edition of the list; the
 * next edition (early February 2027) adds 2028. Announced years can still change by law: the 2021
 * Olympic moves were enacted in December 2020, after the 2021 list had been published.
 *
 * <p><b>Range.</b> Dates before {@value #FIRST_DATE_TEXT} (the day the act took effect) or after
 * {@value #LAST_DATE_TEXT} (the end of the equinox approximation) are rejected with a
 * {@link CalendarRangeException}; {@link #isSupported(LocalDate)} tests a date without throwing.
 *
 * <p>Two instances are equal when their last announced years are equal. This class is immutable
 * and thread-safe; {@link #isHoliday(LocalDate)} is a bit lookup and allocates nothing.
 *
 * @since 0.1.0
 */
public final class JapaneseHolidays {
  /** The first date covered, as text: {@value}. */
  public static final String FIRST_DATE_TEXT = "1948-07-20";
  /** The last date covered, as text: {@value}. */
  public static final String LAST_DATE_TEXT = "2099-12-31";
  /** The first date covered: 1948-07-20, the day the Act on National Holidays took effect. */
  public static final LocalDate FIRST_DATE = HolidayTable.FIRST_DATE;
  /** The last date covered: 2099-12-31, the last year of the equinox approximation. */
  public static final LocalDate LAST_DATE = HolidayTable.LAST_DATE;
  /**
   * The default last officially announced year: {@value}, the last year of the Cabinet Office list
   * of 2026-02-02.
   */
  public static final int DEFAULT_LAST_ANNOUNCED_YEAR = 2027;

  private static final JapaneseHolidays STANDARD = new JapaneseHolidays(DEFAULT_LAST_ANNOUNCED_YEAR);

  private final int lastAnnouncedYear;
  private final HolidayTable table;

  private JapaneseHolidays(int lastAnnouncedYear) {
    this.lastAnnouncedYear = lastAnnouncedYear;
    this.table = HolidayRules.TABLE;
  }

  /**
   * Returns the calendar with the default last announced year, {@value #DEFAULT_LAST_ANNOUNCED_YEAR}.
   *
   * @return the standard calendar, never null
   */
  public static JapaneseHolidays standard() {
    return STANDARD;
  }

  /**
   * Returns the calendar whose holidays after {@code lastAnnouncedYear} are marked provisional.
   * Raise it each February when the Cabinet Office announces the next year, after checking that the
   * announcement matches this calendar.
   *
   * @param lastAnnouncedYear the last year whose holidays the Cabinet Office has announced, from
   *     1948 to 2099
   * @return the calendar, never null
   * @throws CalendarRangeException if the year is outside 1948–2099
   */
  public static JapaneseHolidays announcedThrough(int lastAnnouncedYear) {
    checkYear(lastAnnouncedYear);
    return lastAnnouncedYear == DEFAULT_LAST_ANNOUNCED_YEAR ? STANDARD : new JapaneseHolidays(lastAnnouncedYear);
  }

  /**
   * Returns the last year whose holidays are official; later years are provisional.
   *
   * @return the last announced year
   */
  public int lastAnnouncedYear() {
    return lastAnnouncedYear;
  }

  /**
   * Returns the dates this calendar covers, {@value #FIRST_DATE_TEXT} to {@value #LAST_DATE_TEXT}.
   *
   * @return the closed range of supported dates, never null
   */
  public Range<LocalDate> supportedRange() {
    return Range.closed(FIRST_DATE, LAST_DATE);
  }

  /**
   * Returns whether {@code date} lies in the supported range; the non-throwing twin of the range
   * check every other method makes.
   *
   * @param date the date, not null
   * @return true if the calendar covers the date
   */
  public boolean isSupported(LocalDate date) {
    return HolidayTable.inRange(date.toEpochDay());
  }

  /**
   * Returns whether {@code date} is a holiday of any kind: national, substitute, citizens' or
   * one-off. Sundays are not holidays in this sense unless the law makes them one.
   *
   * @param date the date, not null
   * @return true if the day is a holiday
   * @throws CalendarRangeException if the date is outside the supported range
   */
  public boolean isHoliday(LocalDate date) {
    return table.isHolidayIndex(checkedIndex(date));
  }

  /**
   * Returns the holiday on {@code date}, if it is one.
   *
   * @param date the date, not null
   * @return the holiday, or empty if the day is not a holiday
   * @throws CalendarRangeException if the date is outside the supported range
   */
  public Optional<Holiday> holiday(LocalDate date) {
    checkedIndex(date);
    int k = table.ceiling(date.toEpochDay());
    if (k < table.size() && table.epochDayAt(k) == date.toEpochDay()) {
      return Optional.of(holidayAt(k));
    }
    return Optional.empty();
  }

  /**
   * Returns the holiday's name on {@code date} in the language of {@code locale}: Japanese for a
   * {@code ja} locale, English otherwise.
   *
   * @param date the date, not null
   * @param locale the reader's locale, not null
   * @return the name, or empty if the day is not a holiday
   * @throws CalendarRangeException if the date is outside the supported range
   */
  public Optional<String> name(LocalDate date, Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return holiday(date).map(h -> h.name(locale));
  }

  /**
   * Returns the holidays of {@code year} in date order. For 1948 the list starts on 1948-07-20.
   *
   * @param year the year, from 1948 to 2099
   * @return the holidays, never null
   * @throws CalendarRangeException if the year is outside 1948–2099
   */
  public ImmutableList<Holiday> holidaysIn(int year) {
    checkYear(year);
    LocalDate first = year == FIRST_DATE.getYear() ? FIRST_DATE : LocalDate.of(year, 1, 1);
    return holidaysBetween(first, LocalDate.of(year, 12, 31));
  }

  /**
   * Returns the holidays from {@code first} to {@code last}, both inclusive, in date order.
   *
   * @param first the first day of the period, not null
   * @param last the last day of the period, not null, not before {@code first}
   * @return the holidays, never null
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   * @throws CalendarRangeException if either date is outside the supported range
   */
  public ImmutableList<Holiday> holidaysBetween(LocalDate first, LocalDate last) {
    checkedIndex(first);
    checkedIndex(last);
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("last day " + last + " is before first day " + first
          + "; expected first <= last (both inclusive)");
    }
    ImmutableList.Builder<Holiday> out = ImmutableList.builder();
    for (int k = table.ceiling(first.toEpochDay()); k < table.size() && table.epochDayAt(k) <= last.toEpochDay(); k++) {
      out.add(holidayAt(k));
    }
    return out.build();
  }

  /**
   * Returns the first holiday strictly after {@code date}.
   *
   * @param date the date, not null
   * @return the next holiday, or empty if there is none up to {@value #LAST_DATE_TEXT}
   * @throws CalendarRangeException if the date is outside the supported range
   */
  public Optional<Holiday> nextHoliday(LocalDate date) {
    checkedIndex(date);
    int k = table.ceiling(date.toEpochDay() + 1);
    return k < table.size() ? Optional.of(holidayAt(k)) : Optional.empty();
  }

  /**
   * Returns the last holiday strictly before {@code date}.
   *
   * @param date the date, not null
   * @return the previous holiday, or empty if there is none since {@value #FIRST_DATE_TEXT}
   * @throws CalendarRangeException if the date is outside the supported range
   */
  public Optional<Holiday> previousHoliday(LocalDate date) {
    checkedIndex(date);
    int k = table.ceiling(date.toEpochDay()) - 1;
    return k >= 0 ? Optional.of(holidayAt(k)) : Optional.empty();
  }

  /**
   * Returns whether holidays of {@code year} are provisional: computed, but not yet announced.
   *
   * @param year any year
   * @return true if {@code year} is later than {@link #lastAnnouncedYear()}
   */
  public boolean isProvisional(int year) {
    return year > lastAnnouncedYear;
  }

  boolean isHolidayIndex(int index) {
    return table.isHolidayIndex(index);
  }

  private Holiday holidayAt(int k) {
    LocalDate date = LocalDate.ofEpochDay(table.epochDayAt(k));
    return new Holiday(date, table.nameAt(k), isProvisional(date.getYear()));
  }

  private static int checkedIndex(LocalDate date) {
    long epochDay = date.toEpochDay();
    if (!HolidayTable.inRange(epochDay)) {
      throw CalendarRangeException.forDate("date", date);
    }
    return (int) epochDay - HolidayTable.FIRST_EPOCH_DAY;
  }

  private static void checkYear(long year) {
    if (year < FIRST_DATE.getYear() || year > LAST_DATE.getYear()) {
      throw CalendarRangeException.forYear(year);
    }
  }

  /**
   * Returns whether {@code other} is a calendar with the same last announced year.
   *
   * @param other the object to compare, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof JapaneseHolidays that && that.lastAnnouncedYear == lastAnnouncedYear;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Integer.hashCode(lastAnnouncedYear);
  }

  /**
   * Returns a description such as {@code JapaneseHolidays[1948-07-20..2099-12-31, announced through 2027]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "JapaneseHolidays[" + FIRST_DATE_TEXT + ".." + LAST_DATE_TEXT + ", announced through "
        + lastAnnouncedYear + "]";
  }
}
