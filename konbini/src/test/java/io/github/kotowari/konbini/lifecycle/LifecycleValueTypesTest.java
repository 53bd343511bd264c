package io.github.kotowari.konbini.lifecycle;

import static io.github.kotowari.konbini.lifecycle.KonbiniPaymentTest.NUMBER;
import static io.github.kotowari.konbini.lifecycle.KonbiniPaymentTest.jst;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.kotowari.core.calendar.BusinessCalendar;
import io.github.kotowari.core.calendar.DeadlineCutoff;
import io.github.kotowari.core.calendar.JapaneseHolidays;
import io.github.kotowari.core.rule.ParamKey;
import io.github.kotowari.core.rule.ReasonCode;
import io.github.kotowari.core.rule.Remedy;
import io.github.kotowari.core.rule.RemedyCode;
import io.github.kotowari.core.rule.Violation;
import io.github.kotowari.konbini.store.PaymentNumber;
import io.github.kotowari.konbini.store.PaymentNumberKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** equals, hashCode, null handling and the reason-code catalogue of the lifecycle's value types. */
class LifecycleValueTypesTest {

  static final Instant T = jst("2026-12-01T10:00");

  @Test
  void equalsAndHashCode() {
    KonbiniPayment p = KonbiniPayment.issue(NUMBER, T, LifecyclePolicy.amazonJapan()).orElseThrow();
    new EqualsTester()
        .addEqualityGroup(TokyoTime.of(T), TokyoTime.of(T), TokyoTime.from(T.atZone(java.time.ZoneOffset.UTC)))
        .addEqualityGroup(TokyoTime.of(T.plusNanos(1)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(DeadlinePolicy.amazonJapan(), DeadlinePolicy.of(6, DeadlineCutoff.END_OF_DAY))
        .addEqualityGroup(DeadlinePolicy.stripe(), DeadlinePolicy.komoju(), DeadlinePolicy.amazonJapanThreeDays())
        .addEqualityGroup(DeadlinePolicy.of(6, DeadlineCutoff.SAME_TIME))
        .addEqualityGroup(DeadlinePolicy.antom(), DeadlinePolicy.of(7, DeadlineCutoff.SAME_TIME))
        .addEqualityGroup(DeadlinePolicy.worldpay())
        .testEquals();
    BusinessCalendar cal = BusinessCalendar.of(JapaneseHolidays.standard());
    new EqualsTester()
        .addEqualityGroup(ReflectionPolicy.amazonJapan(),
            ReflectionPolicy.of(Duration.ofHours(3), LocalTime.of(22, 0), LocalTime.of(5, 0), cal))
        .addEqualityGroup(ReflectionPolicy.of(Duration.ofHours(2), LocalTime.of(22, 0), LocalTime.of(5, 0), cal))
        .addEqualityGroup(ReflectionPolicy.of(Duration.ofHours(3), LocalTime.of(21, 0), LocalTime.of(5, 0), cal))
        .addEqualityGroup(ReflectionPolicy.of(Duration.ofHours(3), LocalTime.of(22, 0), LocalTime.of(6, 0), cal))
        .addEqualityGroup(ReflectionPolicy.of(Duration.ofHours(3), LocalTime.of(22, 0), LocalTime.of(5, 0),
            BusinessCalendar.banking(JapaneseHolidays.standard())))
        .addEqualityGroup(ReflectionPolicy.immediate(), ReflectionPolicy.anyTime(Duration.ZERO))
        .addEqualityGroup(ReflectionPolicy.anyTime(Duration.ofMinutes(5)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(RefundPolicy.amazonJapan(), RefundPolicy.of(RefundChannel.GIFT_CARD_BALANCE, 3, 14))
        .addEqualityGroup(RefundPolicy.of(RefundChannel.GIFT_CARD_BALANCE, 3, 15))
        .addEqualityGroup(RefundPolicy.of(RefundChannel.GIFT_CARD_BALANCE, 2, 14))
        .addEqualityGroup(RefundPolicy.of(RefundChannel.BANK_ACCOUNT, 3, 14))
        .addEqualityGroup(RefundPolicy.withoutWindow(RefundChannel.BANK_ACCOUNT))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(StandingPolicy.amazonJapan(), StandingPolicy.of(2, 3, 180))
        .addEqualityGroup(StandingPolicy.of(1, 3, 180))
        .addEqualityGroup(StandingPolicy.of(2, 4, 180))
        .addEqualityGroup(StandingPolicy.of(2, 3, 90))
        .addEqualityGroup(StandingPolicy.disabled())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(LifecyclePolicy.amazonJapan(),
            LifecyclePolicy.of(DeadlinePolicy.amazonJapan(), ReflectionPolicy.amazonJapan(), RefundPolicy.amazonJapan(),
                StandingPolicy.amazonJapan()))
        .addEqualityGroup(LifecyclePolicy.stripe(), LifecyclePolicy.komoju())
        .addEqualityGroup(LifecyclePolicy.antom())
        .addEqualityGroup(LifecyclePolicy.worldpay())
        .addEqualityGroup(LifecyclePolicy.amazonJapan().withStanding(StandingPolicy.disabled()))
        .testEquals();
    KonbiniPayment paid = p.pay(T.plusSeconds(60)).orElseThrow();
    new EqualsTester()
        .addEqualityGroup(p, KonbiniPayment.issue(NUMBER, T, LifecyclePolicy.amazonJapan()).orElseThrow())
        .addEqualityGroup(KonbiniPayment.issue(PaymentNumber.parse(PaymentNumberKind.PAYMENT_NUMBER, "12345678902"), T,
            LifecyclePolicy.amazonJapan()).orElseThrow())
        .addEqualityGroup(KonbiniPayment.issue(NUMBER, T.plusNanos(1), LifecyclePolicy.amazonJapan()).orElseThrow())
        .addEqualityGroup(KonbiniPayment.issue(NUMBER, T, LifecyclePolicy.stripe()).orElseThrow())
        .addEqualityGroup(paid, p.pay(T.plusSeconds(60)).orElseThrow())
        .addEqualityGroup(p.pay(T.plusSeconds(61)).orElseThrow())
        .addEqualityGroup(p.cancel(T.plusSeconds(60)).orElseThrow())
        .addEqualityGroup(paid.returnAccepted(T.plusSeconds(120)).orElseThrow())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(p.pay(T.plusSeconds(60)), p.pay(T.plusSeconds(60)))
        .addEqualityGroup(paid.cancel(T.plusSeconds(70)), paid.cancel(T.plusSeconds(71)))
        .addEqualityGroup(paid.pay(T.plusSeconds(70)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(paid.reflection().orElseThrow(), ReflectionPolicy.amazonJapan().expectedReflection(T.plusSeconds(60)))
        .addEqualityGroup(ReflectionPolicy.amazonJapan().expectedReflection(T))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(RefundPolicy.amazonJapan().estimate(T), RefundPolicy.amazonJapan().estimate(T))
        .addEqualityGroup(RefundPolicy.amazonJapan().estimate(T.plusSeconds(1)))
        .addEqualityGroup(RefundPolicy.withoutWindow(RefundChannel.GIFT_CARD_BALANCE).estimate(T))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(StandingPolicy.amazonJapan().assess(List.of(T), T),
            StandingPolicy.amazonJapan().assess(List.of(T), T))
        .addEqualityGroup(StandingPolicy.amazonJapan().assess(List.of(T, T), T))
        .addEqualityGroup(StandingPolicy.amazonJapan().assess(List.of(), T))
        .testEquals();
  }

  @Test
  void nullsAreRejectedByEveryPublicMethod() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(PaymentNumber.class, NUMBER)
        .setDefault(Instant.class, T)
        .setDefault(LifecyclePolicy.class, LifecyclePolicy.amazonJapan())
        .setDefault(DeadlinePolicy.class, DeadlinePolicy.amazonJapan())
        .setDefault(ReflectionPolicy.class, ReflectionPolicy.amazonJapan())
        .setDefault(RefundPolicy.class, RefundPolicy.amazonJapan())
        .setDefault(StandingPolicy.class, StandingPolicy.amazonJapan())
        .setDefault(BusinessCalendar.class, BusinessCalendar.of(JapaneseHolidays.standard()))
        .setDefault(LocalTime.class, LocalTime.NOON)
        .setDefault(Duration.class, Duration.ofHours(1))
        .setDefault(Locale.class, Locale.JAPANESE)
        .setDefault(CharSequence.class, "amazon-jp")
        .setDefault(ReasonCode.class, LifecycleReasons.NOT_PAID)
        .setDefault(TokyoTime.class, TokyoTime.of(T));
    for (Class<?> type : List.of(TokyoTime.class, DeadlinePolicy.class, ReflectionPolicy.class, RefundPolicy.class,
        StandingPolicy.class, LifecyclePolicy.class, KonbiniPayment.class)) {
      tester.testAllPublicStaticMethods(type);
    }
    KonbiniPayment p = KonbiniPayment.issue(NUMBER, T, LifecyclePolicy.amazonJapan()).orElseThrow();
    for (Object o : List.of(TokyoTime.of(T), DeadlinePolicy.amazonJapan(), ReflectionPolicy.amazonJapan(),
        RefundPolicy.amazonJapan(), StandingPolicy.amazonJapan(), LifecyclePolicy.amazonJapan(), p,
        p.pay(T).orElseThrow().reflection().orElseThrow(), RefundPolicy.amazonJapan().estimate(T),
        StandingPolicy.amazonJapan().assess(List.of(), T), p.cancel(T))) {
      tester.testAllPublicInstanceMethods(o);
    }
  }

  /** A sample value for every parameter type the catalogue uses. */
  static final Map<Class<?>, Object> SAMPLES = Map.of(
      Instant.class, Instant.MAX,
      TokyoTime.class, TokyoTime.of(jst("2027-01-05T23:59:59.999999999")),
      RefundChannel.class, RefundChannel.GIFT_CARD_BALANCE,
      Integer.class, 3);

  @SuppressWarnings({"unchecked", "rawtypes"})
  static Violation sampleViolation(ReasonCode code) {
    Violation.Builder b = Violation.builder(code);
    for (ParamKey<?> key : code.parameters()) {
      b.with((ParamKey) key, sample(key));
    }
    return b.build();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static Remedy sampleRemedy(RemedyCode code) {
    Remedy.Builder b = Remedy.builder(code);
    for (ParamKey<?> key : code.parameters()) {
      b.with((ParamKey) key, sample(key));
    }
    return b.build();
  }

  static Object sample(ParamKey<?> key) {
    for (Map.Entry<Class<?>, Object> e : SAMPLES.entrySet()) {
      if (key.typeDescription().equals(e.getKey().getSimpleName())) {
        return e.getValue();
      }
    }
    throw new AssertionError("no sample for " + key);
  }

  @Test
  void everyReasonAndRemedyRendersInJapaneseAndEnglish() {
    Set<String> codes = new HashSet<>();
    for (ReasonCode code : LifecycleReasons.reasons()) {
      assertTrue(codes.add(code.code()), "duplicate " + code);
      assertTrue(code.code().startsWith("konbini.lifecycle."), code.code());
      Violation v = sampleViolation(code);
      String ja = v.message(Locale.JAPANESE);
      String en = v.message(Locale.ENGLISH);
      assertFalse(ja.contains("{") || en.contains("{"), ja + " / " + en);
      assertTrue(ja.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
          || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), ja);
      assertTrue(en.chars().allMatch(c -> c < 0x3000), en);
    }
    for (RemedyCode code : LifecycleReasons.remedies()) {
      assertTrue(codes.add(code.code()), "duplicate " + code);
      Remedy r = sampleRemedy(code);
      assertFalse(r.message(Locale.JAPANESE).contains("{"));
      assertTrue(r.message(Locale.JAPANESE).codePoints().anyMatch(c -> c >= 0x3040), r.message(Locale.JAPANESE));
      assertTrue(r.message(Locale.ENGLISH).chars().allMatch(c -> c < 0x3000), r.message(Locale.ENGLISH));
    }
    assertEquals(15, LifecycleReasons.reasons().size());
    assertEquals(9, LifecycleReasons.remedies().size());
  }

  @Test
  void displayNamesExistInBothLanguages() {
    for (PaymentState s : PaymentState.values()) {
      assertFalse(s.display(Locale.JAPANESE).equals(s.display(Locale.ENGLISH)), s.toString());
    }
    for (Standing s : Standing.values()) {
      assertFalse(s.display(Locale.JAPANESE).equals(s.display(Locale.ENGLISH)), s.toString());
    }
    for (ReflectionCause c : ReflectionCause.values()) {
      assertFalse(c.display(Locale.JAPANESE).equals(c.display(Locale.ENGLISH)), c.toString());
    }
    for (RefundChannel c : RefundChannel.values()) {
      assertFalse(c.display(Locale.JAPANESE).equals(c.display(Locale.ENGLISH)), c.toString());
    }
    assertEquals("2026-12-01T10:00+09:00", TokyoTime.of(T).toString());
  }
}
