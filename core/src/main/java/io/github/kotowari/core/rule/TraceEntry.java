package io.github.kotowari.core.rule;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One line of a decision's trace: a rule, what it said, and why.
 *
 * <p>Traces are built only in {@link Mode#ALL_WITH_TRACE}. Equality is by all fields. This class is
 * immutable and thread-safe.
 *
 * <pre>{@code
 * for (TraceEntry entry : rules.evaluate(order, Mode.ALL_WITH_TRACE).trace()) {
 *   log.info(entry.ruleId() + " " + entry.result());   // "shop.express-shipping PASSED"
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class TraceEntry {

  /**
   * The result of one rule in a trace.
   *
   * @since 0.1.0
   */
  public enum Result {
    /** The rule passed. */
    PASSED,
    /** The rule's guard did not hold. */
    NOT_APPLICABLE,
    /** The rule was violated. */
    VIOLATED,
    /** The rule threw. */
    FAILED
  }

  private final String ruleId;
  private final String description;
  private final Result result;
  private final ImmutableList<Violation> violations;
  private final @Nullable RuleFailure failure;

  TraceEntry(String ruleId, String description, Result result, ImmutableList<Violation> violations,
      @Nullable RuleFailure failure) {
    this.ruleId = requireNonNull(ruleId);
    this.description = requireNonNull(description);
    this.result = requireNonNull(result);
    this.violations = requireNonNull(violations);
    this.failure = failure;
  }

  /**
   * Returns the rule's id.
   *
   * @return the id
   */
  public String ruleId() {
    return ruleId;
  }

  /**
   * Returns the rule's description.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Returns what the rule said.
   *
   * @return the result
   */
  public Result result() {
    return result;
  }

  /**
   * Returns the rule's violations; empty unless {@link Result#VIOLATED}.
   *
   * @return the violations
   */
  public ImmutableList<Violation> violations() {
    return violations;
  }

  /**
   * Returns the failure if the rule threw.
   *
   * @return the failure, or empty
   */
  public Optional<RuleFailure> failure() {
    return Optional.ofNullable(failure);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof TraceEntry)) {
      return false;
    }
    TraceEntry that = (TraceEntry) other;
    return ruleId.equals(that.ruleId) && description.equals(that.description) && result == that.result
        && violations.equals(that.violations) && java.util.Objects.equals(failure, that.failure);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(ruleId, description, result, violations, failure);
  }

  /** Returns {@code ruleId: RESULT} and the violations or failure. */
  @Override
  public String toString() {
    return ruleId + ": " + result + (violations.isEmpty() ? "" : " " + violations)
        + (failure == null ? "" : " " + failure);
  }
}
