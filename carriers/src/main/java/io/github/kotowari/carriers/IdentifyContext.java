package io.github.kotowari.carriers;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the caller knows about where a number comes from: the market, perhaps the carrier the shop
 * named, the ranking weights, and whether formats without a public source are wanted.
 *
 * <pre>{@code
 * IdentifyContext ctx = IdentifyContext.of(Market.AMAZON_JAPAN_DOMESTIC).withCarrierHint(Carrier.SAGAWA);
 * Identifier.identify("4350-7517-6056", ctx).verdict();  // VALID: the hint resolves 7DR's ambiguity
 * }</pre>
 *
 * <p>A carrier hint does two things: its readings rank first (see {@link Priors#hintFactor()}), and
 * when the number has at least one reading of the hinted carrier, the verdict is decided on that
 * carrier's readings alone (every reading is still listed). Unsourced formats (Seino, Fukuyama) are
 * off by default because they would match almost any 10–14-digit number; they are on when asked
 * for, or when the hint names their carrier.
 *
 * <p>Immutable and thread-safe; equal when all four parts are equal.
 *
 * @since 0.1.0
 */
public final class IdentifyContext {
  private static final IdentifyContext UNSPECIFIED = new IdentifyContext(Market.UNSPECIFIED, null, Priors.defaults(),
      false);

  private final Market market;
  private final @Nullable Carrier carrierHint;
  private final Priors priors;
  private final boolean unsourcedFormats;
  /** Derived: the formats reported in this context, one bit per format ordinal. */
  private final long includedFormats;
  /** Derived: {@link Reading#ranks} for this context's priors, market and hint. */
  private final int[] readingRanks;
  /** Derived: what {@link Identifier} decided before for this way of ranking; not part of the value. */
  private final MatchMemo memo;

  private IdentifyContext(Market market, @Nullable Carrier carrierHint, Priors priors, boolean unsourcedFormats) {
    this.market = market;
    this.carrierHint = carrierHint;
    this.priors = priors;
    this.unsourcedFormats = unsourcedFormats;
    long included = 0;
    for (IdentifierFormat format : IdentifierFormat.values()) {
      if (format.confidenceClass() != Confidence.UNSOURCED || unsourcedFormats || format.carrier() == carrierHint) {
        included |= 1L << format.ordinal();
      }
    }
    this.includedFormats = included;
    this.readingRanks = Reading.ranks(priors, market, carrierHint);
    this.memo = priors.equals(Priors.defaults()) ? MatchMemo.shared(market, carrierHint, unsourcedFormats)
        : new MatchMemo();
  }

  /**
   * Returns the context with nothing known.
   *
   * @return the default context
   */
  public static IdentifyContext unspecified() {
    return UNSPECIFIED;
  }

  /**
   * Returns a context for {@code market}, with default priors and no hint.
   *
   * @param market the market
   * @return the context
   */
  public static IdentifyContext of(Market market) {
    return new IdentifyContext(requireNonNull(market, "market"), null, Priors.defaults(), false);
  }

  /**
   * Returns a copy that names the carrier the shop or the customer says shipped the parcel.
   *
   * @param carrier the carrier
   * @return the new context
   */
  public IdentifyContext withCarrierHint(Carrier carrier) {
    return new IdentifyContext(market, requireNonNull(carrier, "carrier"), priors, unsourcedFormats);
  }

  /**
   * Returns a copy with other ranking weights.
   *
   * @param newPriors the weights
   * @return the new context
   */
  public IdentifyContext withPriors(Priors newPriors) {
    return new IdentifyContext(market, carrierHint, requireNonNull(newPriors, "newPriors"), unsourcedFormats);
  }

  /**
   * Returns a copy that reports (or not) formats no public source describes.
   *
   * @param enabled whether to report Seino and Fukuyama readings
   * @return the new context
   */
  public IdentifyContext withUnsourcedFormats(boolean enabled) {
    return new IdentifyContext(market, carrierHint, priors, enabled);
  }

  /**
   * Returns the market.
   *
   * @return the market
   */
  public Market market() {
    return market;
  }

  /**
   * Returns the hinted carrier.
   *
   * @return the carrier, or empty
   */
  public Optional<Carrier> carrierHint() {
    return Optional.ofNullable(carrierHint);
  }

  /**
   * Returns the ranking weights.
   *
   * @return the priors
   */
  public Priors priors() {
    return priors;
  }

  /**
   * Returns whether formats without a public source are reported.
   *
   * @return true if Seino and Fukuyama readings are wanted
   */
  public boolean unsourcedFormats() {
    return unsourcedFormats;
  }

  boolean includes(IdentifierFormat format) {
    return (includedFormats & (1L << format.ordinal())) != 0;
  }

  /** The formats {@link #includes included}, one bit per ordinal. */
  long includedFormats() {
    return includedFormats;
  }

  /** The rank of each reading index (see {@link Reading#ranks}); not to be modified. */
  int[] readingRanks() {
    return readingRanks;
  }

  MatchMemo memo() {
    return memo;
  }

  @Nullable Carrier hint() {
    return carrierHint;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof IdentifyContext)) {
      return false;
    }
    IdentifyContext that = (IdentifyContext) other;
    return market == that.market && carrierHint == that.carrierHint && priors.equals(that.priors)
        && unsourcedFormats == that.unsourcedFormats;
  }

  @Override
  public int hashCode() {
    return Objects.hash(market, carrierHint, priors, unsourcedFormats);
  }

  /** Returns the parts, such as {@code IdentifyContext[AMAZON_JAPAN_DOMESTIC, hint=SAGAWA]}. */
  @Override
  public String toString() {
    return "IdentifyContext[" + market + (carrierHint == null ? "" : ", hint=" + carrierHint)
        + (unsourcedFormats ? ", unsourced" : "") + (priors.equals(Priors.defaults()) ? "" : ", custom priors") + "]";
  }
}
