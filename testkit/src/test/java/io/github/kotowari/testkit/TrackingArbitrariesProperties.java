package io.github.kotowari.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kotowari.carriers.AmazonOrderNumber;
import io.github.kotowari.carriers.CheckRule;
import io.github.kotowari.carriers.CheckStatus;
import io.github.kotowari.carriers.Identification;
import io.github.kotowari.carriers.IdentifierFormat;
import io.github.kotowari.carriers.IdentifierKind;
import io.github.kotowari.carriers.Identifier;
import io.github.kotowari.carriers.IdentifyContext;
import io.github.kotowari.carriers.InputNormalizer;
import io.github.kotowari.carriers.Reading;
import io.github.kotowari.carriers.TrackingNumber;
import io.github.kotowari.carriers.Verdict;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The tracking generators produce what they promise, and the library agrees with them. */
class TrackingArbitrariesProperties {
  private static final IdentifyContext ALL = IdentifyContext.unspecified().withUnsourcedFormats(true);

  @Provide
  Arbitrary<TrackingArbitraries.Sample> valid() {
    return TrackingArbitraries.valid();
  }

  @Provide
  Arbitrary<TrackingArbitraries.Sample> pasted() {
    return TrackingArbitraries.pasted(TrackingArbitraries.valid());
  }

  @Provide
  Arbitrary<TrackingArbitraries.Sample> changed() {
    return Arbitraries.of(TrackingArbitraries.checkedFormats()).flatMap(TrackingArbitraries::oneDigitChanged);
  }

  @Provide
  Arbitrary<TrackingArbitraries.Sample> swapped() {
    return Arbitraries.of(TrackingArbitraries.checkedFormats()).flatMap(TrackingArbitraries::adjacentSwapped);
  }

  @Provide
  Arbitrary<TrackingArbitraries.Sample> wrongLength() {
    return Arbitraries.of(IdentifierFormat.values()).flatMap(TrackingArbitraries::wrongLength);
  }

  @Provide
  Arbitrary<TrackingNumber> trackingNumbers() {
    return TrackingArbitraries.trackingNumbers();
  }

  @Provide
  Arbitrary<TrackingArbitraries.Sample> orders() {
    return TrackingArbitraries.amazonOrderNumbers();
  }

  private static Optional<Reading> readingOf(Identification id, IdentifierFormat format) {
    return id.readings().stream().filter(r -> r.format() == format).findFirst();
  }

  @Property
  void everyValidNumberIsIdentifiedWithItsCarrierAmongTheCandidates(@ForAll("valid") TrackingArbitraries.Sample s) {
    Identification id = Identifier.identify(s.text(), ALL);
    Reading reading = readingOf(id, s.format()).orElseThrow(() -> new AssertionError(s + " not read as its format"));
    assertTrue(reading.isPlausible(), s::toString);
    if (s.format().checkRule() != CheckRule.NONE) {
      assertTrue(id.verdict() == Verdict.VALID || id.verdict() == Verdict.AMBIGUOUS, s::toString);
    } else {
      // a format-only reading does not outweigh a checked format of the same shape whose check fails
      assertTrue(id.verdict() != Verdict.UNKNOWN, s::toString);
    }
    if (s.format().kind() == IdentifierKind.TRACKING_NUMBER) {
      assertEquals(s.number(), TrackingNumber.of(s.format(), s.text()).value());
    }
  }

  @Property
  void pastedFormsNormalizeToTheNumber(@ForAll("pasted") TrackingArbitraries.Sample s) {
    assertEquals(s.number(), InputNormalizer.normalize(s.text()).value(), s::toString);
    assertTrue(readingOf(Identifier.identify(s.text(), ALL), s.format()).orElseThrow().isPlausible());
  }

  @Property
  void oneChangedDigitFailsTheCheck(@ForAll("changed") TrackingArbitraries.Sample s) {
    Reading reading = readingOf(Identifier.identify(s.text(), ALL), s.format()).orElseThrow();
    assertEquals(CheckStatus.FAILS, reading.checkStatus(), s::toString);
    assertTrue(reading.expectedCheckDigit().isPresent());
  }

  @Property
  void swappedDigitsFailTheCheck(@ForAll("swapped") TrackingArbitraries.Sample s) {
    assertEquals(CheckStatus.FAILS,
        readingOf(Identifier.identify(s.text(), ALL), s.format()).orElseThrow().checkStatus(), s::toString);
  }

  @Property
  void wrongLengthsLoseTheFormat(@ForAll("wrongLength") TrackingArbitraries.Sample s) {
    assertFalse(readingOf(Identifier.identify(s.text(), ALL), s.format()).isPresent(), s::toString);
  }

  @Property
  void trackingNumbersKeepTheirNumberMasked(@ForAll("trackingNumbers") TrackingNumber t) {
    String v = t.value();
    for (int i = 0; i + 5 <= v.length(); i++) {
      assertFalse(t.toString().contains(v.substring(i, i + 5)), t::toString);
    }
  }

  @Property
  void orderNumbersParseAndIdentify(@ForAll("orders") TrackingArbitraries.Sample s) {
    AmazonOrderNumber n = AmazonOrderNumber.parse(s.text());
    assertEquals(s.number(), n.value());
    assertEquals(s.format() == IdentifierFormat.AMAZON_DIGITAL_ORDER, n.isDigital());
    Identification id = Identifier.identify(s.text());
    assertEquals(Verdict.VALID, id.verdict());
    assertEquals(n, id.orderNumber().orElseThrow());
  }
}
