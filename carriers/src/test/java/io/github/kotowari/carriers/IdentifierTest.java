package io.github.kotowari.carriers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class IdentifierTest {

  private static Set<Carrier> plausibleCarriers(Identification id) {
    return id.readings().stream().filter(Reading::isPlausible).map(Reading::carrier)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Carrier.class)));
  }

  @Test
  void twelveDigitSevenDrIsAmbiguousNeverPickedSilently() {
    // Yamato 443496171020 (delivery-tracker PR #61): the 7DR rule is shared by three carriers.
    Identification id = Identifier.identify("4434-9617-1020");
    assertEquals(Verdict.AMBIGUOUS, id.verdict());
    assertEquals(EnumSet.of(Carrier.YAMATO, Carrier.SAGAWA, Carrier.JAPAN_POST), plausibleCarriers(id));
    assertTrue(id.trackingNumber().isEmpty());
    assertEquals(CarrierCodes.AMBIGUOUS, id.reasons().get(0).reason());
    assertEquals("この番号は 3 通りに解釈できます。番号だけでは一つに決められません。",
        id.reasons().get(0).message(Locale.JAPANESE));
    assertTrue(id.readings().get(0).reasons().stream().anyMatch(v -> v.reason().equals(CarrierCodes.SEVEN_DR_SHARED)));
  }

  @Test
  void domesticContextRanksYamatoFirstAndAHintDecides() {
    IdentifyContext domestic = IdentifyContext.of(Market.AMAZON_JAPAN_DOMESTIC);
    Identification id = Identifier.identify("443496171020", domestic);
    assertEquals(List.of(Carrier.YAMATO, Carrier.JAPAN_POST, Carrier.SAGAWA),
        id.readings().stream().filter(Reading::isPlausible).map(Reading::carrier).collect(Collectors.toList()));
    Identification hinted = Identifier.identify("435075176056", domestic.withCarrierHint(Carrier.SAGAWA));
    assertEquals(Verdict.VALID, hinted.verdict());
    assertEquals(Carrier.SAGAWA, hinted.best().orElseThrow().carrier());
    assertEquals(IdentifierFormat.SAGAWA_12, hinted.trackingNumber().orElseThrow().format());
    // priors are a parameter: make Sagawa the favourite
    Priors sagawaFirst = Priors.defaults().withCarrierWeight(Market.AMAZON_JAPAN_DOMESTIC, Carrier.SAGAWA, 2.0);
    assertEquals(Carrier.SAGAWA,
        Identifier.identify("443496171020", domestic.withPriors(sagawaFirst)).best().orElseThrow().carrier());
  }

  @Test
  void aFailedCheckDigitSaysWhichDigitWouldFit() {
    // 443496171020 with its last digit changed: 7DR expects 0.
    Identification id = Identifier.identify("443496171023", IdentifyContext.of(Market.AMAZON_JAPAN_DOMESTIC));
    Reading best = id.best().orElseThrow();
    // FedEx 12 might hold by chance; assert on the 7DR readings
    Reading yamato = id.readings().stream().filter(r -> r.format() == IdentifierFormat.YAMATO_12).findFirst()
        .orElseThrow();
    assertEquals(CheckStatus.FAILS, yamato.checkStatus());
    assertEquals(0, yamato.expectedCheckDigit().getAsInt());
    assertEquals("ヤマト運輸の番号の形ですが、検査数字（7DR（番号を7で割った余り））が合いません。検査数字が 0 であれば有効な番号です。",
        yamato.reasons().get(0).message(Locale.JAPANESE));
    assertTrue(best != null);
    Identification s10 = Identifier.identify("EG725089304JP");
    assertEquals(Verdict.INVALID, s10.verdict());
    assertEquals(3, s10.best().orElseThrow().expectedCheckDigit().getAsInt());
    assertEquals(CarrierCodes.NO_CHECK_DIGIT_HOLDS, s10.reasons().get(0).reason());
  }

  @Test
  void hintedCarrierWithAFailingCheckIsInvalidEvenIfAnotherCarrierFits() {
    // 000000000000 passes both 7DR and FedEx 12 (carriers.md §2.4); 000000000010 fails 7DR (expects 3)
    String v = "000000000010";
    assertFalse(CheckDigits.isValidSevenDr(v));
    Identification id = Identifier.identify(v, IdentifyContext.unspecified().withCarrierHint(Carrier.YAMATO));
    assertEquals(Verdict.INVALID, id.verdict());
    assertEquals(Carrier.YAMATO, id.best().orElseThrow().carrier());
  }

  @Test
  void validSingleReadings() {
    Identification s10 = Identifier.identify("ｅｇ ７２５ ０８９ ３０３ ｊｐ");
    assertEquals(Verdict.VALID, s10.verdict());
    assertEquals(Carrier.JAPAN_POST, s10.validReading().orElseThrow().carrier());
    assertEquals("EG 725 089 303 JP", s10.display().orElseThrow());
    assertEquals(Carrier.UPU_POST, Identifier.identify("EE994353255CN").best().orElseThrow().carrier());
    assertEquals(Carrier.UPS, Identifier.identify("1Z 999 AA1 01 2345 6784").validReading().orElseThrow().carrier());
    Identification order = Identifier.identify("250-1234567-1234567");
    assertEquals(Verdict.VALID, order.verdict());
    assertEquals(IdentifierKind.ORDER_NUMBER, order.best().orElseThrow().kind());
    assertEquals("250-1234567-1234567", order.orderNumber().orElseThrow().display());
    assertTrue(order.trackingNumber().isEmpty());
    assertEquals(Optional.of("25012345671234567"), order.normalizedValue());
    // The same order number pasted from a Japanese page: full-width digits and long vowel marks.
    Identification pastedOrder = Identifier.identify("２５０ー１２３４５６７ー１２３４５６７");
    assertEquals(order, pastedOrder);
    assertEquals(Verdict.VALID, Identifier.verdict("２５０ー１２３４５６７ー１２３４５６７"));
    assertEquals(Verdict.UNKNOWN, Identifier.verdict("250-1234567-123456789"));  // 19 digits: no format
    Identification digital = Identifier.identify("D01-1234567-1234567");
    assertTrue(digital.orderNumber().orElseThrow().isDigital());
    Identification amazon = Identifier.identify("DA123456789");
    assertEquals(Verdict.VALID, amazon.verdict());
    assertEquals(Confidence.FORMAT_ONLY, amazon.best().orElseThrow().confidence());
    assertEquals(Carrier.USPS, Identifier.identify("0307 1790 0005 2348 3741").validReading().orElseThrow().carrier());
    assertEquals(IdentifierFormat.FEDEX_GROUND_15,
        Identifier.identify("0414 4176 0228 964").validReading().orElseThrow().format());
  }

  @Test
  void registeredElevenDigitsCollideWithDhl() {
    Identification id = Identifier.identify("131-12-38385-2");
    assertEquals(Verdict.AMBIGUOUS, id.verdict());
    assertTrue(plausibleCarriers(id).containsAll(EnumSet.of(Carrier.JAPAN_POST, Carrier.DHL)));
  }

  @Test
  void unsourcedFormatsOnlyWhenAskedFor() {
    assertFalse(plausibleCarriers(Identifier.identify("443496171020")).contains(Carrier.SEINO));
    assertTrue(plausibleCarriers(Identifier.identify("443496171020",
        IdentifyContext.unspecified().withUnsourcedFormats(true))).contains(Carrier.SEINO));
    Identification fukuyama = Identifier.identify("12345678901234",
        IdentifyContext.unspecified().withCarrierHint(Carrier.FUKUYAMA));
    assertEquals(Verdict.VALID, fukuyama.verdict());
    assertEquals(Confidence.UNSOURCED, fukuyama.best().orElseThrow().confidence());
  }

  @Test
  void unknownAndRejected() {
    Identification unknown = Identifier.identify("HELLO");
    assertEquals(Verdict.UNKNOWN, unknown.verdict());
    assertEquals(CarrierCodes.UNKNOWN_FORMAT, unknown.reasons().get(0).reason());
    Identification rejected = Identifier.identify("1234.5678");
    assertEquals(Verdict.UNKNOWN, rejected.verdict());
    assertEquals(CarrierCodes.INPUT_UNEXPECTED_CHARACTER, rejected.reasons().get(0).reason());
    assertTrue(rejected.normalizedValue().isEmpty());
    assertTrue(rejected.display().isEmpty());
    assertTrue(rejected.trackingUri().isEmpty());
    Identification codabar = Identifier.identify("A443496171020A");
    assertEquals(CarrierCodes.CODABAR_REMOVED, codabar.reasons().get(0).reason());
  }

  @Test
  void explanationsMaskTheNumber() {
    for (String text : new String[] {"443496171020", "EG725089304JP", "250-1234567-1234567", "DA123456789"}) {
      Identification id = Identifier.identify(text);
      String normalized = id.normalizedValue().orElseThrow();
      for (Locale locale : new Locale[] {Locale.JAPANESE, Locale.ENGLISH}) {
        String explained = id.explain(locale);
        assertFalse(explained.contains(normalized.substring(0, normalized.length() - 4)), explained);
      }
      assertFalse(id.toString().contains(normalized.substring(0, normalized.length() - 4)));
    }
  }

  @Test
  void contracts() {
    new NullPointerTester().setDefault(IdentifyContext.class, IdentifyContext.unspecified())
        .testAllPublicStaticMethods(Identifier.class);
    new NullPointerTester().testAllPublicInstanceMethods(Identifier.identify("443496171020"));
    new NullPointerTester().testAllPublicStaticMethods(IdentifyContext.class);
    new NullPointerTester().testAllPublicInstanceMethods(IdentifyContext.unspecified());
    new NullPointerTester().testAllPublicInstanceMethods(Priors.defaults());
    new EqualsTester()
        .addEqualityGroup(Identifier.identify("443496171020"), Identifier.identify("4434-9617-1020"))
        .addEqualityGroup(Identifier.identify("443496171020", IdentifyContext.of(Market.AMAZON_JAPAN_DOMESTIC)))
        .addEqualityGroup(Identifier.identify("EG725089303JP"))
        // A dashed order number is held as pasted until its digits are asked for: the same number.
        .addEqualityGroup(Identifier.identify("250-1234567-7654321"), Identifier.identify("25012345677654321"),
            Identifier.identify("２５０ー１２３４５６７ー７６５４３２１"))
        .addEqualityGroup(Identifier.identify("250-1234567-7654322"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(IdentifyContext.unspecified(), IdentifyContext.of(Market.UNSPECIFIED))
        .addEqualityGroup(IdentifyContext.of(Market.INTERNATIONAL))
        .addEqualityGroup(IdentifyContext.of(Market.INTERNATIONAL).withCarrierHint(Carrier.DHL))
        .addEqualityGroup(IdentifyContext.of(Market.INTERNATIONAL).withUnsourcedFormats(true))
        .addEqualityGroup(IdentifyContext.of(Market.INTERNATIONAL).withPriors(Priors.defaults().withHintFactor(2)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Priors.defaults(), Priors.defaults().withHintFactor(10))
        .addEqualityGroup(Priors.defaults().withConfidenceWeight(Confidence.FORMAT_ONLY, 0.9))
        .addEqualityGroup(Priors.defaults().withCarrierWeight(Market.INTERNATIONAL, Carrier.UPS, 0))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Reading.of(IdentifierFormat.YAMATO_12, IdentifierFormat.MATCH))
        .addEqualityGroup(Reading.of(IdentifierFormat.YAMATO_12, 3))
        .addEqualityGroup(Reading.of(IdentifierFormat.SAGAWA_12, 3))
        .testEquals();
  }
}
