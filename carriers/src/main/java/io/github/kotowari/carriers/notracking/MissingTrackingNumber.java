package io.github.kotowari.carriers.notracking;

import static java.util.Objects.requireNonNull;

import io.github.kotowari.carriers.CarrierCodes;
import io.github.kotowari.carriers.Carrier;
import io.github.kotowari.carriers.contact.Contact;
import io.github.kotowari.carriers.contact.ContactDirectory;
import io.github.kotowari.carriers.contact.OpeningHours;
import io.github.kotowari.carriers.contact.Organization;
import io.github.kotowari.core.rule.Decision;
import io.github.kotowari.core.rule.Outcome;
import io.github.kotowari.core.rule.Remedy;
import io.github.kotowari.core.rule.Rule;
import io.github.kotowari.core.rule.RuleSet;
import io.github.kotowari.core.rule.Violation;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * "Why is there no tracking number yet?" as a {@link RuleSet}: each rule that applies reports one
 * reason (as a violation) with remedies that say when to look again and whom to contact, when they
 * are open. The reasons follow the project's seed table (not shipped yet; carrier not registered
 * yet; marketplace seller did not enter it; system delay) plus Amazon's own delivery, which has no
 * carrier number.
 *
 * <pre>{@code
 * Decision why = MissingTrackingNumber.explain(MissingTrackingFacts.of(placed, now));
 * why.hasReason(MissingTrackingCodes.NOT_SHIPPED_YET);  // true
 * why.explain(Locale.JAPANESE);
 * }</pre>
 *
 * <p>Rules, with the durations of {@link MissingTrackingPolicy}; "elapsed" is the time since
 * shipping:
 *
 * <ol>
 *   <li>{@code no-tracking.not-shipped}: not shipped → {@link MissingTrackingCodes#NOT_SHIPPED_YET},
 *       look again after {@code now + recheckInterval} (and, for a marketplace seller, read its
 *       shipping mail);
 *   <li>{@code no-tracking.amazon-delivery}: shipped with carrier {@link Carrier#AMAZON} → tracked on
 *       Amazon only;
 *   <li>{@code no-tracking.not-registered}: shipped by another carrier or an unknown one, elapsed
 *       below the wait ({@code registrationDelay}, or {@code sellerEntryGrace} for a marketplace
 *       seller) → carrier not registered yet, look again when the wait ends, read the shipping mail;
 *   <li>{@code no-tracking.seller-not-entered}: a marketplace seller, elapsed at least {@code
 *       sellerEntryGrace} → ask the seller;
 *   <li>{@code no-tracking.system-delay}: fulfilled by Amazon, elapsed at least {@code
 *       registrationDelay} → system delay, contact Amazon customer service (number, hours and
 *       whether it is open at {@code now}, from the {@link ContactDirectory}).
 * </ol>
 *
 * <p>For valid facts exactly one of rules 1–5 applies, so the decision always carries one reason.
 * Times in messages are Japan time. Thread-safe.
 *
 * @since 0.1.0
 */
public final class MissingTrackingNumber {
  private static final DateTimeFormatter JAPAN_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'JST'", Locale.ROOT).withZone(OpeningHours.JAPAN);
  private static final RuleSet<MissingTrackingFacts> DEFAULT_RULES =
      rules(MissingTrackingPolicy.defaults(), ContactDirectory.defaults());

  private MissingTrackingNumber() {}

  /**
   * Returns the rule set with the default policy and contacts.
   *
   * @return the rule set
   */
  public static RuleSet<MissingTrackingFacts> rules() {
    return DEFAULT_RULES;
  }

  /**
   * Returns the rule set with another policy or contact directory.
   *
   * @param policy the waiting times
   * @param directory where the customer-service line and its hours come from
   * @return the rule set
   */
  public static RuleSet<MissingTrackingFacts> rules(MissingTrackingPolicy policy, ContactDirectory directory) {
    requireNonNull(policy, "policy");
    requireNonNull(directory, "directory");
    Contact service = directory.mainContact(Organization.AMAZON_JAPAN);
    return RuleSet.of(
        Rule.<MissingTrackingFacts>of("no-tracking.not-shipped", "The order has shipped", facts -> {
          if (facts.shippedAt().isPresent()) {
            return Outcome.pass();
          }
          Violation.Builder v = Violation.builder(MissingTrackingCodes.NOT_SHIPPED_YET)
              .remedy(lookAgain(facts.now().plus(policy.recheckInterval())));
          if (facts.fulfillment() == Fulfillment.MARKETPLACE_SELLER) {
            v.remedy(Remedy.of(MissingTrackingCodes.CHECK_SHIPPING_MAIL));
          }
          return Outcome.violated(v.build());
        }),
        Rule.<MissingTrackingFacts>of("no-tracking.amazon-delivery", "Amazon's own delivery has no carrier number",
            facts -> facts.shippedAt().isPresent() && isAmazonDelivery(facts)
                ? Outcome.violated(Violation.builder(MissingTrackingCodes.AMAZON_DELIVERY)
                    .remedy(Remedy.of(CarrierCodes.TRACK_ON_AMAZON)).build())
                : Outcome.pass()),
        Rule.<MissingTrackingFacts>of("no-tracking.not-registered", "The carrier has had time to register the parcel",
            facts -> {
              if (facts.shippedAt().isEmpty() || isAmazonDelivery(facts)) {
                return Outcome.notApplicable();
              }
              Duration wait = waitFor(facts, policy);
              Instant shipped = facts.shippedAt().orElseThrow();
              if (!Duration.between(shipped, facts.now()).minus(wait).isNegative()) {
                return Outcome.pass();
              }
              return Outcome.violated(Violation.builder(MissingTrackingCodes.CARRIER_NOT_REGISTERED_YET)
                  .with(MissingTrackingCodes.HOURS, wait.toHours())
                  .remedy(lookAgain(shipped.plus(wait)))
                  .remedy(Remedy.of(MissingTrackingCodes.CHECK_SHIPPING_MAIL)).build());
            }),
        Rule.<MissingTrackingFacts>of("no-tracking.seller-not-entered", "The marketplace seller entered the number",
            facts -> {
              if (facts.fulfillment() != Fulfillment.MARKETPLACE_SELLER || facts.shippedAt().isEmpty()
                  || isAmazonDelivery(facts) || elapsed(facts).compareTo(policy.sellerEntryGrace()) < 0) {
                return Outcome.notApplicable();
              }
              return Outcome.violated(Violation.builder(MissingTrackingCodes.SELLER_NOT_ENTERED)
                  .with(MissingTrackingCodes.HOURS, policy.sellerEntryGrace().toHours())
                  .remedy(Remedy.of(MissingTrackingCodes.CONTACT_SELLER)).build());
            }),
        Rule.<MissingTrackingFacts>of("no-tracking.system-delay", "The number appears within the usual delay",
            facts -> {
              if (facts.fulfillment() != Fulfillment.AMAZON || facts.shippedAt().isEmpty()
                  || isAmazonDelivery(facts) || elapsed(facts).compareTo(policy.registrationDelay()) < 0) {
                return Outcome.notApplicable();
              }
              return Outcome.violated(Violation.builder(MissingTrackingCodes.SYSTEM_DELAY)
                  .with(MissingTrackingCodes.HOURS, policy.registrationDelay().toHours())
                  .remedy(Remedy.builder(MissingTrackingCodes.CONTACT_CUSTOMER_SERVICE)
                      .with(MissingTrackingCodes.PHONE, service.phoneDisplay())
                      .with(MissingTrackingCodes.OPENING_HOURS, service.hours().summary())
                      .with(MissingTrackingCodes.OPEN_NOW, service.hours().statusAt(facts.now())).build())
                  .build());
            }));
  }

  /**
   * Evaluates the default rules: the reasons why there is no tracking number yet.
   *
   * @param facts the order's facts
   * @return the decision; each violation is one reason, with remedies
   */
  public static Decision explain(MissingTrackingFacts facts) {
    return DEFAULT_RULES.evaluate(requireNonNull(facts, "facts"));
  }

  private static boolean isAmazonDelivery(MissingTrackingFacts facts) {
    return facts.carrier().filter(c -> c == Carrier.AMAZON).isPresent();
  }

  private static Duration waitFor(MissingTrackingFacts facts, MissingTrackingPolicy policy) {
    return facts.fulfillment() == Fulfillment.MARKETPLACE_SELLER ? policy.sellerEntryGrace() : policy.registrationDelay();
  }

  private static Duration elapsed(MissingTrackingFacts facts) {
    return Duration.between(facts.shippedAt().orElseThrow(), facts.now());
  }

  private static Remedy lookAgain(Instant at) {
    return Remedy.builder(MissingTrackingCodes.LOOK_AGAIN).with(MissingTrackingCodes.AT, JAPAN_TIME.format(at)).build();
  }
}
