package io.github.kotowari.carriers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import java.net.URI;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdentifierFormatTest {

  private static Set<IdentifierFormat> matching(String v) {
    boolean digits = v.chars().allMatch(c -> c >= '0' && c <= '9');
    Set<IdentifierFormat> out = EnumSet.noneOf(IdentifierFormat.class);
    for (IdentifierFormat f : IdentifierFormat.values()) {
      if (f.evaluate(v, digits) == IdentifierFormat.MATCH) {
        out.add(f);
      }
    }
    return out;
  }

  @Test
  void displayGroupingAsPrinted() {
    // Yamato prints 2253-0009-9640 (packtrack fixture); registered 131-12-38385-2 (foodp 2007);
    // S10 printed in groups "EG 725 089 303 JP"; Amazon 3-7-7 (Seller Central JP help).
    assertEquals("2253-0009-9640", IdentifierFormat.YAMATO_12.display("225300099640"));
    assertEquals("131-12-38385-2", IdentifierFormat.JAPAN_POST_REGISTERED_11.display("13112383852"));
    assertEquals("EG 725 089 303 JP", IdentifierFormat.JAPAN_POST_INTERNATIONAL.display("EG725089303JP"));
    assertEquals("058-3563777-5518068", IdentifierFormat.AMAZON_ORDER.display("05835637775518068"));
    assertEquals("D01-1234567-1234567", IdentifierFormat.AMAZON_DIGITAL_ORDER.display("D0112345671234567"));
    assertEquals("1Z 999 AA1 01 2345 6784", IdentifierFormat.UPS_1Z.display("1Z999AA10123456784"));
    assertEquals("0307 1790 0005 2348 3741", IdentifierFormat.USPS_20.display("03071790000523483741"));
    assertEquals("3318810025", IdentifierFormat.DHL_EXPRESS.display("3318810025"));
  }

  @Test
  void trackingAddressesAreBuiltNotFetched() {
    assertEquals(URI.create("https://k2k.sagawa-exp.co.jp/p/web/okurijosearch.do?okurijoNo=435075176056"),
        IdentifierFormat.SAGAWA_12.trackingUri("435075176056").orElseThrow());
    assertEquals(URI.create("https://trackings.post.japanpost.jp/services/srv/search/direct?reqCodeNo1=EG725089303JP"
        + "&searchKind=S004&locale=ja"), IdentifierFormat.JAPAN_POST_INTERNATIONAL.trackingUri("EG725089303JP").orElseThrow());
    assertFalse(IdentifierFormat.UPU_S10.trackingUri("EE994353255CN").isPresent());
    assertFalse(IdentifierFormat.FUKUYAMA.trackingUri("1234567890").isPresent());
    assertFalse(IdentifierFormat.AMAZON_ORDER.trackingUri("05835637775518068").orElseThrow().toString()
        .contains("0583"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> IdentifierFormat.YAMATO_12.trackingUri("1234 5678 9013"));
    assertFalse(e.getMessage().contains("5678"));
  }

  @Test
  void shapesOfThePublishedVectors() {
    assertEquals(EnumSet.of(IdentifierFormat.YAMATO_12, IdentifierFormat.SAGAWA_12, IdentifierFormat.JAPAN_POST_12,
        IdentifierFormat.SEINO, IdentifierFormat.FUKUYAMA), matching("443496171020"));
    // 000000000000 passes FedEx 12 and 7DR (carriers.md §2.4)
    assertTrue(matching("000000000000").contains(IdentifierFormat.FEDEX_12));
    // every valid 11-digit registered number is also DHL Express (carriers.md §1.2)
    assertTrue(matching("13112383852").containsAll(EnumSet.of(IdentifierFormat.JAPAN_POST_REGISTERED_11,
        IdentifierFormat.DHL_EXPRESS, IdentifierFormat.SAGAWA_SHORT)));
    assertEquals(EnumSet.of(IdentifierFormat.JAPAN_POST_INTERNATIONAL), matching("EG725089303JP"));
    assertEquals(EnumSet.of(IdentifierFormat.UPU_S10), matching("EE994353255CN"));
    assertEquals(EnumSet.of(IdentifierFormat.UPS_1Z), matching("1Z5R89390357567127"));
    assertEquals(EnumSet.of(IdentifierFormat.AMAZON_ORDER), matching("05835637775518068"));
    assertEquals(EnumSet.of(IdentifierFormat.AMAZON_DIGITAL_ORDER), matching("D0112345671234567"));
    assertEquals(EnumSet.of(IdentifierFormat.AMAZON_JAPAN_DELIVERY), matching("DA123456789"));
    assertEquals(EnumSet.of(IdentifierFormat.AMAZON_LOGISTICS), matching("TBA123456789000"));
    assertTrue(matching("9611020987654312345672").contains(IdentifierFormat.FEDEX_GROUND_96));
    assertTrue(matching("000123450000000027").contains(IdentifierFormat.FEDEX_SSCC_18));
    assertTrue(matching("03071790000523483741").contains(IdentifierFormat.USPS_20));
    assertFalse(matching("03071790000523483741").contains(IdentifierFormat.USPS_20_LEGACY));
    assertTrue(matching("71969010756003077385").contains(IdentifierFormat.USPS_20_LEGACY));
    // fedex.json "FedEx Express (34)" valid vector; "FedEx SmartPost" 9261292700768711948021 is USPS IMpb
    assertTrue(matching("1001921334250001000300779017972697").contains(IdentifierFormat.FEDEX_34));
    assertTrue(matching("9261292700768711948021").contains(IdentifierFormat.USPS_IMPB));
    // carriers.md §1.10 routed IMpb: 420 11213 92... and 420 ZIP+4 92...
    assertTrue(matching("420112139261290983497923666238").contains(IdentifierFormat.USPS_IMPB_ROUTED));
    assertTrue(matching("4201002334249200190132607600833457").contains(IdentifierFormat.USPS_IMPB_ROUTED));
  }

  @Test
  void failedCheckDigitsNameTheDigitThatWouldFit() {
    assertEquals(0, IdentifierFormat.YAMATO_12.evaluate("443496171029", true));
    assertEquals(3, IdentifierFormat.JAPAN_POST_INTERNATIONAL.evaluate("EG725089300JP", false));
    assertEquals(IdentifierFormat.NO_MATCH, IdentifierFormat.YAMATO_12.evaluate("44349617102", true));
  }

  @Test
  void namesInBothLanguages() {
    for (IdentifierFormat f : IdentifierFormat.values()) {
      assertFalse(f.service(Locale.JAPANESE).isBlank());
      assertFalse(f.service(Locale.ENGLISH).isBlank());
      assertFalse(f.carrier().display(Locale.JAPANESE).isBlank());
      assertEquals(f.checkRule() == CheckRule.NONE, f.confidenceClass() != Confidence.CHECK_DIGIT_VERIFIED, f.name());
    }
    new NullPointerTester().testAllPublicInstanceMethods(IdentifierFormat.YAMATO_12);
  }

  @net.jqwik.api.Property
  void theLengthPrefilterNeverHidesAMatch(@net.jqwik.api.ForAll("shapes") String v) {
    boolean digits = v.chars().allMatch(c -> c >= '0' && c <= '9');
    for (IdentifierFormat f : IdentifierFormat.values()) {
      if (f.evaluate(v, digits) != IdentifierFormat.NO_MATCH) {
        assertTrue(f.canHaveLength(v.length()), f + " " + v.length());
      }
    }
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> shapes() {
    net.jqwik.api.Arbitrary<String> prefixes = net.jqwik.api.Arbitraries.of("", "1Z", "96", "420", "92", "DA", "TB",
        "TBA", "D", "EG", "9");
    net.jqwik.api.Arbitrary<String> rest = net.jqwik.api.Arbitraries.strings().withChars("0123456789JP")
        .ofMinLength(1).ofMaxLength(44);
    return net.jqwik.api.Combinators.combine(prefixes, rest).as((p, r) -> p + r)
        .filter(v -> v.length() <= InputNormalizer.MAX_SIGNIFICANT_CHARS);
  }

  @Test
  void theLengthPrefilterCoversEveryLengthExhaustivelyForDigits() {
    for (int n = 1; n <= InputNormalizer.MAX_SIGNIFICANT_CHARS; n++) {
      for (String lead : new String[] {"0", "9", "96", "92", "420", "4209", "42092"}) {
        if (lead.length() > n) {
          continue;
        }
        String v = lead + "0".repeat(n - lead.length());
        for (IdentifierFormat f : IdentifierFormat.values()) {
          if (f.evaluate(v, true) != IdentifierFormat.NO_MATCH) {
            assertTrue(f.canHaveLength(n), f + " " + n);
          }
        }
      }
    }
  }
}
