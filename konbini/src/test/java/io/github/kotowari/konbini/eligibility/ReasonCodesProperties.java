package io.github.kotowari.konbini.eligibility;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kotowari.core.money.Yen;
import io.github.kotowari.core.order.ShippingOption;
import io.github.kotowari.core.payment.PaymentMethod;
import io.github.kotowari.core.rule.ParamKey;
import io.github.kotowari.core.rule.ReasonCode;
import io.github.kotowari.core.rule.Remedy;
import io.github.kotowari.core.rule.RemedyCode;
import io.github.kotowari.core.rule.Violation;
import io.github.kotowari.konbini.KonbiniPolicy;
import io.github.kotowari.konbini.split.SplitPlanner;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every reason and remedy code renders in Japanese and in English, whatever its parameters hold. */
class ReasonCodesProperties {

  @Provide
  Arbitrary<ReasonCode> reasons() {
    return Arbitraries.of(KonbiniReasons.reasons());
  }

  @Provide
  Arbitrary<RemedyCode> remedies() {
    return Arbitraries.of(KonbiniReasons.remedies());
  }

  /** A value for every parameter key the codes use, varied by {@code n}. */
  @SuppressWarnings("unchecked")
  static <T> T sample(ParamKey<T> key, long n) {
    Object value;
    switch (key.name()) {
      case "total", "limit", "minimum", "shortfall" -> value = Yen.of(n);
      case "shipping" -> value = ShippingOption.values()[(int) (n % ShippingOption.values().length)];
      case "count" -> value = n;
      case "lines" -> value = List.of("L" + n, "M" + n);
      case "seller" -> value = "Shop " + n;
      case "orders" -> value = (int) (n % 1000);
      case "plan" -> value = SplitPlanner.of(KonbiniPolicy.amazonJapan())
          .plan(List.of(Yen.of(n % 300_001), Yen.of(300_000)));
      case "methods" -> value = PaymentMethod.all().subList(0, (int) (n % PaymentMethod.all().size()));
      case "method" -> value = PaymentMethod.all().get((int) (n % PaymentMethod.all().size()));
      default -> throw new AssertionError("no sample for " + key);
    }
    return (T) value;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static Violation violation(ReasonCode code, long n) {
    Violation.Builder b = Violation.builder(code);
    for (ParamKey key : code.parameters()) {
      b.with(key, sample(key, n));
    }
    return b.build();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static Remedy remedy(RemedyCode code, long n) {
    Remedy.Builder b = Remedy.builder(code);
    for (ParamKey key : code.parameters()) {
      b.with(key, sample(key, n));
    }
    return b.build();
  }

  @Property
  void everyReasonRendersInBothLanguages(@ForAll("reasons") ReasonCode code,
      @ForAll @net.jqwik.api.constraints.LongRange(min = 0, max = Long.MAX_VALUE) long n) {
    Violation v = violation(code, n);
    String ja = v.message(Locale.JAPANESE);
    String en = v.message(Locale.ENGLISH);
    assertFalse(ja.isBlank() || en.isBlank());
    assertFalse(ja.contains("{") || en.contains("{"), ja + " / " + en);
    assertNotEquals(ja, en);
    assertTrue(ja.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
        || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA), ja);
  }

  @Property
  void everyRemedyRendersInBothLanguages(@ForAll("remedies") RemedyCode code,
      @ForAll @net.jqwik.api.constraints.LongRange(min = 0, max = Long.MAX_VALUE) long n) {
    Remedy r = remedy(code, n);
    String ja = r.message(Locale.JAPANESE);
    String en = r.message(Locale.ENGLISH);
    assertFalse(ja.isBlank() || en.isBlank());
    assertFalse(ja.contains("{") || en.contains("{"));
    assertNotEquals(ja, en);
  }

  @Example
  void codesAreUniqueAndNamespaced() {
    Set<String> seen = new HashSet<>();
    for (ReasonCode c : KonbiniReasons.reasons()) {
      assertTrue(seen.add(c.code()), c.code());
      assertTrue(c.code().startsWith("konbini.") || c.code().startsWith("payment."), c.code());
    }
    for (RemedyCode c : KonbiniReasons.remedies()) {
      assertTrue(seen.add(c.code()), c.code());
    }
  }
}
