package io.github.kotowari.carriers.notracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import io.github.kotowari.carriers.Carrier;
import io.github.kotowari.carriers.CarrierCodes;
import io.github.kotowari.carriers.contact.ContactDirectory;
import io.github.kotowari.carriers.contact.OpenStatus;
import io.github.kotowari.core.rule.Decision;
import io.github.kotowari.core.rule.Remedy;
import io.github.kotowari.core.rule.Violation;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class MissingTrackingNumberTest {
  // 2026-12-01T01:00Z is 10:00 in Japan
  private static final Instant PLACED = Instant.parse("2026-12-01T01:00:00Z");

  private static Violation only(Decision d) {
    assertEquals(1, d.violations().size(), d::toString);
    return d.violations().get(0);
  }

  @Test
  void notShippedYetSaysWhenToLookAgain() {
    Instant now = PLACED.plus(Duration.ofHours(2));
    Violation v = only(MissingTrackingNumber.explain(MissingTrackingFacts.of(PLACED, now)));
    assertEquals(MissingTrackingCodes.NOT_SHIPPED_YET, v.reason());
    // now = 12:00 JST, recheck 24 h later
    assertEquals("2026-12-02 12:00 JST 以降にもう一度注文履歴を確認してください。",
        v.remedies().get(0).message(Locale.JAPANESE));
    Violation seller = only(MissingTrackingNumber.explain(MissingTrackingFacts.of(PLACED, now)
        .withFulfillment(Fulfillment.MARKETPLACE_SELLER)));
    assertEquals(MissingTrackingCodes.CHECK_SHIPPING_MAIL, seller.remedies().get(1).kind());
  }

  @Test
  void shippedRecentlyCarrierNotRegisteredYet() {
    Instant shipped = PLACED.plus(Duration.ofHours(3));
    Violation v = only(MissingTrackingNumber.explain(MissingTrackingFacts.of(PLACED, shipped.plusSeconds(3600))
        .withShippedAt(shipped).withCarrier(Carrier.YAMATO)));
    assertEquals(MissingTrackingCodes.CARRIER_NOT_REGISTERED_YET, v.reason());
    // shipped 13:00 JST + 12 h
    assertEquals("Look at the order history again after 2026-12-02 01:00 JST.",
        v.remedies().get(0).message(Locale.ENGLISH));
  }

  @Test
  void amazonDeliveryIsTrackedOnAmazon() {
    Violation v = only(MissingTrackingNumber.explain(MissingTrackingFacts.of(PLACED, PLACED.plusSeconds(7200))
        .withShippedAt(PLACED.plusSeconds(3600)).withCarrier(Carrier.AMAZON)));
    assertEquals(MissingTrackingCodes.AMAZON_DELIVERY, v.reason());
    assertEquals(CarrierCodes.TRACK_ON_AMAZON, v.remedies().get(0).kind());
  }

  @Test
  void sellerDidNotEnterIt() {
    Instant shipped = PLACED.plus(Duration.ofHours(1));
    Violation v = only(MissingTrackingNumber.explain(MissingTrackingFacts.of(PLACED, shipped.plus(Duration.ofDays(2)))
        .withShippedAt(shipped).withFulfillment(Fulfillment.MARKETPLACE_SELLER)));
    assertEquals(MissingTrackingCodes.SELLER_NOT_ENTERED, v.reason());
    assertEquals(MissingTrackingCodes.CONTACT_SELLER, v.remedies().get(0).kind());
  }

  @Test
  void systemDelaySaysWhomToCallAndWhetherTheyAreOpen() {
    Instant shipped = PLACED.plus(Duration.ofHours(1));
    // now = 2026-12-02T03:00Z = 12:00 JST, 25 h after shipping: open by both claims
    Violation v = only(MissingTrackingNumber.explain(MissingTrackingFacts.of(PLACED, Instant.parse("2026-12-02T03:00:00Z"))
        .withShippedAt(shipped).withCarrier(Carrier.SAGAWA)));
    assertEquals(MissingTrackingCodes.SYSTEM_DELAY, v.reason());
    Remedy call = v.remedies().get(0);
    assertEquals("0120-899-543", call.parameters().get(MissingTrackingCodes.PHONE));
    assertEquals(OpenStatus.OPEN, call.parameters().get(MissingTrackingCodes.OPEN_NOW));
    // 23:00 JST: the seed's two statements disagree
    Instant lateNight = Instant.parse("2026-12-02T14:00:00Z");
    Remedy late = only(MissingTrackingNumber.explain(MissingTrackingFacts.of(PLACED, lateNight).withShippedAt(shipped)
        )).remedies().get(0);
    assertEquals(OpenStatus.UNCERTAIN, late.parameters().get(MissingTrackingCodes.OPEN_NOW));
    assertEquals("Contact Amazon customer service at 0120-899-543 (hours 9:00–21:00 / 24h; sources disagree on "
        + "whether it is open now) or by chat.", late.message(Locale.ENGLISH));
  }

  @Test
  void policyAndFactsAreValidated() {
    assertThrows(IllegalArgumentException.class,
        () -> MissingTrackingFacts.of(PLACED, PLACED.minusSeconds(1)));
    assertThrows(IllegalArgumentException.class,
        () -> MissingTrackingFacts.of(PLACED, PLACED.plusSeconds(10)).withShippedAt(PLACED.minusSeconds(1)));
    assertThrows(IllegalArgumentException.class,
        () -> MissingTrackingFacts.of(PLACED, PLACED.plusSeconds(10)).withShippedAt(PLACED.plusSeconds(20)));
    assertThrows(IllegalArgumentException.class,
        () -> MissingTrackingPolicy.defaults().withRegistrationDelay(Duration.ZERO));
    MissingTrackingPolicy quick = MissingTrackingPolicy.defaults().withRegistrationDelay(Duration.ofHours(1));
    Instant shipped = PLACED.plusSeconds(60);
    Decision d = MissingTrackingNumber.rules(quick, ContactDirectory.defaults())
        .evaluate(MissingTrackingFacts.of(PLACED, shipped.plus(Duration.ofHours(2))).withShippedAt(shipped));
    assertTrue(d.hasReason(MissingTrackingCodes.SYSTEM_DELAY));
    new NullPointerTester().setDefault(ContactDirectory.class, ContactDirectory.defaults())
        .setDefault(MissingTrackingPolicy.class, MissingTrackingPolicy.defaults())
        .testAllPublicStaticMethods(MissingTrackingNumber.class);
    new NullPointerTester().testAllPublicStaticMethods(MissingTrackingFacts.class);
  }

  @Property
  void exactlyOneReasonForAnyValidFacts(@ForAll @IntRange(min = 0, max = 200) int hoursToShip,
      @ForAll @IntRange(min = 0, max = 200) int hoursSinceShip, @ForAll boolean shipped, @ForAll Fulfillment who,
      @ForAll boolean carrierKnown, @ForAll Carrier carrier) {
    Instant shippedAt = PLACED.plus(Duration.ofHours(hoursToShip));
    Instant now = shippedAt.plus(Duration.ofHours(hoursSinceShip));
    MissingTrackingFacts facts = MissingTrackingFacts.of(PLACED, now).withFulfillment(who);
    if (shipped) {
      facts = facts.withShippedAt(shippedAt);
    }
    if (carrierKnown) {
      facts = facts.withCarrier(carrier);
    }
    Decision d = MissingTrackingNumber.explain(facts);
    assertEquals(1, d.violations().size());
    assertEquals(Decision.Status.DENIED, d.status());
    for (Locale locale : new Locale[] {Locale.JAPANESE, Locale.ENGLISH}) {
      assertTrue(!d.explain(locale).isBlank());
    }
  }
}
