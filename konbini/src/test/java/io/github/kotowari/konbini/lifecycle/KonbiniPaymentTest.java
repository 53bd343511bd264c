package io.github.kotowari.konbini.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kotowari.core.rule.Violation;
import io.github.kotowari.konbini.store.PaymentNumber;
import io.github.kotowari.konbini.store.PaymentNumberKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The worked examples of the Amazon Japan konbini guide, played through {@link KonbiniPayment}. The
 * expected instants are counted by hand from the guide's rules and the 2026/2027 calendar.
 */
class KonbiniPaymentTest {

  static final PaymentNumber NUMBER = PaymentNumber.parse(PaymentNumberKind.PAYMENT_NUMBER, "12345678901");
  static final LifecyclePolicy AMAZON = LifecyclePolicy.amazonJapan();

  static Instant jst(String localDateTime) {
    return OffsetDateTime.parse(localDateTime + "+09:00").toInstant();
  }

  static KonbiniPayment issued(String at) {
    return KonbiniPayment.issue(NUMBER, jst(at), AMAZON).orElseThrow();
  }

  @Test
  void issuingOnDecember30AtTenToMidnightCrossesTheYearEnd() {
    // 6 days from 2026-12-30 is 2027-01-05; the guide's deadline runs to the end of that day.
    KonbiniPayment p = issued("2026-12-30T23:50");
    assertEquals(jst("2027-01-05T23:59:59.999999999"), p.deadline().instant());
    assertEquals("2027-01-05 23:59 JST", p.deadline().display(Locale.ENGLISH));
    assertEquals("2027年1月5日 23:59", p.deadline().display(Locale.JAPANESE));
    // the strict reading of the guide: 3 days
    KonbiniPayment strict = KonbiniPayment.issue(NUMBER, jst("2026-12-30T23:50"),
        AMAZON.withDeadline(DeadlinePolicy.amazonJapanThreeDays())).orElseThrow();
    assertEquals(jst("2027-01-02T23:59:59.999999999"), strict.deadline().instant());
  }

  @Test
  void anUnpaidPaymentIsPayableAtItsDeadlineAndExpiredOneInstantLater() {
    KonbiniPayment p = issued("2026-12-30T23:50");
    Instant deadline = p.deadline().instant();
    assertEquals(PaymentState.AWAITING_PAYMENT, p.stateAt(deadline));
    assertEquals(PaymentState.EXPIRED, p.stateAt(deadline.plusNanos(1)));
    assertEquals(PaymentState.AWAITING_PAYMENT, p.stateAt(deadline.minusSeconds(3600)));
    assertEquals(Optional.of(deadline.plusNanos(1)), p.expiredAt());

    assertTrue(p.pay(deadline).isAccepted(), "the deadline itself is still payable");
    Transition late = p.pay(deadline.plusNanos(1));
    assertTrue(late.isRejectedFor(LifecycleReasons.PAYMENT_EXPIRED), late.toString());
    Violation why = late.rejection().orElseThrow();
    assertEquals(p.deadline(), why.parameters().get(LifecycleReasons.DEADLINE));
    assertEquals("konbini.lifecycle.order-again", why.remedies().get(0).kind().code());
    assertTrue(why.message(Locale.JAPANESE).contains("2027年1月5日 23:59"), why.message(Locale.JAPANESE));
  }

  @Test
  void aPaidPaymentCannotBeCancelled() {
    KonbiniPayment paid = issued("2026-12-01T09:00").pay(jst("2026-12-02T12:00")).orElseThrow();
    Transition t = paid.cancel(jst("2026-12-02T12:30"));
    assertTrue(t.isRejectedFor(LifecycleReasons.PAID_CANNOT_BE_CANCELLED));
    Violation why = t.rejection().orElseThrow();
    assertEquals(TokyoTime.of(jst("2026-12-02T12:00")), why.parameters().get(LifecycleReasons.PAID));
    assertEquals("konbini.lifecycle.return-for-refund", why.remedies().get(0).kind().code());
    assertEquals("Request a return once the item arrives; the refund is paid to the gift card balance.",
        why.remedies().get(0).message(Locale.ENGLISH));
    assertEquals("2026年12月2日 12:00 に支払い済みのため、キャンセルできません。", why.message(Locale.JAPANESE));
    assertEquals(PaymentState.PAID, paid.stateAt(Instant.MAX), "a paid payment never expires");
    assertEquals(Optional.empty(), paid.expiredAt());
  }

  @Test
  void anUnpaidPaymentCanBeCancelledAndThenNeitherPaidNorCancelledAgain() {
    KonbiniPayment cancelled = issued("2026-12-01T09:00").cancel(jst("2026-12-01T10:00")).orElseThrow();
    assertEquals(PaymentState.CANCELLED, cancelled.stateAt(jst("2026-12-01T10:00")));
    assertEquals(PaymentState.AWAITING_PAYMENT, cancelled.stateAt(jst("2026-12-01T09:59")));
    assertEquals(PaymentState.CANCELLED, cancelled.stateAt(Instant.MAX), "a cancelled payment does not expire");
    assertTrue(cancelled.pay(jst("2026-12-01T11:00")).isRejectedFor(LifecycleReasons.ALREADY_CANCELLED));
    assertTrue(cancelled.cancel(jst("2026-12-01T11:00")).isRejectedFor(LifecycleReasons.ALREADY_CANCELLED));
    assertTrue(cancelled.returnAccepted(jst("2026-12-01T11:00")).isRejectedFor(LifecycleReasons.NOT_PAID));
  }

  @Test
  void anExpiredPaymentCancelledItself() {
    KonbiniPayment p = issued("2026-12-01T09:00");
    Transition t = p.cancel(jst("2026-12-08T00:00"));
    assertTrue(t.isRejectedFor(LifecycleReasons.ALREADY_EXPIRED), t.toString());
    assertTrue(p.returnAccepted(jst("2026-12-08T00:00")).isRejectedFor(LifecycleReasons.NOT_PAID));
  }

  @Test
  void refundsGoToTheGiftCardBalanceOnlyWithinThreeDaysToTwoWeeks() {
    KonbiniPayment paid = issued("2026-12-01T09:00").pay(jst("2026-12-01T18:00")).orElseThrow();
    KonbiniPayment returned = paid.returnAccepted(jst("2026-12-10T15:00")).orElseThrow();
    RefundEstimate refund = returned.refund().orElseThrow();
    assertEquals(RefundChannel.GIFT_CARD_BALANCE, refund.channel());
    assertEquals(Optional.of(TokyoTime.of(jst("2026-12-13T15:00"))), refund.earliest());
    assertEquals(Optional.of(TokyoTime.of(jst("2026-12-24T23:59:59.999999999"))), refund.latest());
    assertEquals(PaymentState.REFUND_PENDING, returned.stateAt(jst("2026-12-10T15:00")));
    assertEquals(PaymentState.PAID, returned.stateAt(jst("2026-12-10T14:59")));
    assertTrue(returned.cancel(jst("2026-12-11T00:00")).isRejectedFor(LifecycleReasons.PAID_CANNOT_BE_CANCELLED));
    Transition twice = returned.returnAccepted(jst("2026-12-11T00:00"));
    assertTrue(twice.isRejectedFor(LifecycleReasons.REFUND_ALREADY_PENDING));
    assertEquals("A return was accepted at 2026-12-10 15:00 JST; the refund to the gift card balance is under way.",
        twice.rejection().orElseThrow().message(Locale.ENGLISH));
    assertTrue(returned.pay(jst("2026-12-11T00:00")).isRejectedFor(LifecycleReasons.ALREADY_PAID));
  }

  @Test
  void anUnpaidOrderHasNothingToRefundAndIsToldToCancel() {
    Transition t = issued("2026-12-01T09:00").returnAccepted(jst("2026-12-01T10:00"));
    assertTrue(t.isRejectedFor(LifecycleReasons.NOT_PAID));
    assertEquals("konbini.lifecycle.cancel-from-order-history",
        t.rejection().orElseThrow().remedies().get(0).kind().code());
  }

  @Test
  void paidOnNewYearsDayIsReflectedOnTheNextBusinessDay() {
    KonbiniPayment paid = issued("2026-12-30T23:50").pay(jst("2027-01-01T10:00")).orElseThrow();
    Reflection r = paid.reflection().orElseThrow();
    // Jan 1 holiday, Jan 2 Saturday, Jan 3 Sunday; Monday Jan 4 from 05:00, plus 3 hours.
    assertEquals(ReflectionCause.NON_BUSINESS_DAY, r.cause());
    assertEquals(TokyoTime.of(jst("2027-01-04T08:00")), r.expectedBy());
    assertEquals(LocalDate.of(2027, 1, 4), r.shippingFrom());
  }

  @Test
  void eventsBeforeThePreviousEventAreRejected() {
    KonbiniPayment p = issued("2026-12-01T09:00");
    Transition early = p.pay(jst("2026-12-01T08:59"));
    assertTrue(early.isRejectedFor(LifecycleReasons.BEFORE_PREVIOUS_EVENT), early.toString());
    assertEquals(p.issued(), early.rejection().orElseThrow().parameters().get(LifecycleReasons.PREVIOUS));
    KonbiniPayment paid = p.pay(jst("2026-12-01T09:00")).orElseThrow();
    assertTrue(paid.returnAccepted(jst("2026-12-01T08:00")).isRejectedFor(LifecycleReasons.BEFORE_PREVIOUS_EVENT));
    assertTrue(paid.returnAccepted(jst("2026-12-01T09:00")).isAccepted(), "the same instant is in order");
  }

  @Test
  void instantsOutsideTheCalendarGetATypedAnswer() {
    for (Instant bad : List.of(Instant.MAX, Instant.MIN, Instant.EPOCH.minusSeconds(1L << 40),
        LifecyclePolicy.FIRST_SUPPORTED_INSTANT.minusNanos(1), jst("2100-01-01T00:00"))) {
      Transition t = KonbiniPayment.issue(NUMBER, bad, AMAZON);
      assertTrue(t.isRejectedFor(LifecycleReasons.INSTANT_OUT_OF_RANGE), bad + " " + t);
      assertEquals(bad, t.rejection().orElseThrow().parameters().get(LifecycleReasons.INSTANT));
      assertFalse(t.rejection().orElseThrow().message(Locale.JAPANESE).isBlank());
    }
    // 1948-07-20 was in Japan's summer time (+10:00); midnight there is still the first supported instant.
    assertEquals(Instant.parse("1948-07-19T14:00:00Z"), LifecyclePolicy.FIRST_SUPPORTED_INSTANT);
    assertTrue(KonbiniPayment.issue(NUMBER, LifecyclePolicy.FIRST_SUPPORTED_INSTANT, AMAZON).isAccepted());
    // the deadline would fall in 2100, beyond the calendar
    Transition tooLate = KonbiniPayment.issue(NUMBER, jst("2099-12-28T12:00"), AMAZON);
    assertTrue(tooLate.isRejectedFor(LifecycleReasons.INSTANT_OUT_OF_RANGE));
    assertEquals(jst("2100-01-03T23:59:59.999999999"),
        tooLate.rejection().orElseThrow().parameters().get(LifecycleReasons.INSTANT));
    // paid late on the last day: the next business day is beyond the calendar
    KonbiniPayment last = KonbiniPayment.issue(NUMBER, jst("2099-12-25T12:00"), AMAZON).orElseThrow();
    assertTrue(last.pay(jst("2099-12-31T23:00")).isRejectedFor(LifecycleReasons.INSTANT_OUT_OF_RANGE));
    assertTrue(last.pay(Instant.MAX).isRejectedFor(LifecycleReasons.INSTANT_OUT_OF_RANGE));
    assertTrue(last.cancel(Instant.MIN).isRejectedFor(LifecycleReasons.INSTANT_OUT_OF_RANGE));
    assertEquals(PaymentState.NOT_ISSUED, last.stateAt(Instant.MIN));
    assertEquals(PaymentState.EXPIRED, last.stateAt(Instant.MAX));
  }

  @Test
  void toStringNeverShowsTheFullNumber() {
    KonbiniPayment p = issued("2026-12-01T09:00");
    KonbiniPayment returned = p.pay(jst("2026-12-01T10:00")).orElseThrow()
        .returnAccepted(jst("2026-12-05T10:00")).orElseThrow();
    for (Object o : List.of(p, returned, KonbiniPayment.issue(NUMBER, jst("2026-12-01T09:00"), AMAZON),
        p.cancel(jst("2026-12-01T09:30")))) {
      assertFalse(o.toString().contains(NUMBER.value()), o.toString());
      assertFalse(o.toString().contains("12345678"), o.toString());
    }
    assertTrue(p.toString().contains(NUMBER.masked()), p.toString());
    assertEquals("12345678901", p.number().value());
  }
}
