package io.github.kotowari.konbini.lifecycle;

import static java.util.Objects.requireNonNull;

import io.github.kotowari.core.rule.Remedy;
import io.github.kotowari.core.rule.Violation;
import io.github.kotowari.konbini.store.PaymentNumber;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One konbini payment of an order, as an immutable record of its events: the number was issued, and
 * then perhaps paid, cancelled by the customer, or — once paid — returned and refunded. Expiry is not
 * an event: the state at any instant is derived from the events and the deadline, so nothing has to
 * run at the deadline.
 *
 * <pre>{@code
 * KonbiniPayment issued = KonbiniPayment.issue(number, issuedAt, LifecyclePolicy.amazonJapan()).orElseThrow();
 * issued.deadline();                                  // 6 days later, 23:59 JST
 * issued.stateAt(issued.deadline().instant());        // AWAITING_PAYMENT: the deadline itself is payable
 * issued.stateAt(issued.deadline().instant().plusNanos(1));   // EXPIRED
 * KonbiniPayment paid = issued.pay(paidAt).orElseThrow();
 * paid.cancel(later).isRejectedFor(LifecycleReasons.PAID_CANNOT_BE_CANCELLED);   // true
 * paid.returnAccepted(returned).orElseThrow().refund();   // gift card balance, 3 to 14 days
 * }</pre>
 *
 * <p><b>Events.</b> Each event takes its instant explicitly and returns a {@link Transition}: the new
 * payment, or a rejection with a reason code of {@link LifecycleReasons} and remedies. Rejected:
 * instants outside {@link LifecyclePolicy#isSupported(Instant) the supported range}, instants before
 * the latest recorded event, and every event the state at that instant does not allow (paying after
 * the deadline, cancelling after paying, refunding an unpaid order, doing anything twice). Events at
 * the same instant as the previous one are accepted, in the order they are recorded.
 *
 * <p><b>Sensitivity.</b> The payment number lets anyone pay or phish the order: {@link #toString()}
 * shows it masked, as {@link PaymentNumber#toString()} does; {@link #number()} gives the full value.
 *
 * <p>Equality is by number, policy and events. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class KonbiniPayment {
  private final PaymentNumber number;
  private final LifecyclePolicy policy;
  private final TokyoTime issued;
  private final TokyoTime deadline;
  private final @Nullable Reflection reflection;
  private final @Nullable TokyoTime cancelled;
  private final @Nullable RefundEstimate refund;

  private KonbiniPayment(PaymentNumber number, LifecyclePolicy policy, TokyoTime issued, TokyoTime deadline,
      @Nullable Reflection reflection, @Nullable TokyoTime cancelled, @Nullable RefundEstimate refund) {
    this.number = number;
    this.policy = policy;
    this.issued = issued;
    this.deadline = deadline;
    this.reflection = reflection;
    this.cancelled = cancelled;
    this.refund = refund;
  }

  /**
   * Issues a payment number at {@code issued} under {@code policy}: the payment awaits payment until
   * its deadline.
   *
   * @param number the number the customer brings to the store
   * @param issued when the number was issued (the order was confirmed)
   * @param policy the lifecycle policy
   * @return the new payment, or {@link LifecycleReasons#INSTANT_OUT_OF_RANGE} if {@code issued} or the
   *     deadline lies outside the supported range
   */
  public static Transition issue(PaymentNumber number, Instant issued, LifecyclePolicy policy) {
    requireNonNull(number, "number");
    requireNonNull(issued, "issued");
    requireNonNull(policy, "policy");
    try {
      TokyoTime deadline = policy.deadline().deadline(issued);
      return Transition.accepted(new KonbiniPayment(number, policy, TokyoTime.of(issued), deadline, null, null,
          null));
    } catch (LifecycleRangeException e) {
      return outOfRange(e.instant());
    }
  }

  /**
   * Returns the payment number. <b>Sensitive:</b> do not log {@code number().value()}.
   *
   * @return the number
   */
  public PaymentNumber number() {
    return number;
  }

  /**
   * Returns the policy the payment follows.
   *
   * @return the policy
   */
  public LifecyclePolicy policy() {
    return policy;
  }

  /**
   * Returns when the number was issued.
   *
   * @return the instant of issue
   */
  public TokyoTime issued() {
    return issued;
  }

  /**
   * Returns the last instant at which the payment can be made (inclusive).
   *
   * @return the deadline
   */
  public TokyoTime deadline() {
    return deadline;
  }

  /**
   * Returns when the customer paid, if they did.
   *
   * @return the payment instant, or empty
   */
  public Optional<TokyoTime> paid() {
    return reflection == null ? Optional.empty() : Optional.of(reflection.paid());
  }

  /**
   * Returns when the payment is expected to be reflected and shipping can start, if it was paid.
   *
   * @return the expected reflection, or empty
   */
  public Optional<Reflection> reflection() {
    return Optional.ofNullable(reflection);
  }

  /**
   * Returns when the customer cancelled, if they did.
   *
   * @return the cancellation instant, or empty
   */
  public Optional<TokyoTime> cancelled() {
    return Optional.ofNullable(cancelled);
  }

  /**
   * Returns the refund of a paid and returned order, if a return was accepted.
   *
   * @return the refund estimate, or empty
   */
  public Optional<RefundEstimate> refund() {
    return Optional.ofNullable(refund);
  }

  /**
   * Returns the instant at which the payment expires if nothing else happens: one nanosecond after
   * the deadline, unless it was paid or cancelled. The payment is expired at every instant from this
   * one on.
   *
   * @return the expiry instant, or empty if the payment was paid or cancelled
   */
  public Optional<Instant> expiredAt() {
    return reflection != null || cancelled != null ? Optional.empty()
        : Optional.of(deadline.instant().plusNanos(1));
  }

  /**
   * Returns the instant of the latest recorded event. Later events must not be dated before it.
   *
   * @return the latest event's instant
   */
  public TokyoTime lastEvent() {
    if (refund != null) {
      return refund.accepted();
    }
    if (reflection != null) {
      return reflection.paid();
    }
    return cancelled != null ? cancelled : issued;
  }

  /**
   * Returns the state of the payment at {@code at}, derived from its events and deadline. For any
   * two instants {@code a <= b}, {@code stateAt(a).stage() <= stateAt(b).stage()}, and a final state
   * never changes.
   *
   * @param at any instant, including {@link Instant#MIN} and {@link Instant#MAX}
   * @return the state, never null
   */
  public PaymentState stateAt(Instant at) {
    requireNonNull(at, "at");
    if (at.isBefore(issued.instant())) {
      return PaymentState.NOT_ISSUED;
    }
    if (refund != null && !at.isBefore(refund.accepted().instant())) {
      return PaymentState.REFUND_PENDING;
    }
    if (reflection != null && !at.isBefore(reflection.paid().instant())) {
      return PaymentState.PAID;
    }
    if (cancelled != null && !at.isBefore(cancelled.instant())) {
      return PaymentState.CANCELLED;
    }
    return at.isAfter(deadline.instant()) ? PaymentState.EXPIRED : PaymentState.AWAITING_PAYMENT;
  }

  /**
   * Records a payment at the store at {@code at}. Accepted while awaiting payment, up to and including
   * the deadline.
   *
   * @param at when the customer paid
   * @return the paid payment with its expected reflection, or a rejection:
   *     {@link LifecycleReasons#PAYMENT_EXPIRED}, {@link LifecycleReasons#ALREADY_PAID},
   *     {@link LifecycleReasons#ALREADY_CANCELLED}, {@link LifecycleReasons#BEFORE_PREVIOUS_EVENT} or
   *     {@link LifecycleReasons#INSTANT_OUT_OF_RANGE}
   */
  public Transition pay(Instant at) {
    Transition bad = checkInstant(at);
    if (bad != null) {
      return bad;
    }
    switch (stateAt(at)) {
      case AWAITING_PAYMENT:
        try {
          Reflection expected = policy.reflection().expectedReflection(at);
          return Transition.accepted(new KonbiniPayment(number, policy, issued, deadline, expected, null, null));
        } catch (LifecycleRangeException e) {
          return outOfRange(e.instant());
        }
      case EXPIRED:
        return Transition.rejected(Violation.builder(LifecycleReasons.PAYMENT_EXPIRED)
            .with(LifecycleReasons.AT, TokyoTime.of(at)).with(LifecycleReasons.DEADLINE, deadline)
            .remedy(Remedy.of(LifecycleReasons.ORDER_AGAIN)).build());
      case CANCELLED:
        return Transition.rejected(Violation.builder(LifecycleReasons.ALREADY_CANCELLED)
            .with(LifecycleReasons.CANCELLED, Objects.requireNonNull(cancelled))
            .remedy(Remedy.of(LifecycleReasons.ORDER_AGAIN)).build());
      default: // PAID, REFUND_PENDING
        return Transition.rejected(Violation.builder(LifecycleReasons.ALREADY_PAID)
            .with(LifecycleReasons.PAID, Objects.requireNonNull(reflection).paid())
            .remedy(Remedy.of(LifecycleReasons.CHECK_ORDER_HISTORY)).build());
    }
  }

  /**
   * Records the customer's cancellation at {@code at}. Accepted only while awaiting payment: a paid
   * order cannot be cancelled (return it for a refund instead), and an expired one cancelled itself.
   *
   * @param at when the customer cancelled
   * @return the cancelled payment, or a rejection: {@link LifecycleReasons#PAID_CANNOT_BE_CANCELLED},
   *     {@link LifecycleReasons#ALREADY_EXPIRED}, {@link LifecycleReasons#ALREADY_CANCELLED},
   *     {@link LifecycleReasons#BEFORE_PREVIOUS_EVENT} or {@link LifecycleReasons#INSTANT_OUT_OF_RANGE}
   */
  public Transition cancel(Instant at) {
    Transition bad = checkInstant(at);
    if (bad != null) {
      return bad;
    }
    switch (stateAt(at)) {
      case AWAITING_PAYMENT:
        return Transition.accepted(new KonbiniPayment(number, policy, issued, deadline, null, TokyoTime.of(at),
            null));
      case EXPIRED:
        return Transition.rejected(Violation.builder(LifecycleReasons.ALREADY_EXPIRED)
            .with(LifecycleReasons.DEADLINE, deadline).build());
      case CANCELLED:
        return Transition.rejected(Violation.builder(LifecycleReasons.ALREADY_CANCELLED)
            .with(LifecycleReasons.CANCELLED, Objects.requireNonNull(cancelled)).build());
      default: // PAID, REFUND_PENDING
        return Transition.rejected(Violation.builder(LifecycleReasons.PAID_CANNOT_BE_CANCELLED)
            .with(LifecycleReasons.PAID, Objects.requireNonNull(reflection).paid())
            .remedy(Remedy.builder(LifecycleReasons.RETURN_FOR_REFUND)
                .with(LifecycleReasons.CHANNEL, policy.refund().channel()).build())
            .build());
    }
  }

  /**
   * Records that a return of the paid order (or the shop's cancellation of it) was accepted at
   * {@code at}: the refund is paid through the policy's {@link RefundPolicy#channel() channel} —
   * for Amazon Japan only as gift card balance — within its window.
   *
   * @param at when the return was accepted
   * @return the payment with its refund estimate, or a rejection: {@link LifecycleReasons#NOT_PAID},
   *     {@link LifecycleReasons#REFUND_ALREADY_PENDING}, {@link LifecycleReasons#BEFORE_PREVIOUS_EVENT}
   *     or {@link LifecycleReasons#INSTANT_OUT_OF_RANGE}
   */
  public Transition returnAccepted(Instant at) {
    Transition bad = checkInstant(at);
    if (bad != null) {
      return bad;
    }
    PaymentState state = stateAt(at);
    switch (state) {
      case PAID:
        try {
          RefundEstimate estimate = policy.refund().estimate(at);
          return Transition.accepted(new KonbiniPayment(number, policy, issued, deadline, reflection, null,
              estimate));
        } catch (LifecycleRangeException e) {
          return outOfRange(e.instant());
        }
      case REFUND_PENDING:
        RefundEstimate pending = Objects.requireNonNull(refund);
        return Transition.rejected(Violation.builder(LifecycleReasons.REFUND_ALREADY_PENDING)
            .with(LifecycleReasons.ACCEPTED, pending.accepted()).with(LifecycleReasons.CHANNEL, pending.channel())
            .remedy(Remedy.builder(LifecycleReasons.WAIT_FOR_REFUND)
                .with(LifecycleReasons.CHANNEL, pending.channel()).build())
            .build());
      default: // AWAITING_PAYMENT, EXPIRED, CANCELLED
        Violation.Builder why = Violation.builder(LifecycleReasons.NOT_PAID);
        if (state == PaymentState.AWAITING_PAYMENT) {
          why.remedy(Remedy.of(LifecycleReasons.CANCEL_FROM_ORDER_HISTORY));
        }
        return Transition.rejected(why.build());
    }
  }

  private @Nullable Transition checkInstant(Instant at) {
    requireNonNull(at, "at");
    if (!LifecyclePolicy.isSupported(at)) {
      return outOfRange(at);
    }
    TokyoTime previous = lastEvent();
    if (at.isBefore(previous.instant())) {
      return Transition.rejected(Violation.builder(LifecycleReasons.BEFORE_PREVIOUS_EVENT)
          .with(LifecycleReasons.AT, TokyoTime.of(at)).with(LifecycleReasons.PREVIOUS, previous)
          .remedy(Remedy.of(LifecycleReasons.RECORD_IN_ORDER)).build());
    }
    return null;
  }

  private static Transition outOfRange(Instant instant) {
    TokyoTime first = TokyoTime.of(LifecyclePolicy.FIRST_SUPPORTED_INSTANT);
    TokyoTime last = TokyoTime.of(LifecyclePolicy.LAST_SUPPORTED_INSTANT);
    return Transition.rejected(Violation.builder(LifecycleReasons.INSTANT_OUT_OF_RANGE)
        .with(LifecycleReasons.INSTANT, instant).with(LifecycleReasons.FIRST, first)
        .with(LifecycleReasons.LAST, last)
        .remedy(Remedy.builder(LifecycleReasons.USE_SUPPORTED_INSTANT).with(LifecycleReasons.FIRST, first)
            .with(LifecycleReasons.LAST, last).build())
        .build());
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof KonbiniPayment that && number.equals(that.number) && policy.equals(that.policy)
        && issued.equals(that.issued) && deadline.equals(that.deadline)
        && Objects.equals(reflection, that.reflection) && Objects.equals(cancelled, that.cancelled)
        && Objects.equals(refund, that.refund);
  }

  @Override
  public int hashCode() {
    return Objects.hash(number, issued, deadline, reflection, cancelled, refund);
  }

  /**
   * Returns the masked number and the events, such as
   * {@code KonbiniPayment[payment number *******8901, issued=…, deadline=…, paid=…]}. Never the full
   * number.
   *
   * @return the description
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("KonbiniPayment[").append(number).append(", issued=").append(issued)
        .append(", deadline=").append(deadline);
    if (reflection != null) {
      out.append(", paid=").append(reflection.paid());
    }
    if (cancelled != null) {
      out.append(", cancelled=").append(cancelled);
    }
    if (refund != null) {
      out.append(", return accepted=").append(refund.accepted());
    }
    return out.append(']').toString();
  }
}
