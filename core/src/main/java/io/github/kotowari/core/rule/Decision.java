package io.github.kotowari.core.rule;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kotowari.core.Language;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The answer of a {@link RuleSet}: allowed or not, every violation in order, any rule that failed,
 * and — when asked for with {@link Mode#ALL_WITH_TRACE} — what every rule said.
 *
 * <pre>{@code
 * Decision decision = rules.evaluate(order);
 * if (!decision.isAllowed()) {
 *   for (Violation v : decision.violations()) {
 *     show(v.reason().code(), v.message(Locale.JAPANESE), v.remedies());
 *   }
 * }
 * System.out.println(decision.explain(Locale.ENGLISH));
 * }</pre>
 *
 * <p>Equality is by status, violations, failures and trace. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Decision {

  /**
   * The three kinds of answer.
   *
   * @since 0.1.0
   */
  public enum Status {
    /** Every rule passed or did not apply. */
    ALLOWED,
    /** At least one rule was violated and none failed. */
    DENIED,
    /** At least one rule threw: the answer is unknown, so it is not "allowed" either. */
    ERROR
  }

  private static final Decision ALLOWED =
      new Decision(ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), false);

  private final ImmutableList<Violation> violations;
  private final ImmutableList<RuleFailure> failures;
  private final ImmutableList<TraceEntry> trace;
  private final boolean traced;

  private Decision(ImmutableList<Violation> violations, ImmutableList<RuleFailure> failures,
      ImmutableList<TraceEntry> trace, boolean traced) {
    this.violations = violations;
    this.failures = failures;
    this.trace = trace;
    this.traced = traced;
  }

  static Decision of(ImmutableList<Violation> violations, ImmutableList<RuleFailure> failures,
      ImmutableList<TraceEntry> trace, boolean traced) {
    return new Decision(requireNonNull(violations), requireNonNull(failures), requireNonNull(trace), traced);
  }

  /**
   * Returns the shared decision "allowed, nothing traced".
   *
   * @return the allowed decision
   */
  public static Decision allowed() {
    return ALLOWED;
  }

  /**
   * Returns the status: {@link Status#ERROR} if any rule failed, else {@link Status#DENIED} if any
   * was violated, else {@link Status#ALLOWED}.
   *
   * @return the status
   */
  public Status status() {
    if (!failures.isEmpty()) {
      return Status.ERROR;
    }
    return violations.isEmpty() ? Status.ALLOWED : Status.DENIED;
  }

  /**
   * Returns whether the facts are allowed: no violation and no failure.
   *
   * @return true only for {@link Status#ALLOWED}
   */
  public boolean isAllowed() {
    return violations.isEmpty() && failures.isEmpty();
  }

  /**
   * Returns the violations in rule order (only the first one in {@link Mode#FIRST_VIOLATION}).
   *
   * @return the violations, never null
   */
  public ImmutableList<Violation> violations() {
    return violations;
  }

  /**
   * Returns the rules that threw.
   *
   * @return the failures, never null
   */
  public ImmutableList<RuleFailure> failures() {
    return failures;
  }

  /**
   * Returns whether this decision carries a trace ({@link Mode#ALL_WITH_TRACE}).
   *
   * @return true if traced
   */
  public boolean isTraced() {
    return traced;
  }

  /**
   * Returns one entry per rule, in evaluation order; empty unless {@link #isTraced()}.
   *
   * @return the trace, never null
   */
  public ImmutableList<TraceEntry> trace() {
    return trace;
  }

  /**
   * Returns whether some violation has the reason {@code reason}.
   *
   * @param reason the reason code, not null
   * @return true if a violation has it
   */
  public boolean hasReason(ReasonCode reason) {
    requireNonNull(reason, "reason");
    for (Violation violation : violations) {
      if (violation.reason().equals(reason)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Renders the decision for a person: the verdict, then each reason with its remedies, then any
   * failure, one per line.
   *
   * @param locale the reader's locale, not null; Japanese for {@code ja}, English otherwise
   * @return the explanation, several lines separated by {@code \n}
   */
  public String explain(Locale locale) {
    boolean ja = Language.of(requireNonNull(locale, "locale")) == Language.JAPANESE;
    StringBuilder out = new StringBuilder();
    switch (status()) {
      case ALLOWED:
        out.append(ja ? "判定: 可" : "Decision: allowed");
        break;
      case DENIED:
        out.append(ja ? "判定: 不可（理由 " + violations.size() + " 件）"
            : "Decision: not allowed (" + violations.size() + (violations.size() == 1 ? " reason)" : " reasons)"));
        break;
      default:
        out.append(ja ? "判定: エラー（判定できません）" : "Decision: error (no decision could be made)");
        break;
    }
    int n = 0;
    for (Violation violation : violations) {
      out.append('\n').append(++n).append(". ").append(violation.message(locale))
          .append(" [").append(violation.reason().code()).append(']');
      for (Remedy remedy : violation.remedies()) {
        out.append("\n   → ").append(remedy.message(locale));
      }
    }
    for (RuleFailure failure : failures) {
      out.append("\n! ").append(failure.message(locale));
    }
    return out.toString();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof Decision)) {
      return false;
    }
    Decision that = (Decision) other;
    return violations.equals(that.violations) && failures.equals(that.failures) && trace.equals(that.trace)
        && traced == that.traced;
  }

  @Override
  public int hashCode() {
    return violations.hashCode() * 31 + failures.hashCode() * 7 + trace.hashCode() + (traced ? 1 : 0);
  }

  /** Returns the status and the reason codes, such as {@code DENIED[konbini.amount-over-limit]}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(status().toString()).append('[');
    for (int i = 0; i < violations.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(violations.get(i).reason().code());
    }
    for (RuleFailure failure : failures) {
      out.append(out.charAt(out.length() - 1) == '[' ? "" : ", ").append(failure);
    }
    return out.append(']').toString();
  }
}
