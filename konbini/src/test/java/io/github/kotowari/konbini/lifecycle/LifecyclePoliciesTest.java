package io.github.kotowari.konbini.lifecycle;

import static io.github.kotowari.konbini.lifecycle.KonbiniPaymentTest.jst;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kotowari.core.calendar.BusinessCalendar;
import io.github.kotowari.core.calendar.DeadlineCutoff;
import io.github.kotowari.core.calendar.JapaneseHolidays;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The four policies and their presets, with examples taken from the sources they cite. */
class LifecyclePoliciesTest {

  @Test
  void stripesExampleMondayPlusTwoDaysExpiresWednesdayEndOfDay() {
    // Stripe: expires_after_days = 2 confirmed on Monday JST expires Wednesday 23:59:59 JST.
    DeadlinePolicy two = DeadlinePolicy.of(2, DeadlineCutoff.END_OF_DAY);
    assertEquals(jst("2026-12-02T23:59:59.999999999"), two.deadline(jst("2026-11-30T00:00")).instant());
    assertEquals(jst("2026-12-02T23:59:59.999999999"), two.deadline(jst("2026-11-30T23:59:59")).instant());
    assertEquals(DeadlinePolicy.of(3, DeadlineCutoff.END_OF_DAY), DeadlinePolicy.stripe());
  }

  @Test
  void komojusExampleJanuaryFirstTenOClockPlusThreeDays() {
    // KOMOJU: order at 1月1日 10:00 with 3 days → payable until 1月4日 23:59.
    assertEquals(jst("2027-01-04T23:59:59.999999999"), DeadlinePolicy.komoju().deadline(jst("2027-01-01T10:00")).instant());
  }

  @Test
  void sameTimeCutoffKeepsTheMinuteOfIssue() {
    DeadlinePolicy p = DeadlinePolicy.of(3, DeadlineCutoff.SAME_TIME);
    assertEquals(jst("2027-01-02T23:50"), p.deadline(jst("2026-12-30T23:50")).instant());
    assertTrue(p.isPayableAt(jst("2026-12-30T23:50"), jst("2027-01-02T23:50")));
    assertFalse(p.isPayableAt(jst("2026-12-30T23:50"), jst("2027-01-02T23:50:00.000000001")));
    assertFalse(p.isPayableAt(jst("2026-12-30T23:50"), jst("2026-12-30T23:49")), "not before issue");
  }

  @Test
  void theDayIsCountedInJapanNotInUtc() {
    // 2026-12-31T16:30Z is already 2027-01-01 01:30 in Japan: day 0 is January 1.
    Instant issued = Instant.parse("2026-12-31T16:30:00Z");
    assertEquals(jst("2027-01-07T23:59:59.999999999"), DeadlinePolicy.amazonJapan().deadline(issued).instant());
  }

  @Test
  void deadlinePolicyRejectsBadValuesAndOutOfRangeInstants() {
    assertThrows(IllegalArgumentException.class, () -> DeadlinePolicy.of(0, DeadlineCutoff.END_OF_DAY));
    assertThrows(IllegalArgumentException.class, () -> DeadlinePolicy.of(367, DeadlineCutoff.END_OF_DAY));
    LifecycleRangeException e = assertThrows(LifecycleRangeException.class,
        () -> DeadlinePolicy.amazonJapan().deadline(Instant.MAX));
    assertEquals("issued", e.what());
    assertEquals(Instant.MAX, e.instant());
    assertTrue(e.getMessage().contains("1948-07-20 to 2099-12-31"), e.getMessage());
    LifecycleRangeException late = assertThrows(LifecycleRangeException.class,
        () -> DeadlinePolicy.amazonJapan().deadline(jst("2099-12-31T00:00")));
    assertEquals("deadline", late.what());
    assertThrows(LifecycleRangeException.class, () -> DeadlinePolicy.amazonJapan().deadline(Instant.MIN));
  }

  @Test
  void reflectionDuringHoursLateAtNightAndOnClosedDays() {
    ReflectionPolicy amazon = ReflectionPolicy.amazonJapan();
    // Tuesday 2026-12-01 10:00: +3 h.
    Reflection day = amazon.expectedReflection(jst("2026-12-01T10:00"));
    assertEquals(ReflectionCause.PROCESSING_HOURS, day.cause());
    assertEquals(jst("2026-12-01T13:00"), day.expectedBy().instant());
    assertEquals(LocalDate.of(2026, 12, 1), day.shippingFrom());
    // Tuesday 23:30: night → Wednesday 05:00 + 3 h.
    Reflection night = amazon.expectedReflection(jst("2026-12-01T23:30"));
    assertEquals(ReflectionCause.LATE_NIGHT, night.cause());
    assertEquals(jst("2026-12-02T08:00"), night.expectedBy().instant());
    // Wednesday 03:00: still night, same morning.
    assertEquals(jst("2026-12-02T08:00"), amazon.expectedReflection(jst("2026-12-02T03:00")).expectedBy().instant());
    // 22:00 sharp is night, 21:59 is not; 05:00 sharp is day.
    assertEquals(ReflectionCause.LATE_NIGHT, amazon.expectedReflection(jst("2026-12-01T22:00")).cause());
    assertEquals(ReflectionCause.PROCESSING_HOURS, amazon.expectedReflection(jst("2026-12-01T21:59")).cause());
    assertEquals(ReflectionCause.PROCESSING_HOURS, amazon.expectedReflection(jst("2026-12-02T05:00")).cause());
    // Friday 21:30 → Saturday 00:30: shipping waits for Monday.
    Reflection friday = amazon.expectedReflection(jst("2026-12-04T21:30"));
    assertEquals(jst("2026-12-05T00:30"), friday.expectedBy().instant());
    assertEquals(LocalDate.of(2026, 12, 7), friday.shippingFrom());
    // Saturday → Monday 08:00.
    Reflection saturday = amazon.expectedReflection(jst("2026-12-05T12:00"));
    assertEquals(ReflectionCause.NON_BUSINESS_DAY, saturday.cause());
    assertEquals(jst("2026-12-07T08:00"), saturday.expectedBy().instant());
    // Silver Week 2026: Sep 19–23 are Saturday, Sunday and three holidays.
    assertEquals(jst("2026-09-24T08:00"), amazon.expectedReflection(jst("2026-09-19T09:00")).expectedBy().instant());
  }

  @Test
  void yearEndIsABusinessDayUnlessTheCalendarClosesIt() {
    Instant paid = jst("2026-12-31T10:00");
    assertEquals(jst("2026-12-31T13:00"), ReflectionPolicy.amazonJapan().expectedReflection(paid).expectedBy().instant());
    ReflectionPolicy banks = ReflectionPolicy.of(Duration.ofHours(3), LocalTime.of(22, 0), LocalTime.of(5, 0),
        BusinessCalendar.banking(JapaneseHolidays.standard()));
    assertEquals(jst("2027-01-04T08:00"), banks.expectedReflection(paid).expectedBy().instant());
  }

  @Test
  void immediateReflectionIgnoresNightsAndHolidays() {
    Reflection r = ReflectionPolicy.immediate().expectedReflection(jst("2027-01-01T03:00"));
    assertEquals(jst("2027-01-01T03:00"), r.expectedBy().instant());
    assertEquals(ReflectionCause.PROCESSING_HOURS, r.cause());
    assertEquals(LocalDate.of(2027, 1, 1), r.shippingFrom());
    assertEquals(jst("2027-01-01T03:10"),
        ReflectionPolicy.anyTime(Duration.ofMinutes(10)).expectedReflection(jst("2027-01-01T03:00")).expectedBy().instant());
  }

  @Test
  void reflectionPolicyRejectsBadValues() {
    BusinessCalendar cal = BusinessCalendar.of(JapaneseHolidays.standard());
    assertThrows(IllegalArgumentException.class, () -> ReflectionPolicy.anyTime(Duration.ofSeconds(-1)));
    assertThrows(IllegalArgumentException.class, () -> ReflectionPolicy.anyTime(Duration.ofDays(8)));
    assertThrows(IllegalArgumentException.class,
        () -> ReflectionPolicy.of(Duration.ZERO, LocalTime.of(5, 0), LocalTime.of(22, 0), cal));
    assertThrows(IllegalArgumentException.class,
        () -> ReflectionPolicy.of(Duration.ZERO, LocalTime.of(5, 0), LocalTime.of(5, 0), cal));
    assertThrows(LifecycleRangeException.class, () -> ReflectionPolicy.amazonJapan().expectedReflection(Instant.MAX));
    assertThrows(LifecycleRangeException.class,
        () -> ReflectionPolicy.amazonJapan().expectedReflection(jst("2099-12-31T23:00")));
  }

  @Test
  void refundPolicies() {
    assertEquals(RefundChannel.GIFT_CARD_BALANCE, RefundPolicy.amazonJapan().channel());
    assertEquals(OptionalInt.of(3), RefundPolicy.amazonJapan().minDays());
    assertEquals(OptionalInt.of(14), RefundPolicy.amazonJapan().maxDays());
    RefundEstimate stripe = LifecyclePolicy.stripe().refund().estimate(jst("2026-12-10T15:00"));
    assertEquals(RefundChannel.BANK_ACCOUNT, stripe.channel());
    assertEquals(Optional.empty(), stripe.latest());
    assertEquals("Refund to a bank account the customer names.", stripe.describe(Locale.ENGLISH));
    assertEquals("ギフトカード残高に返金されます（2026年12月13日 15:00 〜 2026年12月24日 23:59 の見込み）。",
        RefundPolicy.amazonJapan().estimate(jst("2026-12-10T15:00")).describe(Locale.JAPANESE));
    assertThrows(IllegalArgumentException.class, () -> RefundPolicy.of(RefundChannel.GIFT_CARD_BALANCE, 5, 4));
    assertThrows(IllegalArgumentException.class, () -> RefundPolicy.of(RefundChannel.GIFT_CARD_BALANCE, -1, 4));
    assertThrows(IllegalArgumentException.class, () -> RefundPolicy.of(RefundChannel.GIFT_CARD_BALANCE, 1, 367));
    assertThrows(LifecycleRangeException.class, () -> RefundPolicy.amazonJapan().estimate(jst("2099-12-30T00:00")));
  }

  @Test
  void standingWarnsAtTwoAndRestrictsAtThreeExpiriesWithin180Days() {
    StandingPolicy p = StandingPolicy.amazonJapan();
    Instant now = jst("2026-12-01T12:00");
    Instant inside = now.minus(Duration.ofDays(180)).plusNanos(1);
    Instant outside = now.minus(Duration.ofDays(180));
    assertEquals(Standing.OK, p.assess(List.of(), now).standing());
    assertEquals(Standing.OK, p.assess(List.of(inside), now).standing());
    StandingDecision warn = p.assess(List.of(inside, now), now);
    assertEquals(Standing.WARN, warn.standing());
    assertEquals(2, warn.expiries());
    assertEquals("2 konbini payments expired in the last 180 days; at 3 the account may be restricted.",
        warn.message(Locale.ENGLISH));
    assertEquals("konbini.lifecycle.pay-or-cancel-in-time", warn.explanation().remedies().get(0).kind().code());
    assertEquals(Standing.WARN, p.assess(List.of(outside, inside, now), now).standing(), "the window is (at-180d, at]");
    assertEquals(Standing.WARN, p.assess(List.of(inside, now, now.plusNanos(1)), now).standing(), "future ignored");
    StandingDecision restrict = p.assess(List.of(inside, now, now), now);
    assertEquals(Standing.RESTRICT, restrict.standing());
    assertEquals(LifecycleReasons.STANDING_RESTRICT, restrict.explanation().reason());
    assertEquals(Standing.OK, StandingPolicy.disabled().assess(List.of(now, now, now, now), now).standing());
    assertEquals(Standing.OK, p.assess(List.of(Instant.MIN, Instant.MAX), Instant.MIN).standing());
    assertThrows(IllegalArgumentException.class, () -> StandingPolicy.of(3, 2, 10));
    assertThrows(IllegalArgumentException.class, () -> StandingPolicy.of(0, 2, 10));
    assertThrows(IllegalArgumentException.class, () -> StandingPolicy.of(1, 2, 0));
  }

  @Test
  void standingFromPaymentsCountsOnlyThoseExpiredByThen() {
    LifecyclePolicy amazon = LifecyclePolicy.amazonJapan();
    KonbiniPayment a = KonbiniPayment.issue(KonbiniPaymentTest.NUMBER, jst("2026-10-01T10:00"), amazon).orElseThrow();
    KonbiniPayment b = KonbiniPayment.issue(KonbiniPaymentTest.NUMBER, jst("2026-11-01T10:00"), amazon).orElseThrow();
    KonbiniPayment paid = b.pay(jst("2026-11-02T10:00")).orElseThrow();
    KonbiniPayment c = KonbiniPayment.issue(KonbiniPaymentTest.NUMBER, jst("2026-11-28T10:00"), amazon).orElseThrow();
    // a expired after 2026-10-07, c after 2026-12-04; paid never expires
    assertEquals(1, amazon.standing().assessPayments(List.of(a, paid, c), jst("2026-12-01T00:00")).expiries());
    assertEquals(Standing.WARN, amazon.standing().assessPayments(List.of(a, paid, c), jst("2026-12-05T00:00")).standing());
    assertEquals(Standing.RESTRICT, amazon.standing().assessPayments(List.of(a, b, c), jst("2026-12-05T00:00")).standing());
  }

  @Test
  void antomCountsSevenDaysAsHoursAndWorldpayTenDays() {
    // Antom: 7 days = 168 hours from the order; Worldpay: within ten days of the order.
    Instant order = jst("2026-12-30T23:50");
    assertEquals(order.plus(Duration.ofHours(168)), LifecyclePolicy.antom().deadline().deadline(order).instant());
    assertEquals(jst("2027-01-09T23:50"), LifecyclePolicy.worldpay().deadline().deadline(order).instant());
    assertEquals(RefundChannel.ARRANGED_BY_SHOP, LifecyclePolicy.antom().refund().channel());
    assertEquals(RefundChannel.BANK_ACCOUNT, LifecyclePolicy.worldpay().refund().channel());
    assertEquals(jst("2027-01-01T10:01"),
        LifecyclePolicy.worldpay().reflection().expectedReflection(jst("2027-01-01T10:00")).expectedBy().instant());
  }

  @Test
  void presetsByName() {
    assertEquals(List.of("amazon-jp", "stripe", "komoju", "antom", "worldpay"), LifecyclePolicy.presetNames());
    assertEquals(Optional.of(LifecyclePolicy.amazonJapan()), LifecyclePolicy.preset("amazon-jp"));
    assertEquals(Optional.of(LifecyclePolicy.worldpay()), LifecyclePolicy.preset("worldpay"));
    assertEquals(Optional.empty(), LifecyclePolicy.preset("Amazon-JP"));
    assertEquals(Optional.empty(), LifecyclePolicy.preset("x".repeat(1 << 20)));
    for (String name : LifecyclePolicy.presetNames()) {
      assertTrue(LifecyclePolicy.preset(name).isPresent(), name);
    }
  }

  @Test
  void presetsDifferWhereTheirSourcesDo() {
    assertEquals(6, LifecyclePolicy.amazonJapan().deadline().days());
    assertEquals(3, LifecyclePolicy.stripe().deadline().days());
    assertEquals(3, LifecyclePolicy.komoju().deadline().days());
    assertEquals(Duration.ofHours(3), LifecyclePolicy.amazonJapan().reflection().delay());
    assertEquals(ReflectionPolicy.immediate(), LifecyclePolicy.stripe().reflection());
    assertFalse(LifecyclePolicy.stripe().standing().isEnabled());
    LifecyclePolicy strict = LifecyclePolicy.amazonJapan().withDeadline(DeadlinePolicy.amazonJapanThreeDays());
    assertEquals(3, strict.deadline().days());
    assertEquals(LifecyclePolicy.amazonJapan(), strict.withDeadline(DeadlinePolicy.amazonJapan()));
    assertEquals(LifecyclePolicy.amazonJapan().withReflection(ReflectionPolicy.immediate())
            .withRefund(RefundPolicy.withoutWindow(RefundChannel.BANK_ACCOUNT)).withStanding(StandingPolicy.disabled())
            .withDeadline(DeadlinePolicy.stripe()),
        LifecyclePolicy.stripe());
  }
}
