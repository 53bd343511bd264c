package io.github.kotowari.carriers;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The weights that rank the readings of a number: one weight per carrier and {@link Market}, and one
 * per {@link Confidence}. A reading's score is its carrier's weight in the context's market times
 * its confidence's weight, times {@link #hintFactor()} when its carrier is the context's hint.
 * Ranking never changes which readings are reported, only their order.
 *
 * <pre>{@code
 * Priors mine = Priors.defaults().withCarrierWeight(Market.AMAZON_JAPAN_DOMESTIC, Carrier.SAGAWA, 1.0);
 * Identifier.identify(text, IdentifyContext.of(Market.AMAZON_JAPAN_DOMESTIC).withPriors(mine));
 * }</pre>
 *
 * <p>Defaults, a policy and not data (no source gives carrier shares for Amazon Japan; the project's
 * seed lists Yamato, Sagawa and Japan Post for domestic orders, in that order, and Amazon's own
 * delivery):
 *
 * <table>
 *   <caption>default carrier weights</caption>
 *   <tr><th>carrier</th><th>UNSPECIFIED</th><th>AMAZON_JAPAN_DOMESTIC</th><th>INTERNATIONAL</th></tr>
 *   <tr><td>YAMATO</td><td>1.0</td><td>1.0</td><td>0.4</td></tr>
 *   <tr><td>SAGAWA</td><td>1.0</td><td>0.8</td><td>0.3</td></tr>
 *   <tr><td>JAPAN_POST</td><td>1.0</td><td>0.9</td><td>1.0</td></tr>
 *   <tr><td>AMAZON</td><td>1.0</td><td>1.0</td><td>0.5</td></tr>
 *   <tr><td>SEINO, FUKUYAMA</td><td>1.0</td><td>0.3</td><td>0.1</td></tr>
 *   <tr><td>DHL, FEDEX, UPU_POST</td><td>1.0</td><td>0.1</td><td>1.0</td></tr>
 *   <tr><td>UPS, USPS</td><td>1.0</td><td>0.05</td><td>0.8</td></tr>
 * </table>
 *
 * <p>Confidence weights: {@code CHECK_DIGIT_VERIFIED} 1.0, {@code FORMAT_ONLY} 0.5, {@code
 * UNSOURCED} 0.2, {@code CHECK_DIGIT_FAILED} 0.05. Hint factor: 10. Ties keep the declaration order
 * of {@link IdentifierFormat}.
 *
 * <p>Immutable and thread-safe; equal when every weight is equal.
 *
 * @since 0.1.0
 */
public final class Priors {
  private static final int CARRIERS = Carrier.values().length;
  private static final Priors DEFAULTS = new Priors(defaultCarrierWeights(),
      new double[] {1.0, 0.5, 0.2, 0.05}, 10.0);

  /** [market][carrier]. */
  private final double[][] carrierWeights;
  /** [confidence]. */
  private final double[] confidenceWeights;
  private final double hintFactor;

  private Priors(double[][] carrierWeights, double[] confidenceWeights, double hintFactor) {
    this.carrierWeights = carrierWeights;
    this.confidenceWeights = confidenceWeights;
    this.hintFactor = hintFactor;
  }

  private static double[][] defaultCarrierWeights() {
    double[][] w = new double[Market.values().length][CARRIERS];
    Arrays.fill(w[Market.UNSPECIFIED.ordinal()], 1.0);
    set(w, Market.AMAZON_JAPAN_DOMESTIC, 1.0, 0.8, 0.9, 1.0, 0.3, 0.3, 0.1, 0.1, 0.05, 0.05, 0.1);
    set(w, Market.INTERNATIONAL, 0.4, 0.3, 1.0, 0.5, 0.1, 0.1, 1.0, 1.0, 0.8, 0.8, 1.0);
    return w;
  }

  /** Weights in {@link Carrier} declaration order. */
  private static void set(double[][] w, Market market, double... weights) {
    System.arraycopy(weights, 0, w[market.ordinal()], 0, CARRIERS);
  }

  /**
   * Returns the documented default weights.
   *
   * @return the defaults
   */
  public static Priors defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the weight of {@code carrier} in {@code market}.
   *
   * @param market the market
   * @param carrier the carrier
   * @return the weight, at least 0
   */
  public double carrierWeight(Market market, Carrier carrier) {
    return carrierWeights[market.ordinal()][carrier.ordinal()];
  }

  /**
   * Returns the weight of readings of {@code confidence}.
   *
   * @param confidence the confidence
   * @return the weight, at least 0
   */
  public double confidenceWeight(Confidence confidence) {
    return confidenceWeights[confidence.ordinal()];
  }

  /**
   * Returns the factor applied to readings of the context's hinted carrier.
   *
   * @return the factor, at least 1
   */
  public double hintFactor() {
    return hintFactor;
  }

  /**
   * Returns a copy with one carrier weight changed.
   *
   * @param market the market
   * @param carrier the carrier
   * @param weight the new weight, finite and at least 0
   * @return the new priors
   * @throws IllegalArgumentException if {@code weight} is negative or not finite
   */
  public Priors withCarrierWeight(Market market, Carrier carrier, double weight) {
    requireNonNull(market, "market");
    requireNonNull(carrier, "carrier");
    checkWeight(weight);
    double[][] copy = new double[carrierWeights.length][];
    for (int i = 0; i < copy.length; i++) {
      copy[i] = carrierWeights[i].clone();
    }
    copy[market.ordinal()][carrier.ordinal()] = weight;
    return new Priors(copy, confidenceWeights, hintFactor);
  }

  /**
   * Returns a copy with one confidence weight changed.
   *
   * @param confidence the confidence
   * @param weight the new weight, finite and at least 0
   * @return the new priors
   * @throws IllegalArgumentException if {@code weight} is negative or not finite
   */
  public Priors withConfidenceWeight(Confidence confidence, double weight) {
    requireNonNull(confidence, "confidence");
    checkWeight(weight);
    double[] copy = confidenceWeights.clone();
    copy[confidence.ordinal()] = weight;
    return new Priors(carrierWeights, copy, hintFactor);
  }

  /**
   * Returns a copy with another hint factor.
   *
   * @param factor the factor, finite and at least 1
   * @return the new priors
   * @throws IllegalArgumentException if {@code factor} is below 1 or not finite
   */
  public Priors withHintFactor(double factor) {
    checkArgument(Double.isFinite(factor) && factor >= 1, "hint factor must be finite and >= 1, got %s", factor);
    return new Priors(carrierWeights, confidenceWeights, factor);
  }

  private static void checkWeight(double weight) {
    checkArgument(Double.isFinite(weight) && weight >= 0, "weight must be finite and >= 0, got %s", weight);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof Priors)) {
      return false;
    }
    Priors that = (Priors) other;
    return Arrays.deepEquals(carrierWeights, that.carrierWeights)
        && Arrays.equals(confidenceWeights, that.confidenceWeights) && hintFactor == that.hintFactor;
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.deepHashCode(carrierWeights), Arrays.hashCode(confidenceWeights), hintFactor);
  }

  /** Returns the weights in a compact form for debugging. */
  @Override
  public String toString() {
    return "Priors[carriers=" + Arrays.deepToString(carrierWeights) + ", confidence="
        + Arrays.toString(confidenceWeights) + ", hint=" + hintFactor + "]";
  }
}
