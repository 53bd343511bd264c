package io.github.kotowari.konbini.lifecycle;

import static java.util.Objects.requireNonNull;

import io.github.kotowari.core.rule.ReasonCode;
import io.github.kotowari.core.rule.Violation;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a lifecycle event ({@link KonbiniPayment#issue}, {@link KonbiniPayment#pay},
 * {@link KonbiniPayment#cancel}, {@link KonbiniPayment#returnAccepted}): either the payment after the
 * event, or a rejection with a reason code and remedies. A rejection is a normal business answer
 * ("a paid order cannot be cancelled"), not an exception.
 *
 * <pre>{@code
 * Transition t = payment.cancel(now);
 * if (t.isAccepted()) {
 *   payment = t.payment().orElseThrow();
 * } else {
 *   show(t.rejection().orElseThrow().message(Locale.JAPANESE));
 * }
 * }</pre>
 *
 * <p>Equality is by payment or rejection. {@link #toString()} masks the payment number. This class is
 * immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Transition {
  private final @Nullable KonbiniPayment payment;
  private final @Nullable Violation rejection;

  private Transition(@Nullable KonbiniPayment payment, @Nullable Violation rejection) {
    this.payment = payment;
    this.rejection = rejection;
  }

  static Transition accepted(KonbiniPayment payment) {
    return new Transition(requireNonNull(payment), null);
  }

  static Transition rejected(Violation rejection) {
    return new Transition(null, requireNonNull(rejection));
  }

  /**
   * Returns whether the event was accepted.
   *
   * @return true if {@link #payment()} is present
   */
  public boolean isAccepted() {
    return payment != null;
  }

  /**
   * Returns whether the event was rejected.
   *
   * @return true if {@link #rejection()} is present
   */
  public boolean isRejected() {
    return rejection != null;
  }

  /**
   * Returns the payment after the event, if it was accepted.
   *
   * @return the new payment, or empty
   */
  public Optional<KonbiniPayment> payment() {
    return Optional.ofNullable(payment);
  }

  /**
   * Returns why the event was rejected, with its parameters and remedies, if it was.
   *
   * @return the rejection, or empty
   */
  public Optional<Violation> rejection() {
    return Optional.ofNullable(rejection);
  }

  /**
   * Returns whether the event was rejected for {@code reason}.
   *
   * @param reason a code of {@link LifecycleReasons}
   * @return true if rejected with that code
   */
  public boolean isRejectedFor(ReasonCode reason) {
    requireNonNull(reason, "reason");
    return rejection != null && rejection.reason().equals(reason);
  }

  /**
   * Returns the payment after the event.
   *
   * @return the payment
   * @throws IllegalStateException if the event was rejected; the message names the reason code
   */
  public KonbiniPayment orElseThrow() {
    if (payment == null) {
      throw new IllegalStateException("the event was rejected: " + Objects.requireNonNull(rejection).reason().code());
    }
    return payment;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Transition that && Objects.equals(payment, that.payment)
        && Objects.equals(rejection, that.rejection);
  }

  @Override
  public int hashCode() {
    return Objects.hash(payment, rejection);
  }

  /**
   * Returns {@code Accepted[payment]} or {@code Rejected[code{parameters}]}; the number is masked.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return payment != null ? "Accepted[" + payment + "]" : "Rejected[" + rejection + "]";
  }
}
