package io.github.kotowari.carriers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class ValueTypesTest {

  @Test
  void trackingNumberIsNormalizedMaskedAndExplicit() {
    TrackingNumber t = TrackingNumber.of(IdentifierFormat.YAMATO_12, "４４３４－９６１７－１０２０");
    assertEquals("443496171020", t.value());
    assertEquals("4434-9617-1020", t.display());
    assertEquals("********1020", t.masked());
    assertEquals("TrackingNumber[YAMATO_12 ********1020]", t.toString());
    assertEquals(Carrier.YAMATO, t.carrier());
    assertTrue(t.trackingUri().orElseThrow().toString().endsWith("443496171020"));
  }

  @Test
  void trackingNumberExceptionsNeverCarryTheNumber() {
    String[] bad = {"443496171023", "44349617102", "4434.9617.1020", ""};
    for (String text : bad) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> TrackingNumber.of(IdentifierFormat.YAMATO_12, text));
      assertFalse(text.length() > 4 && e.getMessage().contains(text.substring(0, 5)), e.getMessage());
      assertFalse(e.getMessage().contains("4434"), e.getMessage());
    }
    assertThrows(IllegalArgumentException.class,
        () -> TrackingNumber.of(IdentifierFormat.AMAZON_ORDER, "250-1234567-1234567"));
    assertTrue(TrackingNumber.parse("EG725089303JP", IdentifyContext.unspecified()).isPresent());
    assertTrue(TrackingNumber.parse("443496171020", IdentifyContext.unspecified()).isEmpty());
  }

  @Test
  void orderNumber() {
    AmazonOrderNumber n = AmazonOrderNumber.parse("２５０ー１２３４５６７ー１２３４５６７");
    assertEquals("25012345671234567", n.value());
    assertEquals("250-1234567-1234567", n.display());
    assertEquals("AmazonOrderNumber[*************4567]", n.toString());
    assertFalse(n.isDigital());
    assertTrue(AmazonOrderNumber.parse("d01-1234567-1234567").isDigital());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AmazonOrderNumber.parse("987-6543210-987654"));
    assertFalse(e.getMessage().contains("6543210"));
    assertTrue(AmazonOrderNumber.tryParse("443496171020").isEmpty());
    assertTrue(AmazonOrderNumber.tryParse("").isEmpty());
  }

  @Test
  void equalityOnNormalizedValue() {
    new EqualsTester()
        .addEqualityGroup(TrackingNumber.of(IdentifierFormat.YAMATO_12, "443496171020"),
            TrackingNumber.of(IdentifierFormat.YAMATO_12, "4434-9617-1020"))
        .addEqualityGroup(TrackingNumber.of(IdentifierFormat.SAGAWA_12, "443496171020"))
        .addEqualityGroup(TrackingNumber.of(IdentifierFormat.SAGAWA_12, "435075176056"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(AmazonOrderNumber.parse("250-1234567-1234567"), AmazonOrderNumber.parse("25012345671234567"))
        .addEqualityGroup(AmazonOrderNumber.parse("D01-1234567-1234567"))
        .testEquals();
  }

  @Test
  void nullsAreRejectedByName() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(IdentifierFormat.class, IdentifierFormat.YAMATO_12)
        .setDefault(CharSequence.class, "443496171020")
        .setDefault(IdentifyContext.class, IdentifyContext.unspecified());
    tester.testAllPublicStaticMethods(TrackingNumber.class);
    tester.testAllPublicInstanceMethods(TrackingNumber.of(IdentifierFormat.YAMATO_12, "443496171020"));
    tester.setDefault(CharSequence.class, "25012345671234567").testAllPublicStaticMethods(AmazonOrderNumber.class);
    tester.testAllPublicInstanceMethods(AmazonOrderNumber.parse("25012345671234567"));
  }
}
