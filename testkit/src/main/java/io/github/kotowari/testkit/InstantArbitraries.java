package io.github.kotowari.testkit;

import io.github.kotowari.core.calendar.Deadlines;
import io.github.kotowari.core.calendar.Holiday;
import io.github.kotowari.core.calendar.JapaneseHolidays;
import io.github.kotowari.konbini.lifecycle.LifecyclePolicy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for the instants at which konbini payment numbers are issued and paid,
 * concentrated where deadline and reflection code breaks: just before and after midnight in Japan,
 * at the turn of a month and of a year, and around national holidays.
 *
 * <pre>{@code
 * @Property
 * void deadlineIsAfterIssue(@ForAll("issued") Instant issued) {
 *   assertTrue(DeadlinePolicy.amazonJapan().deadline(issued).instant().isAfter(issued));
 * }
 *
 * @Provide
 * Arbitrary<Instant> issued() { return InstantArbitraries.issuanceInstants(); }
 * }</pre>
 *
 * <p>Every instant is an offset of up to three hours, to the nanosecond, from midnight in
 * {@code Asia/Tokyo} of an edge day. Samples shrink towards simple values: the year towards 2026, the
 * month towards January, the edge towards New Year's Day and the offset towards midnight exactly, so
 * a failing property reports {@code 2026-01-01T00:00+09:00} or the nanosecond around it when it can.
 *
 * @since 0.1.0
 */
public final class InstantArbitraries {
  private InstantArbitraries() {}

  /** How far from midnight an instant may be: three hours, in nanoseconds. */
  private static final long SPREAD_NANOS = 3L * 3600 * 1_000_000_000L;

  private static final JapaneseHolidays HOLIDAYS = JapaneseHolidays.standard();

  /** Which day's midnight an instant lies near. */
  enum Edge {
    /** January 1: the year turns (and it is a holiday). */
    YEAR,
    /** The first of the month. */
    MONTH,
    /** The day of a national holiday. */
    HOLIDAY,
    /** The day after a national holiday. */
    AFTER_HOLIDAY,
    /** Any day of the month. */
    DAY
  }

  /**
   * Returns instants near midnight in Japan on edge days of the years 1949 to 2098.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<Instant> jstEdgeInstants() {
    return edgeInstants(1949, 2098);
  }

  /**
   * Returns instants at which a payment number may be issued: JST edge instants of 1950 to 2097, so
   * that every deadline of up to a year and its reflection stay inside the supported range.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<Instant> issuanceInstants() {
    return edgeInstants(1950, 2097);
  }

  /**
   * Returns instants at which a number issued at {@code issued} may be paid: near midnight in Japan on
   * the day of issue or one of the {@code maxDays} days after it, never before {@code issued}. Shrinks
   * towards {@code issued} itself.
   *
   * @param issued the instant of issue, in the supported range
   * @param maxDays how many days after the day of issue to reach, 0 to 400
   * @return the arbitrary, never null
   * @throws IllegalArgumentException if {@code maxDays} is out of range
   */
  public static Arbitrary<Instant> paymentInstants(Instant issued, int maxDays) {
    if (maxDays < 0 || maxDays > 400) {
      throw new IllegalArgumentException("maxDays is " + maxDays + "; expected 0 to 400");
    }
    LocalDate day = issued.atZone(Deadlines.ASIA_TOKYO).toLocalDate();
    Arbitrary<Instant> nearMidnight = Combinators.combine(
        Arbitraries.integers().between(0, maxDays + 1),
        Arbitraries.longs().between(-SPREAD_NANOS, SPREAD_NANOS))
        .as((k, offset) -> midnight(day.plusDays(k)).plusNanos(offset))
        .map(at -> at.isBefore(issued) ? issued : at);
    return Arbitraries.oneOf(Arbitraries.just(issued), nearMidnight);
  }

  /**
   * Returns instants the lifecycle must answer with a typed rejection or a documented exception:
   * {@link Instant#MIN}, {@link Instant#MAX}, the epoch's far past and future, and the nanoseconds just
   * outside {@link LifecyclePolicy#FIRST_SUPPORTED_INSTANT} and {@link LifecyclePolicy#LAST_SUPPORTED_INSTANT}.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<Instant> unsupportedInstants() {
    return Arbitraries.of(List.of(Instant.MIN, Instant.MAX, Instant.ofEpochSecond(-(1L << 40)),
        Instant.ofEpochSecond(1L << 40), LifecyclePolicy.FIRST_SUPPORTED_INSTANT.minusNanos(1),
        LifecyclePolicy.LAST_SUPPORTED_INSTANT.plusNanos(1), Instant.parse("2100-01-01T00:00:00Z"),
        Instant.parse("1900-01-01T00:00:00Z")));
  }

  private static Arbitrary<Instant> edgeInstants(int firstYear, int lastYear) {
    Arbitrary<Integer> year = Arbitraries.integers().between(firstYear - 2026, lastYear - 2026).map(d -> 2026 + d);
    Arbitrary<Integer> month = Arbitraries.integers().between(1, 12);
    Arbitrary<Integer> pick = Arbitraries.integers().between(0, 30);
    Arbitrary<Edge> edge = Arbitraries.of(Edge.class);
    Arbitrary<Long> offset = Arbitraries.longs().between(-SPREAD_NANOS, SPREAD_NANOS);
    return Combinators.combine(edge, year, month, pick, offset)
        .as((e, y, m, p, o) -> midnight(day(e, y, m, p)).plusNanos(o));
  }

  /** The edge day of kind {@code edge} in year {@code y}, month {@code m}, picking the {@code p}-th candidate. */
  static LocalDate day(Edge edge, int y, int m, int p) {
    switch (edge) {
      case YEAR:
        return LocalDate.of(y, 1, 1);
      case MONTH:
        return LocalDate.of(y, m, 1);
      case HOLIDAY:
      case AFTER_HOLIDAY:
        List<Holiday> holidays = HOLIDAYS.holidaysIn(y);
        LocalDate h = holidays.get(p % holidays.size()).date();
        return edge == Edge.HOLIDAY ? h : h.plusDays(1);
      default:
        LocalDate first = LocalDate.of(y, m, 1);
        return first.plusDays(p % first.lengthOfMonth());
    }
  }

  private static Instant midnight(LocalDate date) {
    return ZonedDateTime.of(date, LocalTime.MIDNIGHT, Deadlines.ASIA_TOKYO).toInstant();
  }
}
