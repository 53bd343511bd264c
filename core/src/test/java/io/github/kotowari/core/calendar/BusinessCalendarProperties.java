package io.github.kotowari.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class BusinessCalendarProperties {

  static final JapaneseHolidays HOLIDAYS = JapaneseHolidays.standard();
  static final BusinessCalendar PLAIN = BusinessCalendar.of(HOLIDAYS);
  static final BusinessCalendar BANKS = BusinessCalendar.banking(HOLIDAYS);

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.longs().between(LocalDate.of(1962, 1, 1).toEpochDay(), LocalDate.of(2087, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  /** A calendar with the inputs it was built from (no annual span if {@code first} is null), to decide openness independently. */
  record Spec(Set<DayOfWeek> weekend, MonthDay first, MonthDay last, Set<LocalDate> closed, BusinessCalendar calendar) {
    /** Whether {@code d} is a business day, decided from the inputs alone. */
    boolean isOpen(LocalDate d) {
      if (weekend.contains(d.getDayOfWeek()) || HOLIDAYS.isHoliday(d) || closed.contains(d)) {
        return false;
      }
      if (first == null) {
        return true;
      }
      MonthDay md = MonthDay.from(d);
      boolean inSpan = first.isAfter(last)
          ? !md.isBefore(first) || !md.isAfter(last)
          : !md.isBefore(first) && !md.isAfter(last);
      return !inSpan;
    }

    @Override
    public String toString() {
      return "weekend=" + weekend + " every year " + first + ".." + last + " closed=" + closed;
    }
  }

  @Provide
  Arbitrary<Spec> calendars() {
    Arbitrary<Spec> random = Combinators.combine(
            Arbitraries.of(DayOfWeek.class).set().ofMaxSize(3),
            Arbitraries.integers().between(1, 12),
            Arbitraries.integers().between(1, 28),
            Arbitraries.integers().between(0, 10),
            dates().set().ofMaxSize(20))
        .as((weekend, month, day, length, closed) -> {
          MonthDay first = MonthDay.of(month, day);
          MonthDay last = MonthDay.from(LocalDate.of(2001, month, day).plusDays(length));
          BusinessCalendar calendar = BusinessCalendar.builder(HOLIDAYS).weekend(weekend.toArray(DayOfWeek[]::new))
              .closeEveryYear(first, last).closeAll(closed).build();
          return new Spec(weekend, first, last, closed, calendar);
        });
    Set<DayOfWeek> saturdaySunday = Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    return Arbitraries.oneOf(
        Arbitraries.just(new Spec(saturdaySunday, MonthDay.of(12, 31), MonthDay.of(1, 3), Set.of(), BANKS)),
        Arbitraries.just(new Spec(saturdaySunday, null, null, Set.of(), PLAIN)),
        random);
  }

  /** An independent, day-by-day walk: the definition the fast calendar must agree with. */
  static LocalDate walk(Spec spec, LocalDate date, int n) {
    LocalDate d = date;
    int step = n > 0 ? 1 : -1;
    for (int left = Math.abs(n); left > 0; ) {
      d = d.plusDays(step);
      if (spec.isOpen(d)) {
        left--;
      }
    }
    return d;
  }

  @Property
  void addThenBetweenGivesBackN(@ForAll("calendars") Spec spec, @ForAll("dates") LocalDate date,
      @ForAll @IntRange(min = -1500, max = 1500) int n) {
    BusinessCalendar calendar = spec.calendar();
    LocalDate result = calendar.addBusinessDays(date, n);
    assertEquals(n, calendar.businessDaysBetween(date, result));
    if (n != 0) {
      assertTrue(calendar.isBusinessDay(result));
    }
    if (calendar.isBusinessDay(date)) {
      assertEquals(date, calendar.addBusinessDays(result, -n));
    }
  }

  @Property
  void addAgreesWithADayByDayWalk(@ForAll("calendars") Spec spec, @ForAll("dates") LocalDate date,
      @ForAll @IntRange(min = -70, max = 70) int n) {
    assertEquals(walk(spec, date, n), spec.calendar().addBusinessDays(date, n));
    assertEquals(spec.isOpen(date), spec.calendar().isBusinessDay(date));
  }

  @Property
  void betweenAgreesWithCounting(@ForAll("calendars") Spec spec, @ForAll("dates") LocalDate from,
      @ForAll @IntRange(min = -400, max = 400) int offset) {
    BusinessCalendar calendar = spec.calendar();
    LocalDate to = from.plusDays(offset);
    int count = 0;
    if (offset >= 0) {
      for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
        count += spec.isOpen(d) ? 1 : 0;
      }
    } else {
      for (LocalDate d = to; d.isBefore(from); d = d.plusDays(1)) {
        count -= spec.isOpen(d) ? 1 : 0;
      }
    }
    assertEquals(count, calendar.businessDaysBetween(from, to));
  }

  /** The next business day is never a holiday, a weekend day or a closure, and nothing open is skipped. */
  @Property
  void nextBusinessDayIsNeverAHolidayOrWeekend(@ForAll("dates") LocalDate date) {
    for (BusinessCalendar calendar : List.of(PLAIN, BANKS)) {
      LocalDate next = calendar.nextBusinessDay(date);
      assertTrue(next.isAfter(date));
      assertFalse(HOLIDAYS.isHoliday(next), next::toString);
      assertFalse(Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY).contains(next.getDayOfWeek()), next::toString);
      for (LocalDate d = date.plusDays(1); d.isBefore(next); d = d.plusDays(1)) {
        assertTrue(HOLIDAYS.isHoliday(d) || d.getDayOfWeek().getValue() >= 6
            || (calendar == BANKS && (d.getMonthValue() == 12 && d.getDayOfMonth() == 31
                || d.getMonthValue() == 1 && d.getDayOfMonth() <= 3)), d::toString);
      }
      LocalDate previous = calendar.previousBusinessDay(date);
      assertTrue(previous.isBefore(date));
      assertFalse(HOLIDAYS.isHoliday(previous));
      assertEquals(calendar.isBusinessDay(date) ? date : next, calendar.businessDayOnOrAfter(date));
    }
  }

  /** The bank calendar never opens between December 31 and January 3. */
  @Property
  void banksAreClosedAtTheYearEnd(@ForAll @IntRange(min = 1949, max = 2099) int year, @ForAll @IntRange(min = 0, max = 3) int offset) {
    assertFalse(BANKS.isBusinessDay(LocalDate.of(year - 1, 12, 31).plusDays(offset)));
  }
}
