package io.github.kotowari.konbini.lifecycle;

import io.github.kotowari.core.Language;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * When and where the refund of a paid konbini order is expected, from {@link RefundPolicy#estimate}.
 *
 * <pre>{@code
 * RefundEstimate e = RefundPolicy.amazonJapan().estimate(accepted);
 * e.describe(Locale.ENGLISH);   // "Refund to the gift card balance, expected between … and …"
 * }</pre>
 *
 * <p>Equality is by all fields. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class RefundEstimate {
  private final RefundChannel channel;
  private final TokyoTime accepted;
  private final @Nullable TokyoTime earliest;
  private final @Nullable TokyoTime latest;

  RefundEstimate(RefundChannel channel, TokyoTime accepted, @Nullable TokyoTime earliest,
      @Nullable TokyoTime latest) {
    this.channel = channel;
    this.accepted = accepted;
    this.earliest = earliest;
    this.latest = latest;
  }

  /**
   * Returns where the refund goes.
   *
   * @return the channel
   */
  public RefundChannel channel() {
    return channel;
  }

  /**
   * Returns when the return was accepted.
   *
   * @return the instant of acceptance
   */
  public TokyoTime accepted() {
    return accepted;
  }

  /**
   * Returns the earliest expected arrival, if the policy has a window.
   *
   * @return the earliest instant, or empty
   */
  public Optional<TokyoTime> earliest() {
    return Optional.ofNullable(earliest);
  }

  /**
   * Returns the latest expected arrival, if the policy has a window.
   *
   * @return the latest instant, or empty
   */
  public Optional<TokyoTime> latest() {
    return Optional.ofNullable(latest);
  }

  /**
   * Describes the refund for a customer in {@code locale}'s language.
   *
   * @param locale the reader's locale
   * @return one sentence
   */
  public String describe(Locale locale) {
    boolean ja = Language.of(locale) == Language.JAPANESE;
    String where = channel.display(locale);
    if (earliest == null || latest == null) {
      return ja ? where + "に返金されます。" : "Refund to " + where + ".";
    }
    return ja ? where + "に返金されます（" + earliest.display(locale) + " 〜 " + latest.display(locale) + " の見込み）。"
        : "Refund to " + where + ", expected between " + earliest.display(locale) + " and "
            + latest.display(locale) + ".";
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof RefundEstimate that && channel == that.channel && accepted.equals(that.accepted)
        && Objects.equals(earliest, that.earliest) && Objects.equals(latest, that.latest);
  }

  @Override
  public int hashCode() {
    return Objects.hash(channel, accepted, earliest, latest);
  }

  /**
   * Returns a description such as {@code RefundEstimate[GIFT_CARD_BALANCE, accepted=…, …]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "RefundEstimate[" + channel + ", accepted=" + accepted + ", earliest=" + earliest + ", latest=" + latest
        + "]";
  }
}
