package io.github.kotowari.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

  static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  static final BusinessCalendar BANKS = BusinessCalendar.banking(JapaneseHolidays.standard());

  @Test
  void threeDaysAfterIssuingLateOnNewYearsEve() {
    Instant issued = ZonedDateTime.of(2026, 12, 31, 23, 50, 0, 0, TOKYO).toInstant();
    ZonedDateTime deadline = Deadlines.tokyo().daysAfter(issued, 3, DeadlineCutoff.END_OF_DAY);
    assertEquals(ZonedDateTime.of(LocalDate.of(2027, 1, 3), LocalTime.MAX, TOKYO), deadline);
    assertEquals(ZonedDateTime.of(2027, 1, 3, 23, 50, 0, 0, TOKYO),
        Deadlines.tokyo().daysAfter(issued, 3, DeadlineCutoff.SAME_TIME));
    // Three bank business days: Dec 31 – Jan 3 are closed, so Jan 4, 5, 6.
    assertEquals(ZonedDateTime.of(LocalDate.of(2027, 1, 6), LocalTime.MAX, TOKYO),
        Deadlines.tokyo().businessDaysAfter(issued, 3, BANKS, DeadlineCutoff.END_OF_DAY));
  }

  /**
   * 00:30 on January 1 in Tokyo is still December 31 in the test JVM's default zone
   * (America/Los_Angeles, set by the build) and in UTC: counting there would give January 3.
   */
  @Test
  void theDayIsTheTokyoDayWhateverTheDefaultZone() {
    Instant issued = ZonedDateTime.of(2027, 1, 1, 0, 30, 0, 0, TOKYO).toInstant();
    assertEquals(ZoneId.of("America/Los_Angeles"), ZoneId.systemDefault(), "the build sets a foreign default zone");
    assertEquals(LocalDate.of(2026, 12, 31), issued.atZone(ZoneId.systemDefault()).toLocalDate());
    ZonedDateTime deadline = Deadlines.tokyo().daysAfter(issued, 3, DeadlineCutoff.END_OF_DAY);
    assertEquals(LocalDate.of(2027, 1, 4), deadline.toLocalDate());
    assertEquals(TOKYO, deadline.getZone());
    assertEquals(LocalDate.of(2027, 1, 1), Deadlines.tokyo().localDate(issued));
    // The same moment, written in other zones, gives the same deadline.
    for (ZoneId zone : List.of(ZoneId.of("America/Los_Angeles"), ZoneOffset.UTC, ZoneId.of("Pacific/Kiritimati"),
        ZoneId.of("Pacific/Pago_Pago"), ZoneId.of("Europe/Berlin"))) {
      Instant same = issued.atZone(zone).toLocalDateTime().atZone(zone).toInstant();
      assertEquals(deadline, Deadlines.tokyo().daysAfter(same, 3, DeadlineCutoff.END_OF_DAY), zone::toString);
      assertEquals(LocalDate.of(2027, 1, 1), Deadlines.tokyo().localDate(same));
    }
    // Counting in another zone is explicit and gives that zone's answer.
    assertEquals(LocalDate.of(2027, 1, 3),
        Deadlines.in(ZoneId.of("America/Los_Angeles")).daysAfter(issued, 3, DeadlineCutoff.END_OF_DAY).toLocalDate());
    assertNotEquals(Deadlines.tokyo().daysAfter(issued, 3, DeadlineCutoff.END_OF_DAY).toInstant(),
        Deadlines.in(ZoneOffset.UTC).daysAfter(issued, 3, DeadlineCutoff.END_OF_DAY).toInstant());
  }

  @Test
  void hasPassedIsStrictlyAfter() {
    ZonedDateTime deadline = ZonedDateTime.of(LocalDate.of(2027, 1, 3), LocalTime.MAX, TOKYO);
    assertFalse(Deadlines.tokyo().hasPassed(deadline, deadline.toInstant()));
    assertTrue(Deadlines.tokyo().hasPassed(deadline, deadline.toInstant().plusNanos(1)));
    assertTrue(Deadlines.tokyo().hasPassed(deadline, ZonedDateTime.of(2027, 1, 4, 0, 0, 0, 0, TOKYO).toInstant()));
  }

  @Test
  void badArguments() {
    Instant issued = Instant.parse("2026-06-01T00:00:00Z");
    assertThrows(IllegalArgumentException.class, () -> Deadlines.tokyo().daysAfter(issued, -1, DeadlineCutoff.SAME_TIME));
    assertThrows(IllegalArgumentException.class,
        () -> Deadlines.tokyo().businessDaysAfter(issued, -1, BANKS, DeadlineCutoff.SAME_TIME));
    assertThrows(java.time.DateTimeException.class,
        () -> Deadlines.tokyo().businessDaysAfter(Instant.MAX, 1, BANKS, DeadlineCutoff.SAME_TIME));
    assertThrows(CalendarRangeException.class,
        () -> Deadlines.tokyo().businessDaysAfter(Instant.parse("2200-01-01T00:00:00Z"), 1, BANKS, DeadlineCutoff.SAME_TIME));
    assertThrows(CalendarRangeException.class,
        () -> Deadlines.tokyo().businessDaysAfter(issued, Integer.MAX_VALUE, BANKS, DeadlineCutoff.SAME_TIME));
    assertThrows(java.time.DateTimeException.class,
        () -> Deadlines.tokyo().daysAfter(Instant.MAX, 1, DeadlineCutoff.END_OF_DAY));
    assertEquals(LocalDateTime.of(2026, 6, 1, 9, 0), Deadlines.tokyo().daysAfter(issued, 0, DeadlineCutoff.SAME_TIME).toLocalDateTime());
  }
}
