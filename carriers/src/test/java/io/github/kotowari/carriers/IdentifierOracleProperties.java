package io.github.kotowari.carriers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The optimized {@link Identifier} gives exactly the identification of the plain {@link
 * IdentifierOracle}: same verdict, readings in the same order, same reasons, same valid reading, on
 * digit strings of every format length, letter-and-digit shapes, pasted text with separators and
 * full-width characters, and hostile text, in every market, with and without hints and unsourced
 * formats.
 */
class IdentifierOracleProperties {

  @Property(tries = 3000)
  void optimizedIdentificationEqualsTheReference(@ForAll("inputs") String text, @ForAll("contexts") IdentifyContext ctx) {
    IdentifierOracle.Expected expected = IdentifierOracle.identify(text, ctx);
    Identification actual = Identifier.identify(text, ctx);
    assertEquals(expected.input(), actual.input());
    assertEquals(expected.verdict(), actual.verdict());
    assertEquals(expected.readings(), actual.readings());
    assertEquals(expected.reasons(), actual.reasons());
    assertEquals(expected.validReading(), actual.validReading());
    assertEquals(expected.readings().stream().findFirst(), actual.best());
    assertEquals(expected.verdict(), Identifier.verdict(text, ctx));
    assertEquals(actual, Identifier.identify(text, ctx));
    assertEquals(actual.hashCode(), Identifier.identify(text, ctx).hashCode());
  }

  @Provide
  Arbitrary<String> inputs() {
    Arbitrary<String> digits = Arbitraries.integers().between(1, 44)
        .flatMap(n -> Arbitraries.strings().numeric().ofLength(n));
    Arbitrary<String> shaped = Arbitraries.strings().withChars("0123456789ABCDJPZTBMX").ofMinLength(1).ofMaxLength(44);
    Arbitrary<String> prefixed = Combinators.combine(
        Arbitraries.of("1Z", "DA", "TA", "TB", "TBA", "TBC", "D01", "96", "92", "420", "A", "B", "EG", "RR", ""),
        Arbitraries.integers().between(1, 40).flatMap(n -> Arbitraries.strings().numeric().ofLength(n)),
        Arbitraries.of("", "JP", "GB", "A", "B", "D", "X"))
        .as((p, d, s) -> p + d + s);
    Arbitrary<String> pasted = Arbitraries.strings()
        .withChars("0123456789０１２３４５６７８９-－ー 　abcｊｐ\u200B\u202E.#")
        .ofMinLength(0).ofMaxLength(60);
    // Long numbers pasted with separators and full-width digits (dashed Amazon orders, spaced USPS).
    Arbitrary<String> separated = Arbitraries.strings()
        .withChars("0123456789012345678901234567890123456789０１２３４５６７８９-－ー 　\u200B")
        .ofMinLength(14).ofMaxLength(72);
    Arbitrary<String> hostile = Arbitraries.strings().all().ofMaxLength(80);
    return Arbitraries.oneOf(digits, shaped, prefixed, pasted, separated, hostile);
  }

  @Provide
  Arbitrary<IdentifyContext> contexts() {
    return Combinators.combine(Arbitraries.of(Market.values()), Arbitraries.of(Carrier.values()).injectNull(0.5),
        Arbitraries.of(true, false), priors())
        .as((market, hint, unsourced, priors) -> {
          IdentifyContext ctx = IdentifyContext.of(market).withUnsourcedFormats(unsourced).withPriors(priors);
          return hint == null ? ctx : ctx.withCarrierHint(hint);
        });
  }

  /** The defaults, or weights from a small set so that many readings tie and the tie order shows. */
  Arbitrary<Priors> priors() {
    Arbitrary<Double> weight = Arbitraries.of(0.0, 0.5, 1.0, 2.0);
    Arbitrary<Priors> custom = Combinators.combine(
        Arbitraries.of(Market.values()), Arbitraries.of(Carrier.values()), weight,
        Arbitraries.of(Confidence.values()), weight, Arbitraries.of(1.0, 2.0, 10.0))
        .as((market, carrier, carrierWeight, confidence, confidenceWeight, hintFactor) -> Priors.defaults()
            .withCarrierWeight(market, carrier, carrierWeight)
            .withConfidenceWeight(confidence, confidenceWeight)
            .withHintFactor(hintFactor));
    Arbitrary<Priors> flat = Arbitraries.just(flatPriors());
    return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(Priors.defaults())), Tuple.of(2, custom),
        Tuple.of(1, flat));
  }

  private static Priors flatPriors() {
    Priors flat = Priors.defaults();
    for (Market market : Market.values()) {
      for (Carrier carrier : Carrier.values()) {
        flat = flat.withCarrierWeight(market, carrier, 1.0);
      }
    }
    for (Confidence confidence : Confidence.values()) {
      flat = flat.withConfidenceWeight(confidence, 1.0);
    }
    return flat;
  }
}
