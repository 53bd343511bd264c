package io.github.kotowari.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CalendarValueTypesTest {

  static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(LocalDate.class, LocalDate.of(2026, 5, 1))
        .setDefault(Instant.class, Instant.parse("2026-05-01T00:00:00Z"))
        .setDefault(ZonedDateTime.class, ZonedDateTime.of(2026, 5, 1, 0, 0, 0, 0, Deadlines.ASIA_TOKYO))
        .setDefault(ZoneId.class, Deadlines.ASIA_TOKYO)
        .setDefault(MonthDay.class, MonthDay.of(8, 13))
        .setDefault(Locale.class, Locale.JAPAN)
        .setDefault(DayOfWeek.class, DayOfWeek.SUNDAY)
        .setDefault(JapaneseHolidays.class, JapaneseHolidays.standard())
        .setDefault(BusinessCalendar.class, BusinessCalendar.of(JapaneseHolidays.standard()));
  }

  @Test
  void holidayEquality() {
    LocalDate day = LocalDate.of(2026, 8, 11);
    new EqualsTester()
        .addEqualityGroup(new Holiday(day, HolidayName.MOUNTAIN_DAY, false),
            JapaneseHolidays.standard().holiday(day).orElseThrow())
        .addEqualityGroup(new Holiday(day, HolidayName.MOUNTAIN_DAY, true),
            JapaneseHolidays.announcedThrough(2025).holiday(day).orElseThrow())
        .addEqualityGroup(new Holiday(day.plusDays(1), HolidayName.MOUNTAIN_DAY, false))
        .addEqualityGroup(new Holiday(day, HolidayName.MARINE_DAY, false))
        .testEquals();
    assertEquals("Holiday[date=2026-08-11, name=MOUNTAIN_DAY, provisional=false]",
        new Holiday(day, HolidayName.MOUNTAIN_DAY, false).toString());
  }

  @Test
  void calendarEquality() {
    JapaneseHolidays standard = JapaneseHolidays.standard();
    new EqualsTester()
        .addEqualityGroup(standard, JapaneseHolidays.announcedThrough(2027))
        .addEqualityGroup(JapaneseHolidays.announcedThrough(2028), JapaneseHolidays.announcedThrough(2028))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(BusinessCalendar.of(standard), BusinessCalendar.builder(standard).build(),
            BusinessCalendar.builder(standard).weekend(DayOfWeek.SUNDAY, DayOfWeek.SATURDAY).build())
        .addEqualityGroup(BusinessCalendar.banking(standard),
            BusinessCalendar.builder(standard).closeEveryYear(MonthDay.of(12, 31), MonthDay.of(12, 31))
                .closeEveryYear(MonthDay.of(1, 1), MonthDay.of(1, 3)).build())
        .addEqualityGroup(BusinessCalendar.of(JapaneseHolidays.announcedThrough(2030)))
        .addEqualityGroup(BusinessCalendar.builder(standard).close(LocalDate.of(2026, 8, 13)).build())
        .addEqualityGroup(BusinessCalendar.builder(standard).weekend(DayOfWeek.SUNDAY).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Deadlines.tokyo(), Deadlines.in(ZoneId.of("Asia/Tokyo")))
        .addEqualityGroup(Deadlines.in(ZoneOffset.UTC))
        .testEquals();
    assertEquals("JapaneseHolidays[1948-07-20..2099-12-31, announced through 2027]", standard.toString());
    assertEquals("Deadlines[Asia/Tokyo]", Deadlines.tokyo().toString());
    assertEquals("BusinessCalendar[weekend=[SATURDAY, SUNDAY], every year=[12-31..01-03], closed dates=0, "
        + standard + "]", BusinessCalendar.banking(standard).toString());
  }

  @Test
  void nullsAreRejectedWithTheParameterNamed() {
    NullPointerTester tester = tester();
    tester.testAllPublicStaticMethods(JapaneseHolidays.class);
    tester.testAllPublicInstanceMethods(JapaneseHolidays.standard());
    tester.testAllPublicStaticMethods(BusinessCalendar.class);
    tester.testAllPublicInstanceMethods(BusinessCalendar.banking(JapaneseHolidays.standard()));
    tester.testAllPublicInstanceMethods(BusinessCalendar.builder(JapaneseHolidays.standard()));
    tester.testAllPublicStaticMethods(Deadlines.class);
    tester.testAllPublicInstanceMethods(Deadlines.tokyo());
    tester.testAllPublicConstructors(Holiday.class);
    tester.testAllPublicInstanceMethods(new Holiday(LocalDate.of(2026, 1, 1), HolidayName.NEW_YEARS_DAY, false));
    tester.testAllPublicInstanceMethods(HolidayName.SPORTS_DAY);
  }
}
