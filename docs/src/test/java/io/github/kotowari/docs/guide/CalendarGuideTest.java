package io.github.kotowari.docs.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kotowari.core.calendar.BusinessCalendar;
import io.github.kotowari.core.calendar.CalendarRangeException;
import io.github.kotowari.core.calendar.DeadlineCutoff;
import io.github.kotowari.core.calendar.Deadlines;
import io.github.kotowari.core.calendar.Holiday;
import io.github.kotowari.core.calendar.HolidayKind;
import io.github.kotowari.core.calendar.JapaneseHolidays;
import io.github.kotowari.docs.cli.KotowariCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The examples of the guide pages {@code docs/guide/en/calendar.md} and
 * {@code docs/guide/ja/calendar.md}: every {@code java} and {@code text} block there appears here
 * verbatim and is run. Expected values come from the Cabinet Office list and the law, not from
 * running the code.
 */
class CalendarGuideTest {

  final JapaneseHolidays holidays = JapaneseHolidays.standard();

  @Test
  void isHolidayAndNames() {
    JapaneseHolidays holidays = JapaneseHolidays.standard();
    boolean mountainDay = holidays.isHoliday(LocalDate.of(2026, 8, 11));
    Optional<String> ja = holidays.name(LocalDate.of(2026, 9, 22), Locale.JAPANESE);
    Optional<String> en = holidays.name(LocalDate.of(2026, 9, 22), Locale.ENGLISH);

    assertTrue(mountainDay);
    assertEquals(Optional.of("国民の休日"), ja);
    assertEquals(Optional.of("Citizens' Holiday"), en);
    assertEquals(HolidayKind.CITIZENS, holidays.holiday(LocalDate.of(2026, 9, 22)).orElseThrow().kind());
  }

  @Test
  void holidaysOfAYear() {
    StringBuilder out = new StringBuilder();
    for (Holiday h : holidays.holidaysIn(2026)) {
      out.append(h.date()).append(' ').append(h.name(Locale.JAPANESE)).append('\n');
    }

    assertEquals("""
        2026-01-01 元日
        2026-01-12 成人の日
        2026-02-11 建国記念の日
        2026-02-23 天皇誕生日
        2026-03-20 春分の日
        2026-04-29 昭和の日
        2026-05-03 憲法記念日
        2026-05-04 みどりの日
        2026-05-05 こどもの日
        2026-05-06 振替休日
        2026-07-20 海の日
        2026-08-11 山の日
        2026-09-21 敬老の日
        2026-09-22 国民の休日
        2026-09-23 秋分の日
        2026-10-12 スポーツの日
        2026-11-03 文化の日
        2026-11-23 勤労感謝の日
        """, out.toString());
  }

  @Test
  void provisionalYears() {
    Holiday equinox = holidays.holiday(LocalDate.of(2028, 3, 20)).orElseThrow();
    boolean provisional = equinox.provisional();
    JapaneseHolidays announced = JapaneseHolidays.announcedThrough(2028);
    boolean stillProvisional = announced.holiday(LocalDate.of(2028, 3, 20)).orElseThrow().provisional();

    assertTrue(provisional);
    assertFalse(stillProvisional);
    assertFalse(holidays.holiday(LocalDate.of(2027, 3, 21)).orElseThrow().provisional());
  }

  @Test
  void outOfRange() {
    boolean covered = holidays.isSupported(LocalDate.of(1948, 7, 19));

    assertFalse(covered);
    CalendarRangeException e = assertThrows(CalendarRangeException.class,
        () -> holidays.isHoliday(LocalDate.of(1948, 7, 19)));
    assertEquals(LocalDate.of(1948, 7, 20), e.firstSupportedDate());
  }

  @Test
  void businessDays() {
    BusinessCalendar banks = BusinessCalendar.banking(holidays);
    LocalDate next = banks.nextBusinessDay(LocalDate.of(2026, 12, 30));
    LocalDate due = banks.addBusinessDays(LocalDate.of(2026, 12, 25), 20);
    int count = banks.businessDaysBetween(LocalDate.of(2026, 12, 25), due);

    // Dec 31 – Jan 3 closed; Jan 11 2027 is 成人の日 (second Monday).
    assertEquals(LocalDate.of(2027, 1, 4), next);
    assertEquals(LocalDate.of(2027, 1, 27), due);
    assertEquals(20, count);
  }

  @Test
  void obon() {
    BusinessCalendar carrier = BusinessCalendar.builder(holidays)
        .closeEveryYear(MonthDay.of(8, 13), MonthDay.of(8, 16))
        .build();
    LocalDate afterObon = carrier.nextBusinessDay(LocalDate.of(2026, 8, 12));

    assertEquals(LocalDate.of(2026, 8, 17), afterObon);
  }

  @Test
  void deadlines() {
    BusinessCalendar banks = BusinessCalendar.banking(holidays);
    Instant issued = ZonedDateTime.of(2026, 12, 31, 23, 50, 0, 0, Deadlines.ASIA_TOKYO).toInstant();
    ZonedDateTime payBy = Deadlines.tokyo().daysAfter(issued, 3, DeadlineCutoff.END_OF_DAY);
    ZonedDateTime bankDeadline = Deadlines.tokyo().businessDaysAfter(issued, 3, banks, DeadlineCutoff.END_OF_DAY);

    assertEquals(ZonedDateTime.of(LocalDate.of(2027, 1, 3), LocalTime.MAX, Deadlines.ASIA_TOKYO), payBy);
    assertEquals(LocalDate.of(2027, 1, 6), bankDeadline.toLocalDate());
    assertEquals("2027-01-03T23:59:59.999999999+09:00[Asia/Tokyo]", payBy.toString());
  }

  static String cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertEquals(0, KotowariCli.run(args, new PrintWriter(out), new PrintWriter(err)), err::toString);
    return "$ kotowari " + String.join(" ", args) + "\n" + out;
  }

  @Test
  void commandLine() {
    assertEquals("""
        $ kotowari business-days --banks next 2026-12-30
        2027-01-04
        $ kotowari business-days add 2026-09-18 1
        2026-09-24
        $ kotowari business-days between 2026-09-18 2026-09-24
        1
        """, cli("business-days", "--banks", "next", "2026-12-30") + cli("business-days", "add", "2026-09-18", "1")
        + cli("business-days", "between", "2026-09-18", "2026-09-24"));
    assertTrue(cli("holidays", "2028").contains("2028-01-01\t元日\tNew Year's Day\tprovisional\n"));
  }
}
