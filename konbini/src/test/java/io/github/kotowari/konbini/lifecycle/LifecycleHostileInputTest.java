package io.github.kotowari.konbini.lifecycle;

import static io.github.kotowari.konbini.lifecycle.KonbiniPaymentTest.AMAZON;
import static io.github.kotowari.konbini.lifecycle.KonbiniPaymentTest.NUMBER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kotowari.core.calendar.DeadlineCutoff;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Year ends in Japan for every supported year, the range's own ends, and absurd instants. */
class LifecycleHostileInputTest {

  static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  static Instant tokyo(LocalDate date, LocalTime time) {
    return ZonedDateTime.of(date, time, TOKYO).toInstant();
  }

  @Test
  void everyYearEndInJapan() {
    LocalTime lastNano = LocalTime.of(23, 59, 59, 999_999_999);
    for (int y = 1949; y <= 2098; y++) {
      Instant lastOfYear = tokyo(LocalDate.of(y, 12, 31), lastNano);
      Instant firstOfNext = lastOfYear.plusNanos(1);
      // Six days from Dec 31 is Jan 6; from Jan 1 it is Jan 7: the nanosecond that turns the year in Tokyo.
      assertEquals(tokyo(LocalDate.of(y + 1, 1, 6), lastNano), DeadlinePolicy.amazonJapan().deadline(lastOfYear).instant());
      assertEquals(tokyo(LocalDate.of(y + 1, 1, 7), lastNano), DeadlinePolicy.amazonJapan().deadline(firstOfNext).instant());
      assertEquals(tokyo(LocalDate.of(y + 1, 1, 3), lastNano),
          DeadlinePolicy.of(3, DeadlineCutoff.SAME_TIME).deadline(lastOfYear).instant());
      // 15:00 UTC on Dec 31 is already New Year's Day in Japan (outside the +10:00 summers of 1948–1951).
      Instant utcAfternoon = ZonedDateTime.of(LocalDate.of(y, 12, 31), LocalTime.of(15, 0), ZoneId.of("UTC")).toInstant();
      assertEquals(tokyo(LocalDate.of(y + 1, 1, 7), lastNano), DeadlinePolicy.amazonJapan().deadline(utcAfternoon).instant());
      // Paid late on New Year's Eve: reflected on a later business day, never on Jan 1, a Saturday or a Sunday.
      Reflection r = ReflectionPolicy.amazonJapan().expectedReflection(tokyo(LocalDate.of(y, 12, 31), LocalTime.of(23, 0)));
      LocalDate day = r.expectedBy().date();
      assertTrue(day.isAfter(LocalDate.of(y + 1, 1, 1)), r.toString());
      assertFalse(day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY, r.toString());
      assertEquals(LocalTime.of(8, 0), r.expectedBy().dateTime().toLocalTime());
      assertTrue(r.cause().isDeferred());
    }
  }

  @Test
  void theEndsOfTheSupportedRange() {
    Instant first = LifecyclePolicy.FIRST_SUPPORTED_INSTANT;
    Instant last = LifecyclePolicy.LAST_SUPPORTED_INSTANT;
    assertTrue(LifecyclePolicy.isSupported(first) && LifecyclePolicy.isSupported(last));
    assertFalse(LifecyclePolicy.isSupported(first.minusNanos(1)) || LifecyclePolicy.isSupported(last.plusNanos(1)));
    assertFalse(LifecyclePolicy.isSupported(Instant.MIN) || LifecyclePolicy.isSupported(Instant.MAX));
    assertEquals("2099-12-31 23:59 JST", TokyoTime.of(last).display(Locale.ENGLISH));
    assertEquals("1948年7月20日 00:00", TokyoTime.of(first).display(Locale.JAPANESE));
    assertThrows(LifecycleRangeException.class, () -> TokyoTime.of(last.plusNanos(1)));
    assertThrows(LifecycleRangeException.class, () -> TokyoTime.of(Instant.MIN));
    // the last issuing instant with a 6-day deadline inside the range
    Instant lastIssue = tokyo(LocalDate.of(2099, 12, 25), LocalTime.of(23, 59, 59, 999_999_999));
    assertEquals(last, DeadlinePolicy.amazonJapan().deadline(lastIssue).instant());
    assertThrows(LifecycleRangeException.class, () -> DeadlinePolicy.amazonJapan().deadline(lastIssue.plusNanos(1)));
    assertTrue(KonbiniPayment.issue(NUMBER, lastIssue.plusNanos(1), AMAZON)
        .isRejectedFor(LifecycleReasons.INSTANT_OUT_OF_RANGE));
    // a refund whose window would end in 2100
    KonbiniPayment paid = KonbiniPayment.issue(NUMBER, lastIssue, AMAZON).orElseThrow()
        .pay(tokyo(LocalDate.of(2099, 12, 28), LocalTime.NOON)).orElseThrow();
    assertTrue(paid.returnAccepted(tokyo(LocalDate.of(2099, 12, 29), LocalTime.NOON))
        .isRejectedFor(LifecycleReasons.INSTANT_OUT_OF_RANGE));
  }

  @Test
  void aMillionExpiriesAreCountedWithoutTrouble() {
    Instant now = tokyo(LocalDate.of(2026, 12, 1), LocalTime.NOON);
    List<Instant> many = new ArrayList<>(Collections.nCopies(1_000_000, now));
    many.add(Instant.MIN);
    many.add(Instant.MAX);
    StandingDecision d = StandingPolicy.amazonJapan().assess(many, now);
    assertEquals(Standing.RESTRICT, d.standing());
    assertEquals(1_000_000, d.expiries());
    assertEquals(Standing.OK, StandingPolicy.amazonJapan().assess(many, Instant.MIN.plusSeconds(1)).standing());
  }
}
