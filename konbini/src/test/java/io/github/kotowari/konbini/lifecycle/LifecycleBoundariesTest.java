package io.github.kotowari.konbini.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.CharMatcher;
import io.github.kotowari.core.Displayable;
import io.github.kotowari.core.calendar.DeadlineCutoff;
import io.github.kotowari.konbini.split.SetAside;
import io.github.kotowari.konbini.store.PaymentNumber;
import io.github.kotowari.konbini.store.PaymentNumberKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The edges of the lifecycle policies' documented ranges (each bound accepted, one past it refused),
 * the accessors of payments and transitions in every state, and the bilingual display of the
 * lifecycle enums.
 */
class LifecycleBoundariesTest {

  static final PaymentNumber NUMBER = PaymentNumber.parse(PaymentNumberKind.PAYMENT_NUMBER, "12345678901");

  static Instant jst(String localDateTime) {
    return LocalDateTime.parse(localDateTime).toInstant(ZoneOffset.ofHours(9));
  }

  @Test
  void standingPolicyAcceptsEachBoundAndRefusesOnePast() {
    StandingPolicy lowest = StandingPolicy.of(1, 1, 1);
    assertEquals(1, lowest.warnAt());
    assertEquals(1, lowest.restrictAt());
    assertEquals(1, lowest.windowDays());
    StandingPolicy highest = StandingPolicy.of(StandingPolicy.MAX_THRESHOLD, StandingPolicy.MAX_THRESHOLD,
        StandingPolicy.MAX_WINDOW_DAYS);
    assertEquals(StandingPolicy.MAX_THRESHOLD, highest.warnAt());
    assertEquals(StandingPolicy.MAX_THRESHOLD, highest.restrictAt());
    assertEquals(StandingPolicy.MAX_WINDOW_DAYS, highest.windowDays());
    assertThrows(IllegalArgumentException.class, () -> StandingPolicy.of(0, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> StandingPolicy.of(2, 1, 1));
    assertThrows(IllegalArgumentException.class,
        () -> StandingPolicy.of(1, StandingPolicy.MAX_THRESHOLD + 1, 1));
    assertThrows(IllegalArgumentException.class, () -> StandingPolicy.of(1, 1, 0));
    assertThrows(IllegalArgumentException.class,
        () -> StandingPolicy.of(1, 1, StandingPolicy.MAX_WINDOW_DAYS + 1));
  }

  @Test
  void aDisabledStandingPolicyHasNoThresholdsAndNeverWarns() {
    StandingPolicy off = StandingPolicy.disabled();
    assertFalse(off.isEnabled());
    assertEquals(0, off.warnAt());
    assertEquals(0, off.restrictAt());
    assertEquals(0, off.windowDays());
    Instant now = jst("2026-12-01T12:00");
    List<Instant> many = List.of(now, now.minusSeconds(60), now.minusSeconds(120), now.minusSeconds(180));
    assertEquals(Standing.OK, off.assess(many, now).standing());
  }

  @Test
  void anExpiryExactlyOneWindowAgoIsOutsideTheWindowAndOneSecondLaterIsInside() {
    StandingPolicy oneDay = StandingPolicy.of(1, 2, 1);
    Instant now = jst("2026-12-02T12:00");
    assertEquals(0, oneDay.assess(List.of(now.minus(Duration.ofDays(1))), now).expiries());
    assertEquals(1, oneDay.assess(List.of(now.minus(Duration.ofDays(1)).plusSeconds(1)), now).expiries());
    assertEquals(1, oneDay.assess(List.of(now), now).expiries(), "an expiry at the instant itself counts");
    assertEquals(0, oneDay.assess(List.of(now.plusSeconds(1)), now).expiries(), "a later one does not");
  }

  @Test
  void refundPolicyAcceptsEachBoundAndRefusesOnePast() {
    RefundPolicy sameDay = RefundPolicy.of(RefundChannel.BANK_ACCOUNT, 0, 0);
    assertEquals(OptionalInt.of(0), sameDay.minDays());
    assertEquals(OptionalInt.of(0), sameDay.maxDays());
    RefundPolicy longest =
        RefundPolicy.of(RefundChannel.BANK_ACCOUNT, RefundPolicy.MAX_DAYS, RefundPolicy.MAX_DAYS);
    assertEquals(OptionalInt.of(RefundPolicy.MAX_DAYS), longest.maxDays());
    assertThrows(IllegalArgumentException.class, () -> RefundPolicy.of(RefundChannel.BANK_ACCOUNT, -1, 0));
    assertThrows(IllegalArgumentException.class, () -> RefundPolicy.of(RefundChannel.BANK_ACCOUNT, 0,
        RefundPolicy.MAX_DAYS + 1));
    assertThrows(IllegalArgumentException.class, () -> RefundPolicy.of(RefundChannel.BANK_ACCOUNT, 2, 1));
    RefundPolicy none = RefundPolicy.withoutWindow(RefundChannel.ARRANGED_BY_SHOP);
    assertEquals(OptionalInt.empty(), none.minDays());
    assertEquals(OptionalInt.empty(), none.maxDays());
  }

  @Test
  void aZeroDayRefundWindowStartsAtAcceptanceAndEndsThatNight() {
    Instant accepted = jst("2026-12-01T10:30");
    RefundEstimate estimate = RefundPolicy.of(RefundChannel.BANK_ACCOUNT, 0, 0).estimate(accepted);
    assertEquals(TokyoTime.of(accepted), estimate.earliest().orElseThrow());
    // END_OF_DAY: the last instant of the day of acceptance.
    assertEquals(TokyoTime.of(jst("2026-12-02T00:00").minusNanos(1)), estimate.latest().orElseThrow());
    RefundPolicy none = RefundPolicy.withoutWindow(RefundChannel.ARRANGED_BY_SHOP);
    assertTrue(none.estimate(accepted).earliest().isEmpty());
  }

  @Test
  void deadlinePolicyAcceptsOneAndTheMaximumDaysOnly() {
    assertEquals(1, DeadlinePolicy.of(1, DeadlineCutoff.END_OF_DAY).days());
    assertEquals(DeadlinePolicy.MAX_DAYS,
        DeadlinePolicy.of(DeadlinePolicy.MAX_DAYS, DeadlineCutoff.END_OF_DAY).days());
    assertThrows(IllegalArgumentException.class, () -> DeadlinePolicy.of(0, DeadlineCutoff.END_OF_DAY));
    assertThrows(IllegalArgumentException.class,
        () -> DeadlinePolicy.of(DeadlinePolicy.MAX_DAYS + 1, DeadlineCutoff.END_OF_DAY));
  }

  @Test
  void reflectionPolicyAcceptsNoDelayAndTheMaximumOnly() {
    assertEquals(Duration.ZERO, ReflectionPolicy.anyTime(Duration.ZERO).delay());
    assertEquals(ReflectionPolicy.MAX_DELAY, ReflectionPolicy.anyTime(ReflectionPolicy.MAX_DELAY).delay());
    assertThrows(IllegalArgumentException.class, () -> ReflectionPolicy.anyTime(Duration.ofNanos(-1)));
    assertThrows(IllegalArgumentException.class,
        () -> ReflectionPolicy.anyTime(ReflectionPolicy.MAX_DELAY.plusNanos(1)));
  }

  @Test
  void reflectionPolicyAccessorsTellTheTwoKindsApart() {
    ReflectionPolicy amazon = ReflectionPolicy.amazonJapan();
    assertTrue(amazon.processesInBusinessHoursOnly());
    assertEquals(ReflectionPolicy.DEFAULT_NIGHT_START, amazon.nightStart());
    assertEquals(ReflectionPolicy.DEFAULT_NIGHT_END, amazon.nightEnd());
    assertNotNull(amazon.calendar());
    ReflectionPolicy anyTime = ReflectionPolicy.anyTime(Duration.ofHours(1));
    assertFalse(anyTime.processesInBusinessHoursOnly());
    assertNull(anyTime.nightStart());
    assertNull(anyTime.nightEnd());
    assertNull(anyTime.calendar());
  }

  @Test
  void transitionsAnswerEveryAccessorInBothOutcomes() {
    Transition issued = KonbiniPayment.issue(NUMBER, jst("2026-12-01T09:00"), LifecyclePolicy.amazonJapan());
    assertTrue(issued.isAccepted());
    assertFalse(issued.isRejected());
    assertTrue(issued.payment().isPresent());
    assertTrue(issued.rejection().isEmpty());
    assertFalse(issued.isRejectedFor(LifecycleReasons.ALREADY_PAID), "an accepted event has no reason");

    KonbiniPayment awaiting = issued.orElseThrow();
    assertTrue(awaiting.paid().isEmpty());
    assertTrue(awaiting.cancelled().isEmpty());
    assertFalse(awaiting.toString().contains("paid="), awaiting::toString);
    assertFalse(awaiting.toString().contains("cancelled="), awaiting::toString);

    KonbiniPayment paid = awaiting.pay(jst("2026-12-01T12:00")).orElseThrow();
    assertEquals(TokyoTime.of(jst("2026-12-01T12:00")), paid.paid().orElseThrow());
    assertTrue(paid.cancelled().isEmpty());

    Transition refused = paid.pay(jst("2026-12-01T13:00"));
    assertFalse(refused.isAccepted());
    assertTrue(refused.isRejected());
    assertTrue(refused.payment().isEmpty());
    assertTrue(refused.isRejectedFor(LifecycleReasons.ALREADY_PAID));
    assertFalse(refused.isRejectedFor(LifecycleReasons.ALREADY_CANCELLED), "only its own reason");

    KonbiniPayment cancelled = awaiting.cancel(jst("2026-12-01T10:00")).orElseThrow();
    assertEquals(TokyoTime.of(jst("2026-12-01T10:00")), cancelled.cancelled().orElseThrow());
    assertTrue(cancelled.paid().isEmpty());
    assertTrue(cancelled.toString().contains("cancelled="), cancelled::toString);
  }

  @Test
  void tokyoTimesOrderByInstantAndPadOnlySingleDigits() {
    TokyoTime nine = TokyoTime.of(jst("2026-12-01T09:09"));
    TokyoTime ten = TokyoTime.of(jst("2026-12-01T10:10"));
    assertTrue(nine.compareTo(ten) < 0);
    assertTrue(ten.compareTo(nine) > 0);
    assertEquals(0, nine.compareTo(TokyoTime.of(jst("2026-12-01T09:09"))));
    assertTrue(nine.display(Locale.ENGLISH).endsWith("09:09 JST"), nine.display(Locale.ENGLISH));
    assertTrue(ten.display(Locale.ENGLISH).endsWith(" 10:10 JST"), ten.display(Locale.ENGLISH));
    assertTrue(ten.display(Locale.JAPANESE).endsWith("日 10:10"), ten.display(Locale.JAPANESE));
  }

  @Test
  void stagesNeverGoBackAlongTheDocumentedOrder() {
    assertEquals(0, PaymentState.NOT_ISSUED.stage());
    assertEquals(1, PaymentState.AWAITING_PAYMENT.stage());
    for (PaymentState end : List.of(PaymentState.PAID, PaymentState.EXPIRED, PaymentState.CANCELLED)) {
      assertEquals(2, end.stage(), end::name);
    }
    assertEquals(3, PaymentState.REFUND_PENDING.stage());
  }

  @Test
  void onlyPaymentsOutsideProcessingHoursAreDeferred() {
    assertFalse(ReflectionCause.PROCESSING_HOURS.isDeferred());
    assertTrue(ReflectionCause.LATE_NIGHT.isDeferred());
    assertTrue(ReflectionCause.NON_BUSINESS_DAY.isDeferred());
  }

  static final CharMatcher KANA_OR_KANJI =
      CharMatcher.inRange('\u3040', '\u30FF').or(CharMatcher.inRange('\u4E00', '\u9FFF'));

  /** Each constant reads in Japanese for a Japanese reader and in plain ASCII English for others. */
  static void assertBilingual(Displayable value) {
    String ja = value.display(Locale.JAPANESE);
    String en = value.display(Locale.ENGLISH);
    assertTrue(KANA_OR_KANJI.matchesAnyOf(ja), () -> value + " in Japanese: " + ja);
    assertFalse(KANA_OR_KANJI.matchesAnyOf(en), () -> value + " in English: " + en);
    assertTrue(CharMatcher.ascii().matchesAllOf(en), () -> value + " in English: " + en);
    assertEquals(en, value.display(Locale.ROOT), "other locales read English");
  }

  @Test
  void everyLifecycleAndSplitEnumDisplaysInBothLanguages() {
    for (Displayable[] values : List.<Displayable[]>of(PaymentState.values(), ReflectionCause.values(),
        Standing.values(), SetAside.Reason.values(), RefundChannel.values())) {
      for (Displayable value : values) {
        assertBilingual(value);
      }
    }
  }
}
