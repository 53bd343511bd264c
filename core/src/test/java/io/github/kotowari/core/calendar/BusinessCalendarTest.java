package io.github.kotowari.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

  static final JapaneseHolidays HOLIDAYS = JapaneseHolidays.standard();
  static final BusinessCalendar PLAIN = BusinessCalendar.of(HOLIDAYS);
  static final BusinessCalendar BANKS = BusinessCalendar.banking(HOLIDAYS);

  static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  @Test
  void silverWeek2026() {
    // 2026-09-19/20 weekend, 21 敬老の日, 22 国民の休日, 23 秋分の日.
    assertEquals(d(2026, 9, 24), PLAIN.nextBusinessDay(d(2026, 9, 18)));
    assertEquals(d(2026, 9, 18), PLAIN.previousBusinessDay(d(2026, 9, 24)));
    assertEquals(1, PLAIN.businessDaysBetween(d(2026, 9, 18), d(2026, 9, 24)));
    assertEquals(-1, PLAIN.businessDaysBetween(d(2026, 9, 24), d(2026, 9, 18)));
    assertEquals(d(2026, 9, 24), PLAIN.businessDayOnOrAfter(d(2026, 9, 21)));
    assertEquals(d(2026, 9, 24), PLAIN.businessDayOnOrAfter(d(2026, 9, 24)));
  }

  @Test
  void bankYearEnd() {
    // 2026-12-31 Thu, 2027-01-01 Fri (元日), 01-02/03 weekend, 01-04 Mon.
    assertTrue(PLAIN.isBusinessDay(d(2026, 12, 31)));
    assertFalse(BANKS.isBusinessDay(d(2026, 12, 31)));
    assertEquals(d(2027, 1, 4), BANKS.nextBusinessDay(d(2026, 12, 30)));
    assertEquals(d(2026, 12, 31), PLAIN.nextBusinessDay(d(2026, 12, 30)));
    // 2027-01-11 is 成人の日: 20 business days after 2026-12-25 at a bank.
    assertEquals(d(2027, 1, 27), BANKS.addBusinessDays(d(2026, 12, 25), 20));
    assertEquals(d(2026, 12, 25), BANKS.addBusinessDays(d(2027, 1, 27), -20));
  }

  @Test
  void obonAsAUserSuppliedClosure() {
    BusinessCalendar obon = BusinessCalendar.builder(HOLIDAYS).closeEveryYear(MonthDay.of(8, 13), MonthDay.of(8, 16)).build();
    // 2026-08-11 山の日 (Tue), 13–14 Obon, 15–16 weekend.
    assertEquals(d(2026, 8, 12), obon.nextBusinessDay(d(2026, 8, 10)));
    assertEquals(d(2026, 8, 17), obon.nextBusinessDay(d(2026, 8, 12)));
    assertEquals(d(2026, 8, 13), PLAIN.nextBusinessDay(d(2026, 8, 12)));
    BusinessCalendar dates = BusinessCalendar.builder(HOLIDAYS)
        .closeAll(List.of(d(2026, 8, 13), d(2026, 8, 14))).close(d(2026, 8, 17)).build();
    assertEquals(d(2026, 8, 18), dates.nextBusinessDay(d(2026, 8, 12)));
  }

  @Test
  void weekendIsConfigurable() {
    BusinessCalendar sixDays = BusinessCalendar.builder(HOLIDAYS).weekend(DayOfWeek.SUNDAY).build();
    assertTrue(sixDays.isBusinessDay(d(2026, 11, 28)));
    assertEquals(java.util.Set.of(DayOfWeek.SUNDAY), sixDays.weekend());
    BusinessCalendar always = BusinessCalendar.builder(HOLIDAYS).weekend().build();
    assertTrue(always.isBusinessDay(d(2026, 11, 29)));
    assertFalse(always.isBusinessDay(d(2026, 11, 23)));
  }

  @Test
  void zeroDaysIsTheDateItselfEvenWhenClosed() {
    assertEquals(d(2026, 1, 1), PLAIN.addBusinessDays(d(2026, 1, 1), 0));
    assertEquals(0, PLAIN.businessDaysBetween(d(2026, 1, 1), d(2026, 1, 1)));
  }

  @Test
  void hostileDatesAndCounts() {
    // 1948-07-20 was a Tuesday: it is the first business day; nothing before it exists.
    assertTrue(PLAIN.isBusinessDay(JapaneseHolidays.FIRST_DATE));
    assertThrows(CalendarRangeException.class, () -> PLAIN.previousBusinessDay(JapaneseHolidays.FIRST_DATE));
    assertThrows(CalendarRangeException.class, () -> PLAIN.isBusinessDay(d(1948, 7, 19)));
    // 2099-12-31 is a Thursday: a business day with no next one in range.
    assertTrue(PLAIN.isBusinessDay(JapaneseHolidays.LAST_DATE));
    assertFalse(BANKS.isBusinessDay(JapaneseHolidays.LAST_DATE));
    assertThrows(CalendarRangeException.class, () -> PLAIN.nextBusinessDay(JapaneseHolidays.LAST_DATE));
    assertEquals(d(2099, 12, 30), BANKS.previousBusinessDay(JapaneseHolidays.LAST_DATE));
    for (LocalDate hostile : List.of(LocalDate.MIN, LocalDate.MAX, d(2100, 1, 1))) {
      assertThrows(CalendarRangeException.class, () -> PLAIN.isBusinessDay(hostile));
      assertThrows(CalendarRangeException.class, () -> PLAIN.addBusinessDays(hostile, 0));
      assertThrows(CalendarRangeException.class, () -> PLAIN.businessDaysBetween(d(2026, 1, 1), hostile));
      assertThrows(CalendarRangeException.class, () -> BusinessCalendar.builder(HOLIDAYS).close(hostile));
    }
    for (int n : new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE, 1_000_000, -1_000_000}) {
      CalendarRangeException e = assertThrows(CalendarRangeException.class, () -> PLAIN.addBusinessDays(d(2026, 1, 1), n));
      assertTrue(e.getMessage().contains(Integer.toString(n)), e.getMessage());
    }
    int all = PLAIN.businessDaysBetween(JapaneseHolidays.FIRST_DATE, JapaneseHolidays.LAST_DATE);
    assertEquals(JapaneseHolidays.LAST_DATE, PLAIN.addBusinessDays(JapaneseHolidays.FIRST_DATE, all));
    assertEquals(JapaneseHolidays.FIRST_DATE, PLAIN.addBusinessDays(JapaneseHolidays.LAST_DATE, -all));
    assertThrows(CalendarRangeException.class, () -> PLAIN.addBusinessDays(JapaneseHolidays.FIRST_DATE, all + 1));
  }

  @Test
  void annualClosuresAcrossTheRangeEdgesAndLeapDays() {
    BusinessCalendar leap = BusinessCalendar.builder(HOLIDAYS).closeEveryYear(MonthDay.of(2, 29), MonthDay.of(2, 29)).build();
    assertFalse(leap.isBusinessDay(d(2028, 2, 29)));
    assertFalse(leap.isBusinessDay(d(2024, 2, 29)));
    assertFalse(leap.isBusinessDay(d(2023, 2, 28)), "February 29 falls back to February 28 (a Tuesday) in 2023");
    assertTrue(PLAIN.isBusinessDay(d(2023, 2, 28)));
    assertTrue(leap.isBusinessDay(d(2023, 3, 1)));
    assertTrue(leap.isBusinessDay(d(2024, 2, 28)));
  }
}
