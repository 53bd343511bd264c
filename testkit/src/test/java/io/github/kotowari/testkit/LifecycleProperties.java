package io.github.kotowari.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kotowari.core.calendar.BusinessCalendar;
import io.github.kotowari.core.calendar.DeadlineCutoff;
import io.github.kotowari.core.calendar.JapaneseHolidays;
import io.github.kotowari.konbini.lifecycle.DeadlinePolicy;
import io.github.kotowari.konbini.lifecycle.KonbiniPayment;
import io.github.kotowari.konbini.lifecycle.LifecyclePolicy;
import io.github.kotowari.konbini.lifecycle.LifecycleRangeException;
import io.github.kotowari.konbini.lifecycle.LifecycleReasons;
import io.github.kotowari.konbini.lifecycle.PaymentState;
import io.github.kotowari.konbini.lifecycle.Reflection;
import io.github.kotowari.konbini.lifecycle.ReflectionPolicy;
import io.github.kotowari.konbini.lifecycle.Transition;
import io.github.kotowari.konbini.store.PaymentNumber;
import io.github.kotowari.konbini.store.PaymentNumberKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Lifecycle invariants over instants at JST day, month, year and holiday edges. */
class LifecycleProperties {

  static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  static final PaymentNumber NUMBER = PaymentNumber.parse(PaymentNumberKind.PAYMENT_NUMBER, "98765432109");
  static final List<String> ZONES = List.of("UTC", "America/Los_Angeles", "Pacific/Kiritimati", "Asia/Kolkata",
      "Pacific/Pago_Pago", "Australia/Lord_Howe");
  static final BusinessCalendar CALENDAR = BusinessCalendar.of(JapaneseHolidays.standard());

  @Provide
  Arbitrary<Instant> issued() {
    return InstantArbitraries.issuanceInstants();
  }

  @Provide
  Arbitrary<Instant> edges() {
    return InstantArbitraries.jstEdgeInstants();
  }

  @Provide
  Arbitrary<Instant> unsupported() {
    return InstantArbitraries.unsupportedInstants();
  }

  @Provide
  Arbitrary<DeadlinePolicy> policies() {
    return Arbitraries.integers().between(1, 60).flatMap(days ->
        Arbitraries.of(DeadlineCutoff.class).map(cutoff -> DeadlinePolicy.of(days, cutoff)));
  }

  @Provide
  Arbitrary<Instant[]> issuedAndPaid() {
    return InstantArbitraries.issuanceInstants().flatMap(issued ->
        InstantArbitraries.paymentInstants(issued, 8).map(paid -> new Instant[] {issued, paid}));
  }

  @Property
  void generatedInstantsLieNearJstMidnight(@ForAll("edges") Instant at) {
    LocalTime t = at.atZone(TOKYO).toLocalTime();
    assertTrue(t.isBefore(LocalTime.of(3, 0, 0, 1)) || !t.isBefore(LocalTime.of(21, 0)), t.toString());
    assertTrue(LifecyclePolicy.isSupported(at));
  }

  @Property
  void paymentInstantsNeverPrecedeIssue(@ForAll("issuedAndPaid") Instant[] pair) {
    assertFalse(pair[1].isBefore(pair[0]));
    assertTrue(pair[1].isBefore(pair[0].plusSeconds(86_400L * 10)));
  }

  @Property(tries = 300)
  void deadlinesAreTheSameInEveryJvmZone(@ForAll("issued") Instant issued, @ForAll("policies") DeadlinePolicy policy) {
    ZonedDateTime local = issued.atZone(TOKYO);
    LocalTime time = policy.cutoff() == DeadlineCutoff.END_OF_DAY ? LocalTime.MAX : local.toLocalTime();
    Instant expected = ZonedDateTime.of(local.toLocalDate().plusDays(policy.days()), time, TOKYO).toInstant();
    TimeZone saved = TimeZone.getDefault();
    try {
      for (String zone : ZONES) {
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        assertEquals(expected, policy.deadline(issued).instant(), zone);
      }
    } finally {
      TimeZone.setDefault(saved);
    }
  }

  @Property
  void deadlinesAreMonotonicInTheIssuingInstant(@ForAll("issued") Instant a, @ForAll("issued") Instant b,
      @ForAll("policies") DeadlinePolicy policy) {
    Instant early = a.isBefore(b) ? a : b;
    Instant late = a.isBefore(b) ? b : a;
    assertFalse(policy.deadline(late).instant().isBefore(policy.deadline(early).instant()));
  }

  @Property
  void payableAtTheDeadlineAndExpiredTheNanosecondAfter(@ForAll("issued") Instant issued,
      @ForAll("policies") DeadlinePolicy policy) {
    KonbiniPayment p = KonbiniPayment.issue(NUMBER, issued, LifecyclePolicy.amazonJapan().withDeadline(policy))
        .orElseThrow();
    Instant deadline = p.deadline().instant();
    assertEquals(PaymentState.AWAITING_PAYMENT, p.stateAt(deadline));
    assertEquals(PaymentState.EXPIRED, p.stateAt(deadline.plusNanos(1)));
    assertTrue(p.pay(deadline).isAccepted());
    assertTrue(p.pay(deadline.plusNanos(1)).isRejectedFor(LifecycleReasons.PAYMENT_EXPIRED));
  }

  @Property
  void derivedStateNeverGoesBackwards(@ForAll("issuedAndPaid") Instant[] pair, @ForAll @IntRange(max = 3) int events,
      @ForAll("edges") Instant x, @ForAll("edges") Instant y) {
    KonbiniPayment p = KonbiniPayment.issue(NUMBER, pair[0], LifecyclePolicy.amazonJapan()).orElseThrow();
    if (events >= 1) {
      p = (events == 3 ? p.cancel(pair[1]) : p.pay(pair[1])).payment().orElse(p);
    }
    if (events == 2) {
      p = p.returnAccepted(pair[1].plusSeconds(60)).payment().orElse(p);
    }
    for (Instant[] ab : List.of(new Instant[] {x, y}, new Instant[] {pair[0].minusNanos(1), pair[1]},
        new Instant[] {pair[1], pair[1].plusSeconds(86_400L * 30)})) {
      Instant a = ab[0].isBefore(ab[1]) ? ab[0] : ab[1];
      Instant b = ab[0].isBefore(ab[1]) ? ab[1] : ab[0];
      PaymentState sa = p.stateAt(a);
      PaymentState sb = p.stateAt(b);
      assertTrue(sa.stage() <= sb.stage(), sa + " at " + a + ", then " + sb + " at " + b);
      if (sa.isFinal()) {
        assertEquals(sa, sb);
      }
    }
  }

  @Property
  void reflectionIsNeverBeforePaymentAndShippingStartsOnABusinessDay(@ForAll("edges") Instant paid) {
    Reflection r = ReflectionPolicy.amazonJapan().expectedReflection(paid);
    assertFalse(r.expectedBy().instant().isBefore(paid));
    assertTrue(CALENDAR.isBusinessDay(r.shippingFrom()), r.toString());
    assertFalse(r.shippingFrom().isBefore(r.expectedBy().date()));
    LocalDate paidDay = paid.atZone(TOKYO).toLocalDate();
    if (!CALENDAR.isBusinessDay(paidDay)) {
      assertTrue(r.cause().isDeferred());
      assertTrue(r.expectedBy().date().isAfter(paidDay));
    }
    assertFalse(r.message(Locale.JAPANESE).contains("{"));
  }

  @Property
  void reflectionIsMonotonicInThePaymentInstant(@ForAll("edges") Instant a, @ForAll("edges") Instant b) {
    Instant early = a.isBefore(b) ? a : b;
    Instant late = a.isBefore(b) ? b : a;
    ReflectionPolicy amazon = ReflectionPolicy.amazonJapan();
    assertFalse(amazon.expectedReflection(late).expectedBy().instant()
        .isBefore(amazon.expectedReflection(early).expectedBy().instant()));
  }

  @Property
  void unsupportedInstantsGetATypedAnswer(@ForAll("unsupported") Instant bad) {
    Transition t = KonbiniPayment.issue(NUMBER, bad, LifecyclePolicy.amazonJapan());
    assertTrue(t.isRejectedFor(LifecycleReasons.INSTANT_OUT_OF_RANGE), t.toString());
    assertFalse(t.rejection().orElseThrow().message(Locale.ENGLISH).isBlank());
    assertThrows(LifecycleRangeException.class, () -> DeadlinePolicy.amazonJapan().deadline(bad));
    assertThrows(LifecycleRangeException.class, () -> ReflectionPolicy.amazonJapan().expectedReflection(bad));
  }

  /** Shrinks {@code start} as jqwik does: repeatedly to the first candidate that still fails. */
  static <T> T shrink(net.jqwik.api.Shrinkable<T> start, java.util.function.Predicate<T> fails) {
    net.jqwik.api.Shrinkable<T> current = start;
    for (int step = 0; step < 10_000; step++) {
      java.util.Optional<net.jqwik.api.Shrinkable<T>> next =
          current.shrink().filter(s -> fails.test(s.value())).findFirst();
      if (next.isEmpty()) {
        return current.value();
      }
      current = next.get();
    }
    throw new AssertionError("shrinking did not end");
  }

  @Example
  void failingSamplesShrinkToMidnightOfASimpleNewYear() {
    java.util.Random random = new java.util.Random(20261201L);
    net.jqwik.api.RandomGenerator<Instant> generator = InstantArbitraries.jstEdgeInstants().generator(1000);
    for (int i = 0; i < 20; i++) {
      net.jqwik.api.Shrinkable<Instant> sample = generator.next(random);
      assertEquals(Instant.parse("2025-12-31T15:00:00Z"), shrink(sample, at -> true), "everything fails");
      if (sample.value().atZone(TOKYO).getYear() >= 2030) {
        assertEquals(Instant.parse("2029-12-31T15:00:00Z"),
            shrink(sample, at -> at.atZone(TOKYO).getYear() >= 2030), "fails from 2030 on");
      }
    }
  }

  @Example
  void shrinkingTargetsAreTheSimplestEdges() {
    assertEquals(LocalDate.of(2026, 1, 1), InstantArbitraries.day(InstantArbitraries.Edge.YEAR, 2026, 1, 0));
    assertEquals(LocalDate.of(2026, 1, 2), InstantArbitraries.day(InstantArbitraries.Edge.AFTER_HOLIDAY, 2026, 1, 0));
    assertEquals(LocalDate.of(2026, 2, 28), InstantArbitraries.day(InstantArbitraries.Edge.DAY, 2026, 2, 27));
  }
}
