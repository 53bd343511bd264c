package io.github.kotowari.core.calendar;

import static java.time.DayOfWeek.SUNDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The rules' own invariants, checked over every year of the supported range (1948–2099), including
 * the years no official list covers.
 */
class HolidayRulesProperties {

  static final JapaneseHolidays HOLIDAYS = JapaneseHolidays.standard();

  static boolean isNational(LocalDate date) {
    if (!HOLIDAYS.isSupported(date)) {
      return false;
    }
    Optional<Holiday> h = HOLIDAYS.holiday(date);
    return h.isPresent() && (h.get().kind() == HolidayKind.NATIONAL || h.get().kind() == HolidayKind.ONE_OFF);
  }

  @Provide
  Arbitrary<LocalDate> supportedDates() {
    return Arbitraries.longs().between(JapaneseHolidays.FIRST_DATE.toEpochDay(), JapaneseHolidays.LAST_DATE.toEpochDay())
        .map(LocalDate::ofEpochDay)
        .edgeCases(c -> c.add(JapaneseHolidays.FIRST_DATE, JapaneseHolidays.LAST_DATE));
  }

  /**
   * A substitute holiday never falls on a Sunday or on a national holiday; it follows a Sunday
   * national holiday with only national holidays in between, and never before 1973-04-12.
   */
  @Property(tries = 152)
  void substituteHolidaysFollowASundayHolidayAndNeverFallOnASundayOrAnotherHoliday(
      @ForAll @IntRange(min = 1948, max = 2099) int year) {
    for (Holiday h : HOLIDAYS.holidaysIn(year)) {
      if (h.kind() != HolidayKind.SUBSTITUTE) {
        continue;
      }
      assertTrue(h.date().getDayOfWeek() != SUNDAY, h::toString);
      assertFalse(isNational(h.date()), h::toString);
      assertFalse(h.date().isBefore(LocalDate.of(1973, 4, 12)), h::toString);
      LocalDate d = h.date().minusDays(1);
      while (d.getDayOfWeek() != SUNDAY) {
        assertTrue(isNational(d), () -> h + ": " + h.date() + " is preceded by a day that is not a national holiday");
        d = d.minusDays(1);
      }
      assertTrue(isNational(d), () -> h + " follows no Sunday holiday");
      if (d.getYear() < 2007) {
        assertEquals(d.plusDays(1), h.date(), "before 2007 the substitute is the next day");
      }
    }
  }

  /** Every Sunday national holiday from 1973-04-12 is followed by its substitute holiday. */
  @Property(tries = 152)
  void everySundayHolidayGetsItsSubstitute(@ForAll @IntRange(min = 1973, max = 2099) int year) {
    for (Holiday h : HOLIDAYS.holidaysIn(year)) {
      if (!isNational(h.date()) || h.date().getDayOfWeek() != SUNDAY || h.date().isBefore(LocalDate.of(1973, 4, 12))) {
        continue;
      }
      LocalDate d = h.date().plusDays(1);
      while (isNational(d)) {
        d = d.plusDays(1);
      }
      assertEquals(HolidayKind.SUBSTITUTE, HOLIDAYS.holiday(d).orElseThrow().kind(), () -> "substitute for " + h);
    }
  }

  /** Every citizens' holiday lies between two national holidays, from 1985-12-27, and not on a Sunday before 2007. */
  @Property(tries = 152)
  void citizensHolidaysLieBetweenTwoHolidays(@ForAll @IntRange(min = 1948, max = 2099) int year) {
    for (Holiday h : HOLIDAYS.holidaysIn(year)) {
      if (h.kind() != HolidayKind.CITIZENS) {
        continue;
      }
      assertTrue(isNational(h.date().minusDays(1)), h::toString);
      assertTrue(isNational(h.date().plusDays(1)), h::toString);
      assertFalse(h.date().isBefore(LocalDate.of(1985, 12, 27)), h::toString);
      if (year < 2007) {
        assertTrue(h.date().getDayOfWeek() != SUNDAY, h::toString);
      }
    }
  }

  /** Conversely, a day between two national holidays is a holiday once the citizens' rule exists. */
  @Property
  void aWeekdayBetweenTwoHolidaysIsAHoliday(@ForAll("supportedDates") LocalDate date) {
    if (date.isBefore(LocalDate.of(1985, 12, 27)) || !isNational(date.minusDays(1)) || !isNational(date.plusDays(1))
        || (date.getYear() < 2007 && date.getDayOfWeek() == SUNDAY)) {
      return;
    }
    assertTrue(HOLIDAYS.isHoliday(date), date::toString);
  }

  /** The equinox days stay within March 19–21 and September 22–24 for the whole range. */
  @Property(tries = 152)
  void equinoxDaysStayInTheirWindows(@ForAll @IntRange(min = 1949, max = 2099) int year) {
    long vernal = HOLIDAYS.holidaysIn(year).stream().filter(h -> h.name() == HolidayName.VERNAL_EQUINOX_DAY)
        .map(Holiday::date).filter(d -> d.getMonth() == Month.MARCH && d.getDayOfMonth() >= 19 && d.getDayOfMonth() <= 21)
        .count();
    long autumnal = HOLIDAYS.holidaysIn(year).stream().filter(h -> h.name() == HolidayName.AUTUMNAL_EQUINOX_DAY)
        .map(Holiday::date).filter(d -> d.getMonth() == Month.SEPTEMBER && d.getDayOfMonth() >= 22 && d.getDayOfMonth() <= 24)
        .count();
    assertEquals(1, vernal);
    assertEquals(1, autumnal);
  }

  /** Every query agrees with a plain scan of {@code isHoliday}. */
  @Property
  void queriesAgreeWithIsHoliday(@ForAll("supportedDates") LocalDate date) {
    Optional<Holiday> next = HOLIDAYS.nextHoliday(date);
    LocalDate d = date.plusDays(1);
    while (HOLIDAYS.isSupported(d) && !HOLIDAYS.isHoliday(d)) {
      d = d.plusDays(1);
    }
    assertEquals(HOLIDAYS.isSupported(d) ? Optional.of(d) : Optional.empty(), next.map(Holiday::date));
    Optional<Holiday> previous = HOLIDAYS.previousHoliday(date);
    d = date.minusDays(1);
    while (HOLIDAYS.isSupported(d) && !HOLIDAYS.isHoliday(d)) {
      d = d.minusDays(1);
    }
    assertEquals(HOLIDAYS.isSupported(d) ? Optional.of(d) : Optional.empty(), previous.map(Holiday::date));
    assertEquals(HOLIDAYS.isHoliday(date), HOLIDAYS.holiday(date).isPresent());
    assertEquals(HOLIDAYS.holiday(date).map(h -> h.name().japanese()), HOLIDAYS.name(date, Locale.JAPAN));
    assertEquals(HOLIDAYS.holiday(date).map(h -> h.name().english()), HOLIDAYS.name(date, Locale.CANADA_FRENCH));
    assertTrue(HOLIDAYS.holidaysIn(date.getYear()).stream().anyMatch(h -> h.date().equals(date)) == HOLIDAYS.isHoliday(date));
  }
}
