package io.github.kotowari.konbini.lifecycle;

import static io.github.kotowari.konbini.lifecycle.KonbiniPaymentTest.NUMBER;
import static io.github.kotowari.konbini.lifecycle.KonbiniPaymentTest.jst;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kotowari.core.calendar.DeadlineCutoff;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Unequal lifecycle values must not share one hash (a constant hash turns hash maps of payments into
 * lists), and the text a log reader relies on names the policy's numbers and its singular forms.
 */
class LifecycleHashAndTextTest {

  static final Instant T = jst("2026-12-01T10:00");

  static int distinctHashes(List<?> values) {
    Set<Integer> hashes = new HashSet<>();
    for (Object v : values) {
      hashes.add(v.hashCode());
    }
    return hashes.size();
  }

  @Test
  void distinctValuesSpreadTheirHashes() {
    assertEquals(4, distinctHashes(List.of(DeadlinePolicy.of(6, DeadlineCutoff.END_OF_DAY),
        DeadlinePolicy.of(6, DeadlineCutoff.SAME_TIME), DeadlinePolicy.of(3, DeadlineCutoff.END_OF_DAY),
        DeadlinePolicy.of(7, DeadlineCutoff.SAME_TIME))));
    assertEquals(3, distinctHashes(List.of(RefundPolicy.of(RefundChannel.GIFT_CARD_BALANCE, 3, 14),
        RefundPolicy.of(RefundChannel.GIFT_CARD_BALANCE, 3, 15), RefundPolicy.of(RefundChannel.BANK_ACCOUNT, 3, 14))));
    assertEquals(3, distinctHashes(List.of(StandingPolicy.of(2, 3, 180), StandingPolicy.of(1, 3, 180),
        StandingPolicy.of(2, 3, 90))));
    assertEquals(3, distinctHashes(List.of(ReflectionPolicy.amazonJapan(), ReflectionPolicy.immediate(),
        ReflectionPolicy.anyTime(Duration.ofMinutes(5)))));
    assertEquals(3, distinctHashes(List.of(LifecyclePolicy.amazonJapan(), LifecyclePolicy.stripe(),
        LifecyclePolicy.amazonJapan().withStanding(StandingPolicy.disabled()))));
    assertEquals(2, distinctHashes(List.of(TokyoTime.of(T), TokyoTime.of(T.plusNanos(1)))));
    KonbiniPayment p = KonbiniPayment.issue(NUMBER, T, LifecyclePolicy.amazonJapan()).orElseThrow();
    KonbiniPayment paid = p.pay(T.plusSeconds(60)).orElseThrow();
    assertEquals(4, distinctHashes(List.of(p, paid, p.cancel(T.plusSeconds(60)).orElseThrow(),
        paid.returnAccepted(T.plusSeconds(120)).orElseThrow())));
    assertEquals(2, distinctHashes(List.of(p.pay(T.plusSeconds(60)), paid.pay(T.plusSeconds(70)))));
    assertEquals(2, distinctHashes(List.of(ReflectionPolicy.amazonJapan().expectedReflection(T),
        ReflectionPolicy.amazonJapan().expectedReflection(T.plusSeconds(3600)))));
    assertEquals(2, distinctHashes(List.of(RefundPolicy.amazonJapan().estimate(T),
        RefundPolicy.amazonJapan().estimate(T.plusSeconds(1)))));
    assertTrue(2 <= distinctHashes(List.of(StandingPolicy.amazonJapan().assess(List.of(), T),
        StandingPolicy.amazonJapan().assess(List.of(T), T), StandingPolicy.amazonJapan().assess(List.of(T, T), T))));
  }

  @Test
  void policiesDescribeTheirNumbers() {
    String six = DeadlinePolicy.of(6, DeadlineCutoff.END_OF_DAY).toString();
    assertTrue(six.startsWith("DeadlinePolicy[6 days, "), six);
    String one = DeadlinePolicy.of(1, DeadlineCutoff.SAME_TIME).toString();
    assertTrue(one.startsWith("DeadlinePolicy[1 day, "), one);
    assertEquals("RefundPolicy[GIFT_CARD_BALANCE, 3..14 days]",
        RefundPolicy.of(RefundChannel.GIFT_CARD_BALANCE, 3, 14).toString());
    assertEquals("RefundPolicy[BANK_ACCOUNT, no window]", RefundPolicy.withoutWindow(RefundChannel.BANK_ACCOUNT).toString());
    assertEquals("StandingPolicy[warn at 2, restrict at 3, 180 days]", StandingPolicy.of(2, 3, 180).toString());
    assertEquals("StandingPolicy[disabled]", StandingPolicy.disabled().toString());
    assertTrue(ReflectionPolicy.immediate().toString().endsWith(", any time]"), ReflectionPolicy.immediate().toString());
    String night = ReflectionPolicy.amazonJapan().toString();
    assertTrue(night.contains("night 22:00-05:00"), night);
    String life = LifecyclePolicy.amazonJapan().toString();
    assertTrue(life.startsWith("LifecyclePolicy[DeadlinePolicy[6 days"), life);
    assertTrue(life.contains("StandingPolicy[warn at 2, restrict at 3, 180 days]"), life);
  }

  @Test
  void decisionsAndTransitionsNameTheirOutcome() {
    String none = StandingPolicy.amazonJapan().assess(List.of(), T).toString();
    assertTrue(none.endsWith(", 0 expiries]"), none);
    String single = StandingPolicy.amazonJapan().assess(List.of(T), T).toString();
    assertTrue(single.endsWith(", 1 expiry]"), single);
    KonbiniPayment p = KonbiniPayment.issue(NUMBER, T, LifecyclePolicy.amazonJapan()).orElseThrow();
    String accepted = p.pay(T.plusSeconds(60)).toString();
    assertTrue(accepted.startsWith("Accepted[KonbiniPayment["), accepted);
    KonbiniPayment paid = p.pay(T.plusSeconds(60)).orElseThrow();
    String rejected = paid.pay(T.plusSeconds(70)).toString();
    assertTrue(rejected.startsWith("Rejected["), rejected);
    assertTrue(paid.toString().contains(", paid="), paid.toString());
    String estimate = RefundPolicy.amazonJapan().estimate(T).toString();
    assertTrue(estimate.startsWith("RefundEstimate[GIFT_CARD_BALANCE, accepted="), estimate);
    String reflection = ReflectionPolicy.amazonJapan().expectedReflection(T).toString();
    assertTrue(reflection.startsWith("Reflection[paid=2026-12-01T10:00+09:00"), reflection);
  }
}
