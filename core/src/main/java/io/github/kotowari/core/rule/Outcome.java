package io.github.kotowari.core.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one rule says about one set of facts: it passed, it did not apply, or it was violated with one
 * or more {@link Violation}s.
 *
 * <pre>{@code
 * Rule<Order> notEmpty = Rule.of("shop.not-empty", "An order has lines",
 *     order -> order.lines().isEmpty() ? Outcome.violated(Violation.of(EMPTY)) : Outcome.pass());
 * }</pre>
 *
 * <p>{@link #pass()} and {@link #notApplicable()} return shared instances, so a rule that passes
 * allocates nothing. Equality is by status and violations. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Outcome {

  /**
   * The three things a rule can say.
   *
   * @since 0.1.0
   */
  public enum Status {
    /** The facts satisfy the rule. */
    PASSED,
    /** The rule's guard did not hold, so the rule says nothing; counts as passing. */
    NOT_APPLICABLE,
    /** The facts violate the rule; the outcome carries at least one violation. */
    VIOLATED
  }

  private static final Outcome PASS = new Outcome(Status.PASSED, ImmutableList.of());
  private static final Outcome NOT_APPLICABLE = new Outcome(Status.NOT_APPLICABLE, ImmutableList.of());

  private final Status status;
  private final ImmutableList<Violation> violations;

  private Outcome(Status status, ImmutableList<Violation> violations) {
    this.status = status;
    this.violations = violations;
  }

  /**
   * Returns the shared passing outcome.
   *
   * @return the outcome {@link Status#PASSED}
   */
  public static Outcome pass() {
    return PASS;
  }

  /**
   * Returns the shared "did not apply" outcome.
   *
   * @return the outcome {@link Status#NOT_APPLICABLE}
   */
  public static Outcome notApplicable() {
    return NOT_APPLICABLE;
  }

  /**
   * Returns a violated outcome.
   *
   * @param first the first violation, not null
   * @param more further violations, in order
   * @return the outcome {@link Status#VIOLATED}
   */
  public static Outcome violated(Violation first, Violation... more) {
    return new Outcome(Status.VIOLATED, ImmutableList.<Violation>builderWithExpectedSize(1 + more.length)
        .add(requireNonNull(first, "first")).add(more).build());
  }

  /**
   * Returns a violated outcome with the given violations.
   *
   * @param violations the violations, in order; at least one
   * @return the outcome {@link Status#VIOLATED}
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public static Outcome violated(List<Violation> violations) {
    checkArgument(!violations.isEmpty(), "a violated outcome needs at least one violation");
    return new Outcome(Status.VIOLATED, ImmutableList.copyOf(violations));
  }

  /**
   * Returns the status.
   *
   * @return the status
   */
  public Status status() {
    return status;
  }

  /**
   * Returns whether the rule is satisfied: passed or not applicable.
   *
   * @return true unless violated
   */
  public boolean passed() {
    return status != Status.VIOLATED;
  }

  /**
   * Returns the violations; empty unless {@link Status#VIOLATED}.
   *
   * @return the violations, in order
   */
  public ImmutableList<Violation> violations() {
    return violations;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Outcome && ((Outcome) other).status == status
        && ((Outcome) other).violations.equals(violations);
  }

  @Override
  public int hashCode() {
    return status.hashCode() * 31 + violations.hashCode();
  }

  /** Returns the status and, if violated, the violations. */
  @Override
  public String toString() {
    return violations.isEmpty() ? status.toString() : status + violations.toString();
  }
}
