package io.github.kotowari.konbini.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kotowari.core.calendar.DeadlineCutoff;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.TimeZone;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of deadlines and derived state over instants spread across the supported range. The
 * testkit module has the same properties over instants concentrated at JST day, month, year and
 * holiday edges.
 */
class LifecycleZoneProperties {

  static final List<String> ZONES = List.of("UTC", "America/Los_Angeles", "Pacific/Kiritimati", "Asia/Kolkata",
      "Pacific/Pago_Pago", "Europe/London");

  @Provide
  Arbitrary<Instant> instants() {
    long first = LifecyclePolicy.FIRST_SUPPORTED_INSTANT.getEpochSecond();
    long last = LifecyclePolicy.LAST_SUPPORTED_INSTANT.getEpochSecond() - 400L * 86_400;
    return Arbitraries.longs().between(first, last).map(Instant::ofEpochSecond);
  }

  @Provide
  Arbitrary<DeadlinePolicy> policies() {
    return Arbitraries.integers().between(1, 60).flatMap(days ->
        Arbitraries.of(DeadlineCutoff.class).map(cutoff -> DeadlinePolicy.of(days, cutoff)));
  }

  /** The deadline computed by hand: the JST date of issue plus the days, at 23:59:59.999999999 or the same time. */
  static Instant expectedDeadline(Instant issued, DeadlinePolicy policy) {
    ZoneId tokyo = ZoneId.of("Asia/Tokyo");
    ZonedDateTime local = ZonedDateTime.ofInstant(issued, tokyo);
    LocalDate day = local.toLocalDate().plusDays(policy.days());
    LocalTime time = policy.cutoff() == DeadlineCutoff.END_OF_DAY ? LocalTime.of(23, 59, 59, 999_999_999)
        : local.toLocalTime();
    return ZonedDateTime.of(day, time, tokyo).toInstant();
  }

  @Property(tries = 300)
  void deadlinesDoNotDependOnTheJvmZone(@ForAll("instants") Instant issued, @ForAll("policies") DeadlinePolicy policy) {
    TimeZone saved = TimeZone.getDefault();
    try {
      Instant expected = expectedDeadline(issued, policy);
      for (String zone : ZONES) {
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        assertEquals(expected, policy.deadline(issued).instant(), zone);
      }
    } finally {
      TimeZone.setDefault(saved);
    }
  }

  @Property
  void deadlinesAreMonotonicInTheIssuingInstant(@ForAll("instants") Instant a, @ForAll @IntRange(max = 400_000) int seconds,
      @ForAll("policies") DeadlinePolicy policy) {
    Instant b = a.plusSeconds(seconds);
    assertFalse(policy.deadline(b).instant().isBefore(policy.deadline(a).instant()));
    assertFalse(policy.deadline(a).instant().isBefore(a.plusSeconds(86_400L * policy.days() - 86_400)));
  }

  @Property
  void derivedStateNeverGoesBackwards(@ForAll("instants") Instant issued, @ForAll @IntRange(max = 10) int days,
      @ForAll @IntRange(max = 3) int events, @ForAll @IntRange(max = 1_000_000) int t1,
      @ForAll @IntRange(max = 1_000_000) int t2) {
    KonbiniPayment p = KonbiniPayment.issue(KonbiniPaymentTest.NUMBER, issued, LifecyclePolicy.amazonJapan()).orElseThrow();
    Instant at = issued.plusSeconds(86_400L * days);
    if (events >= 1) {
      p = (events == 3 ? p.cancel(at) : p.pay(at)).payment().orElse(p);
    }
    if (events == 2) {
      p = p.returnAccepted(at.plusSeconds(3600)).payment().orElse(p);
    }
    Instant x = issued.plusSeconds(Math.min(t1, t2) - 100_000L);
    Instant y = issued.plusSeconds(Math.max(t1, t2) - 100_000L);
    PaymentState sx = p.stateAt(x);
    PaymentState sy = p.stateAt(y);
    assertTrue(sx.stage() <= sy.stage(), sx + " at " + x + " then " + sy + " at " + y);
    if (sx.isFinal()) {
      assertEquals(sx, sy);
    }
  }
}
