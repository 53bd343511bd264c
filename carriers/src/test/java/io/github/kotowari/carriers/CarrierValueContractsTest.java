package io.github.kotowari.carriers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Contracts of the carriers' value types that the identification tests leave implicit: hash codes that
 * tell values apart, the text forms (masked where they hold a number), the checks on priors, and the
 * accessors of a context.
 */
class CarrierValueContractsTest {

  static void assertHashesSpread(List<?> distinct) {
    assertEquals(distinct.size(), new HashSet<>(distinct).size(), "the values are distinct");
    Set<Integer> hashes = new HashSet<>();
    distinct.forEach(v -> hashes.add(v.hashCode()));
    assertTrue(hashes.size() * 4 >= distinct.size() * 3, () -> hashes.size() + " hash codes for " + distinct);
  }

  /** Twelve-digit 7DR numbers: an 11-digit body and its check digit. */
  static List<String> sevenDrNumbers(int count) {
    List<String> out = new ArrayList<>();
    for (long body = 12_345_678_901L; out.size() < count; body += 7_919) {
      String digits = Long.toString(body);
      out.add(digits + CheckDigits.sevenDr(digits));
    }
    return out;
  }

  @Test
  void hashCodesTellValuesApart() {
    List<String> numbers = sevenDrNumbers(20);
    assertHashesSpread(numbers.stream().map(n -> TrackingNumber.of(IdentifierFormat.YAMATO_12, n)).toList());
    assertHashesSpread(numbers.stream().map(InputNormalizer::normalize).toList());
    List<AmazonOrderNumber> orders = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      orders.add(AmazonOrderNumber.parse(String.format(Locale.ROOT, "250-%07d-1234567", 1_000_000 + i * 37)));
    }
    assertHashesSpread(orders);
    List<Priors> priors = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      priors.add(Priors.defaults().withHintFactor(1 + i));
    }
    assertHashesSpread(priors);
    List<IdentifyContext> contexts = new ArrayList<>();
    for (Carrier carrier : Carrier.values()) {
      contexts.add(IdentifyContext.unspecified().withCarrierHint(carrier));
    }
    assertHashesSpread(contexts);
    List<Reading> readings = new ArrayList<>();
    for (String n : numbers) {
      readings.addAll(Identifier.identify(n).readings());
      String wrong = n.substring(0, 11) + (char) ('0' + (n.charAt(11) - '0' + 1) % 7);
      readings.addAll(Identifier.identify(wrong).readings());
    }
    assertHashesSpread(readings.stream().distinct().toList());
    assertNotEquals(Priors.defaults().hashCode(),
        Priors.defaults().withCarrierWeight(Market.UNSPECIFIED, Carrier.YAMATO, 0.25).hashCode());
    assertNotEquals(Priors.defaults().hashCode(),
        Priors.defaults().withConfidenceWeight(Confidence.FORMAT_ONLY, 0.25).hashCode());
  }

  @Test
  void textFormsMaskNumbersAndNameTheRest() {
    assertEquals("NormalizedInput[**3]", InputNormalizer.normalize("123").toString());
    assertEquals("NormalizedInput[********9013]", InputNormalizer.normalize("1234-5678-9013").toString());
    assertEquals("NormalizedInput[EMPTY at 0]", InputNormalizer.normalize("").toString());
    TrackingNumber yamato = TrackingNumber.of(IdentifierFormat.YAMATO_12, "123456789013");
    assertEquals("TrackingNumber[YAMATO_12 ********9013]", yamato.toString());
    assertEquals("AmazonOrderNumber[*************4567]", AmazonOrderNumber.parse("250-1234567-1234567").toString());

    assertEquals("IdentifyContext[UNSPECIFIED]", IdentifyContext.unspecified().toString());
    assertEquals("IdentifyContext[AMAZON_JAPAN_DOMESTIC, hint=SAGAWA, unsourced, custom priors]",
        IdentifyContext.of(Market.AMAZON_JAPAN_DOMESTIC).withCarrierHint(Carrier.SAGAWA).withUnsourcedFormats(true)
            .withPriors(Priors.defaults().withHintFactor(3)).toString());
    assertTrue(Priors.defaults().toString().startsWith("Priors[carriers="), Priors.defaults().toString());

    Identification twelve = Identifier.identify("123456789013");
    assertTrue(twelve.readings().stream().anyMatch(r -> r.toString().equals("YAMATO_12 HOLDS")),
        twelve.readings()::toString);
    Identification failing = Identifier.identify("123456789014");
    assertTrue(failing.readings().stream().anyMatch(r -> r.toString().equals("YAMATO_12 FAILS (expected 3)")),
        failing.readings()::toString);
    for (Reading r : twelve.readings()) {
      assertFalse(r.service(Locale.ENGLISH).isEmpty());
      assertFalse(r.service(Locale.JAPANESE).isEmpty());
      assertEquals(r.checkStatus() == CheckStatus.HOLDS, r.checkDigitHolds(), r::toString);
    }
    assertTrue(twelve.readings().stream().anyMatch(Reading::checkDigitHolds));
    assertTrue(failing.readings().stream().noneMatch(Reading::checkDigitHolds));
  }

  @Test
  void problemsAreDescribedInBothLanguages() {
    for (InputProblem problem : InputProblem.values()) {
      assertNotEquals(problem.display(Locale.JAPANESE), problem.display(Locale.ENGLISH));
      assertTrue(problem.display(Locale.JAPANESE).chars().anyMatch(c -> c >= 0x3000));
      assertTrue(problem.display(Locale.ENGLISH).chars().allMatch(c -> c < 0x80));
    }
  }

  @Test
  void contextAccessorsReturnWhatWasSet() {
    IdentifyContext context = IdentifyContext.unspecified();
    assertEquals(Optional.empty(), context.carrierHint());
    assertFalse(context.unsourcedFormats());
    assertEquals(Optional.of(Carrier.FEDEX), context.withCarrierHint(Carrier.FEDEX).carrierHint());
    assertTrue(context.withUnsourcedFormats(true).unsourcedFormats());
  }

  @Test
  void priorsRefuseWeightsAndFactorsOutOfRange() {
    Priors priors = Priors.defaults();
    assertEquals(1.0, priors.withHintFactor(1).hintFactor());
    assertThrows(IllegalArgumentException.class, () -> priors.withHintFactor(0.999));
    assertThrows(IllegalArgumentException.class, () -> priors.withHintFactor(Double.POSITIVE_INFINITY));
    assertThrows(IllegalArgumentException.class, () -> priors.withHintFactor(Double.NaN));
    assertEquals(0.0, priors.withCarrierWeight(Market.UNSPECIFIED, Carrier.UPS, 0).carrierWeight(Market.UNSPECIFIED,
        Carrier.UPS));
    assertThrows(IllegalArgumentException.class, () -> priors.withCarrierWeight(Market.UNSPECIFIED, Carrier.UPS, -0.1));
    assertThrows(IllegalArgumentException.class,
        () -> priors.withCarrierWeight(Market.UNSPECIFIED, Carrier.UPS, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> priors.withConfidenceWeight(Confidence.FORMAT_ONLY, -1));
    assertThrows(IllegalArgumentException.class,
        () -> priors.withConfidenceWeight(Confidence.FORMAT_ONLY, Double.POSITIVE_INFINITY));
  }

  @Test
  void aFormatOfDigitsRefusesLetters() {
    assertThrows(IllegalArgumentException.class, () -> TrackingNumber.of(IdentifierFormat.YAMATO_12, "ABCDEFGHIJKL"));
    assertThrows(IllegalArgumentException.class, () -> TrackingNumber.of(IdentifierFormat.YAMATO_12, "12345678901A"));
    assertThrows(IllegalArgumentException.class, () -> TrackingNumber.of(IdentifierFormat.YAMATO_12, "A23456789013"));
  }
}
