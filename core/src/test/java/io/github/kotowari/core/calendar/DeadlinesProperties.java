package io.github.kotowari.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Deadlines do not depend on the zone the start moment was written in. The Tokyo date is computed
 * independently here from the fixed offset +09:00 (Japan has kept it since 1952).
 */
class DeadlinesProperties {

  static final BusinessCalendar BANKS = BusinessCalendar.banking(JapaneseHolidays.standard());

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of(ZoneId.getAvailableZoneIds().stream().sorted().toList()).map(ZoneId::of);
  }

  @Provide
  Arbitrary<LocalDateTime> localTimes() {
    return Arbitraries.longs()
        .between(LocalDateTime.of(1953, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC),
            LocalDateTime.of(2090, 12, 31, 0, 0).toEpochSecond(ZoneOffset.UTC))
        .map(s -> LocalDateTime.ofEpochSecond(s, 0, ZoneOffset.UTC));
  }

  static LocalDate tokyoDate(Instant instant) {
    return LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.ofHours(9)).toLocalDate();
  }

  @Property
  void tokyoDeadlinesAreTheSameForEveryZone(@ForAll("zones") ZoneId zone, @ForAll("localTimes") LocalDateTime local,
      @ForAll @IntRange(min = 0, max = 30) int days) {
    Instant start = ZonedDateTime.of(local, zone).toInstant();
    LocalDate expectedDay = tokyoDate(start).plusDays(days);
    ZonedDateTime deadline = Deadlines.tokyo().daysAfter(start, days, DeadlineCutoff.END_OF_DAY);
    assertEquals(ZonedDateTime.of(expectedDay, LocalTime.MAX, Deadlines.ASIA_TOKYO), deadline);
    assertEquals(BANKS.addBusinessDays(tokyoDate(start), days),
        Deadlines.tokyo().businessDaysAfter(start, days, BANKS, DeadlineCutoff.END_OF_DAY).toLocalDate());
    assertEquals(tokyoDate(start), Deadlines.tokyo().localDate(start));
  }

  /** Counting in an explicit zone uses that zone's own date, whatever zone the JVM runs in. */
  @Property
  void anExplicitZoneCountsItsOwnDays(@ForAll("zones") ZoneId zone, @ForAll("localTimes") LocalDateTime local,
      @ForAll @IntRange(min = 0, max = 30) int days) {
    Instant start = local.toInstant(ZoneOffset.UTC);
    LocalDate own = LocalDateTime.ofEpochSecond(start.getEpochSecond(), 0, zone.getRules().getOffset(start)).toLocalDate();
    assertEquals(own, Deadlines.in(zone).localDate(start));
    assertEquals(own.plusDays(days), Deadlines.in(zone).daysAfter(start, days, DeadlineCutoff.END_OF_DAY).toLocalDate());
  }
}
