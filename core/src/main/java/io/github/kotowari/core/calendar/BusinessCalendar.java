package io.github.kotowari.core.calendar;

import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A Japanese business-day calendar: every day is a business day except weekends, the holidays of a
 * {@link JapaneseHolidays} calendar, and any extra closures the builder adds.
 *
 * <pre>{@code
 * BusinessCalendar banks = BusinessCalendar.banking(JapaneseHolidays.standard());
 * banks.nextBusinessDay(LocalDate.of(2026, 12, 30));          // 2027-01-04: Dec 31 – Jan 3 closed
 * banks.addBusinessDays(LocalDate.of(2026, 9, 18), 1);        // 2026-09-24: 21–23 are holidays
 * BusinessCalendar obon = BusinessCalendar.builder(JapaneseHolidays.standard())
 *     .closeEveryYear(MonthDay.of(8, 13), MonthDay.of(8, 16))
 *     .build();
 * }</pre>
 *
 * <p><b>Counting.</b> {@link #addBusinessDays(LocalDate, int)} walks {@code n} business days from a
 * date, not counting the date itself: {@code n = 1} is the next business day, {@code n = -1} the
 * previous one, {@code n = 0} the date unchanged. {@link #businessDaysBetween(LocalDate, LocalDate)}
 * counts the same steps: the business days after {@code from} up to and including {@code to} when
 * {@code to} is later, and minus the business days from {@code to} up to but excluding {@code from}
 * when it is earlier. So {@code businessDaysBetween(d, addBusinessDays(d, n)) == n} for every date
 * and every {@code n}.
 *
 * <p><b>Cost.</b> The non-working days of the whole supported range ({@value
 * JapaneseHolidays#FIRST_DATE_TEXT} to {@value JapaneseHolidays#LAST_DATE_TEXT}) are computed once,
 * when the calendar is built, into a bit set with a running count of business days per 64 days (about
 * 10 KB). After that {@link #isBusinessDay(LocalDate)} and {@link #businessDaysBetween(LocalDate,
 * LocalDate)} take constant time, and {@link #addBusinessDays(LocalDate, int)} and its relatives a
 * binary search; none of them loops over days or allocates anything but the returned date.
 *
 * <p>Dates, and results, outside the supported range are rejected with a {@link
 * CalendarRangeException}. The weekend defaults to Saturday and Sunday; the calendar does not know
 * about half days or business hours.
 *
 * <p>Two calendars are equal when they have the same holiday calendar and the same non-working days.
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class BusinessCalendar {
  /** The first day of the bank year-end closure: December 31. */
  public static final MonthDay BANK_YEAR_END_FIRST = MonthDay.of(12, 31);
  /** The last day of the bank year-end closure: January 3. */
  public static final MonthDay BANK_YEAR_END_LAST = MonthDay.of(1, 3);

  private static final int WORDS = (HolidayTable.DAYS + 63) >>> 6;

  private final JapaneseHolidays holidays;
  private final ImmutableSet<DayOfWeek> weekend;
  private final ImmutableList<Span> annualClosures;
  private final ImmutableSortedSet<LocalDate> closedDates;
  /** Bit {@code i} set: day {@code i} of the supported range is not a business day. */
  private final long[] closed;
  /** {@code businessBefore[w]}: business days in the words before {@code w}; one extra entry, the total. */
  private final int[] businessBefore;
  private final int total;
  private final int hash;

  /** A closure repeated every year, possibly across the year end. */
  record Span(MonthDay first, MonthDay last) {
    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "%02d-%02d..%02d-%02d", first.getMonthValue(),
          first.getDayOfMonth(), last.getMonthValue(), last.getDayOfMonth());
    }
  }

  private BusinessCalendar(Builder b) {
    this.holidays = b.holidays;
    this.weekend = Sets.immutableEnumSet(b.weekend);
    this.annualClosures = ImmutableList.copyOf(b.annual);
    this.closedDates = ImmutableSortedSet.copyOf(b.dates);
    long[] bits = new long[WORDS];
    for (int i = 0; i < HolidayTable.DAYS; i++) {
      if (weekend.contains(HolidayTable.dayOfWeek(i)) || holidays.isHolidayIndex(i)) {
        bits[i >>> 6] |= 1L << i;
      }
    }
    for (int i = HolidayTable.DAYS; i < WORDS * 64; i++) {
      bits[i >>> 6] |= 1L << i; // padding past the range never counts as a business day
    }
    for (Span span : annualClosures) {
      for (int y = HolidayTable.FIRST_DATE.getYear() - 1; y <= HolidayTable.LAST_DATE.getYear(); y++) {
        LocalDate first = span.first().atYear(y);
        LocalDate last = span.last().atYear(span.last().isBefore(span.first()) ? y + 1 : y);
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
          if (HolidayTable.inRange(d.toEpochDay())) {
            int i = HolidayTable.index(d);
            bits[i >>> 6] |= 1L << i;
          }
        }
      }
    }
    for (LocalDate d : closedDates) {
      int i = HolidayTable.index(d);
      bits[i >>> 6] |= 1L << i;
    }
    int[] before = new int[WORDS + 1];
    for (int w = 0; w < WORDS; w++) {
      before[w + 1] = before[w] + Long.bitCount(~bits[w]);
    }
    this.closed = bits;
    this.businessBefore = before;
    this.total = before[WORDS];
    this.hash = 31 * holidays.hashCode() + Arrays.hashCode(bits);
  }

  /**
   * Returns the calendar of Saturdays, Sundays and the holidays of {@code holidays}, with no other
   * closures.
   *
   * @param holidays the holiday calendar, not null
   * @return the calendar, never null
   */
  public static BusinessCalendar of(JapaneseHolidays holidays) {
    return builder(holidays).build();
  }

  /**
   * Returns the calendar of Japanese banks: Saturdays, Sundays, the holidays of {@code holidays} and
   * December 31 to January 3 (銀行法 art. 15 and 銀行法施行令 art. 5).
   *
   * @param holidays the holiday calendar, not null
   * @return the calendar, never null
   */
  public static BusinessCalendar banking(JapaneseHolidays holidays) {
    return builder(holidays).bankYearEnd().build();
  }

  /**
   * Starts a calendar on {@code holidays} with a Saturday–Sunday weekend and no extra closures.
   *
   * @param holidays the holiday calendar, not null
   * @return a new builder, never null
   */
  public static Builder builder(JapaneseHolidays holidays) {
    return new Builder(Objects.requireNonNull(holidays, "holidays"));
  }

  /**
   * Returns the holiday calendar this calendar is built on.
   *
   * @return the holidays, never null
   */
  public JapaneseHolidays holidays() {
    return holidays;
  }

  /**
   * Returns the days of the week that are never business days.
   *
   * @return the weekend days, never null
   */
  public ImmutableSet<DayOfWeek> weekend() {
    return weekend;
  }

  /**
   * Returns whether {@code date} is a business day: not a weekend day, not a holiday, not closed.
   *
   * @param date the date, not null
   * @return true if it is a business day
   * @throws CalendarRangeException if the date is outside the supported range
   */
  public boolean isBusinessDay(LocalDate date) {
    int i = checkedIndex(date);
    return (closed[i >>> 6] & (1L << i)) == 0;
  }

  /**
   * Returns the first business day strictly after {@code date}.
   *
   * @param date the date, not null
   * @return the next business day, never null
   * @throws CalendarRangeException if the date or the result is outside the supported range
   */
  public LocalDate nextBusinessDay(LocalDate date) {
    return addBusinessDays(date, 1);
  }

  /**
   * Returns the last business day strictly before {@code date}.
   *
   * @param date the date, not null
   * @return the previous business day, never null
   * @throws CalendarRangeException if the date or the result is outside the supported range
   */
  public LocalDate previousBusinessDay(LocalDate date) {
    return addBusinessDays(date, -1);
  }

  /**
   * Returns {@code date} if it is a business day, otherwise the next business day.
   *
   * @param date the date, not null
   * @return the business day on or after {@code date}, never null
   * @throws CalendarRangeException if the date or the result is outside the supported range
   */
  public LocalDate businessDayOnOrAfter(LocalDate date) {
    return isBusinessDay(date) ? date : addBusinessDays(date, 1);
  }

  /**
   * Walks {@code n} business days from {@code date}, forward for positive {@code n} and backward
   * for negative {@code n}, not counting {@code date} itself. {@code n = 0} returns {@code date}
   * whether or not it is a business day.
   *
   * @param date the starting date, not null
   * @param n the number of business days, any int
   * @return the business day reached (or {@code date} when {@code n} is 0), never null
   * @throws CalendarRangeException if the date or the result is outside the supported range
   */
  public LocalDate addBusinessDays(LocalDate date, int n) {
    int i = checkedIndex(date);
    if (n == 0) {
      return date;
    }
    long k = n > 0 ? rankThrough(i) + (long) n : rankBefore(i) + (long) n + 1;
    if (k < 1 || k > total) {
      throw new CalendarRangeException("adding " + n + " business days to " + date
          + " goes outside the Japanese calendar");
    }
    return LocalDate.ofEpochDay(HolidayTable.FIRST_EPOCH_DAY + (long) select((int) k));
  }

  /**
   * Counts business days from {@code from} to {@code to}, the inverse of {@link
   * #addBusinessDays(LocalDate, int)}: if {@code to} is later, the business days in
   * ({@code from}, {@code to}]; if earlier, minus the business days in [{@code to}, {@code from});
   * 0 if equal.
   *
   * @param from the starting date, not null
   * @param to the end date, not null
   * @return the signed number of business days
   * @throws CalendarRangeException if either date is outside the supported range
   */
  public int businessDaysBetween(LocalDate from, LocalDate to) {
    int a = checkedIndex(from);
    int b = checkedIndex(to);
    return a <= b ? rankThrough(b) - rankThrough(a) : rankBefore(b) - rankBefore(a);
  }

  /** Business days with index {@code <= i}. */
  private int rankThrough(int i) {
    return businessBefore[i >>> 6] + Long.bitCount(~closed[i >>> 6] & (-1L >>> (63 - (i & 63))));
  }

  /** Business days with index {@code < i}. */
  private int rankBefore(int i) {
    return businessBefore[i >>> 6] + Long.bitCount(~closed[i >>> 6] & ((1L << i) - 1));
  }

  /** The index of the {@code k}-th business day (1-based), {@code 1 <= k <= total}. */
  private int select(int k) {
    int lo = 0;
    int hi = WORDS - 1;
    while (lo < hi) { // the last word w with businessBefore[w] < k
      int mid = (lo + hi + 1) >>> 1;
      if (businessBefore[mid] < k) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    long open = ~closed[lo];
    for (int r = k - businessBefore[lo]; r > 1; r--) {
      open &= open - 1; // drop the lowest business day; at most 63 steps
    }
    return (lo << 6) + Long.numberOfTrailingZeros(open);
  }

  private static int checkedIndex(LocalDate date) {
    long epochDay = date.toEpochDay();
    if (!HolidayTable.inRange(epochDay)) {
      throw CalendarRangeException.forDate("date", date);
    }
    return (int) epochDay - HolidayTable.FIRST_EPOCH_DAY;
  }

  /**
   * Returns whether {@code other} is a business calendar on an equal holiday calendar with the same
   * non-working days.
   *
   * @param other the object to compare, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof BusinessCalendar that && that.hash == hash && that.holidays.equals(holidays)
        && Arrays.equals(that.closed, closed);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return hash;
  }

  /**
   * Returns a description of the calendar's rules, such as
   * {@code BusinessCalendar[weekend=[SATURDAY, SUNDAY], every year=[12-31..01-03], closed dates=0, …]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "BusinessCalendar[weekend=" + weekend + ", every year=" + annualClosures + ", closed dates="
        + closedDates.size() + ", " + holidays + "]";
  }

  /**
   * Builds a {@link BusinessCalendar}. Not thread-safe; the calendar it builds is.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final JapaneseHolidays holidays;
    private final EnumSet<DayOfWeek> weekend = EnumSet.of(SATURDAY, SUNDAY);
    private final List<Span> annual = new ArrayList<>();
    private final TreeSet<LocalDate> dates = new TreeSet<>();

    private Builder(JapaneseHolidays holidays) {
      this.holidays = holidays;
    }

    /**
     * Replaces the weekend days (Saturday and Sunday by default).
     *
     * @param days the days of the week that are never business days, not null, may be empty
     * @return this builder
     */
    public Builder weekend(DayOfWeek... days) {
      weekend.clear();
      for (DayOfWeek d : days) {
        weekend.add(Objects.requireNonNull(d, "days"));
      }
      return this;
    }

    /**
     * Closes the days from {@code first} to {@code last} (inclusive) every year. If {@code last} is
     * earlier in the year than {@code first}, the closure runs across the year end, as in
     * December 31 to January 3. A span that names February 29 uses February 28 in other years.
     *
     * @param first the first closed day, not null
     * @param last the last closed day, not null
     * @return this builder
     */
    public Builder closeEveryYear(MonthDay first, MonthDay last) {
      annual.add(new Span(Objects.requireNonNull(first, "first"), Objects.requireNonNull(last, "last")));
      return this;
    }

    /**
     * Closes December 31 to January 3 every year, as banks do (the bank year-end holidays).
     *
     * @return this builder
     */
    public Builder bankYearEnd() {
      return closeEveryYear(BANK_YEAR_END_FIRST, BANK_YEAR_END_LAST);
    }

    /**
     * Closes one date.
     *
     * @param date the closed date, not null
     * @return this builder
     * @throws CalendarRangeException if the date is outside the supported range
     */
    public Builder close(LocalDate date) {
      checkedIndex(date);
      dates.add(date);
      return this;
    }

    /**
     * Closes every date of {@code closedDates}, such as a carrier's published Obon days.
     *
     * @param closedDates the closed dates, not null, no null element
     * @return this builder
     * @throws CalendarRangeException if a date is outside the supported range
     */
    public Builder closeAll(Iterable<LocalDate> closedDates) {
      for (LocalDate d : closedDates) {
        close(Objects.requireNonNull(d, "closedDates element"));
      }
      return this;
    }

    /**
     * Builds the calendar: computes its non-working days over the whole supported range.
     *
     * @return the calendar, never null
     */
    public BusinessCalendar build() {
      return new BusinessCalendar(this);
    }
  }
}
