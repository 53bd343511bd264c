package io.github.kotowari.core.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.google.common.base.Strings;
import io.github.kotowari.core.calendar.BusinessCalendar;
import io.github.kotowari.core.calendar.CalendarRangeException;
import io.github.kotowari.core.calendar.DeadlineCutoff;
import io.github.kotowari.core.calendar.Deadlines;
import io.github.kotowari.core.calendar.JapaneseHolidays;
import io.github.kotowari.core.money.Yen;
import io.github.kotowari.core.money.YenFormatException;
import io.github.kotowari.core.money.YenFormatException.Problem;
import io.github.kotowari.core.money.YenParseResult;
import io.github.kotowari.core.order.ItemKind;
import io.github.kotowari.core.order.LineItem;
import io.github.kotowari.core.order.Order;
import io.github.kotowari.core.order.Seller;
import io.github.kotowari.core.order.ShippingOption;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The catalogue of hostile inputs for {@code core}, one named row each: what a customer, a scanner,
 * a log file or an attacker may hand to a public entry point. Each row states the typed answer
 * expected; none may end in an undocumented exception, a hang or a corrupted value.
 */
class CoreHostileInputTest {

  static final String ONE_MEGABYTE = Strings.repeat("9", 1 << 20);

  record Row(String name, String text, Problem expected) {}

  static List<Row> amountRows() {
    List<Row> rows = new ArrayList<>();
    rows.add(new Row("empty", "", Problem.EMPTY));
    rows.add(new Row("blank (ASCII and ideographic spaces, tab, line breaks)", " \u3000\t\r\n", Problem.EMPTY));
    rows.add(new Row("only dashes", "-‐‑‒–—―−ー－", Problem.NEGATIVE));
    rows.add(new Row("minus sign before digits", "-1500", Problem.NEGATIVE));
    rows.add(new Row("triangle (accounting negative)", "▲1500円", Problem.NEGATIVE));
    rows.add(new Row("decimal yen", "1.5万円", Problem.DECIMAL));
    rows.add(new Row("mixed scripts (kanji numerals)", "三十万円", Problem.BAD_CHARACTER));
    rows.add(new Row("Arabic-Indic digits", "٣٠٠", Problem.BAD_CHARACTER));
    rows.add(new Row("zero-width space inside", "300\u200B000", Problem.BAD_CHARACTER));
    rows.add(new Row("bidi override inside", "\u202E300000", Problem.BAD_CHARACTER));
    rows.add(new Row("unpaired high surrogate", "300\uD800", Problem.BAD_CHARACTER));
    rows.add(new Row("unpaired low surrogate", "\uDC00300", Problem.BAD_CHARACTER));
    rows.add(new Row("NUL", "300\u0000", Problem.BAD_CHARACTER));
    rows.add(new Row("commas in the wrong places", "30,0000", Problem.MALFORMED));
    rows.add(new Row("units out of order", "5万3億円", Problem.MALFORMED));
    rows.add(new Row("yen sign and 円 together", "¥300円", Problem.MALFORMED));
    rows.add(new Row("Long.MAX_VALUE + 1", "9223372036854775808", Problem.TOO_LARGE));
    rows.add(new Row("20 nines", "99999999999999999999", Problem.TOO_LARGE));
    rows.add(new Row("1 MB of digits", ONE_MEGABYTE, Problem.TOO_LONG));
    rows.add(new Row("1 MB of spaces around one digit", Strings.repeat(" ", 1 << 19) + "1"
        + Strings.repeat(" ", 1 << 19), Problem.TOO_LONG));
    return rows;
  }

  @TestFactory
  Stream<DynamicTest> amountsGiveTheirTypedProblem() {
    return amountRows().stream().map(row -> dynamicTest(row.name(), () -> {
      YenParseResult result = Yen.tryParse(row.text());
      assertFalse(result.isValid(), row.name());
      assertEquals(row.expected(), result.problem().orElseThrow());
      YenFormatException e = assertThrows(YenFormatException.class, () -> Yen.parse(row.text()));
      assertEquals(row.expected(), e.problem());
      assertTrue(e.getMessage().length() < 300, "the message does not echo the input");
    }));
  }

  @Test
  void theLargestAmountParsesAndOneMoreDoesNot() {
    assertEquals(Yen.MAX_VALUE, Yen.parse("9223372036854775807"));
    assertEquals(Yen.MAX_VALUE, Yen.parse("９２２３３７２０３６８５４７７５８０７円"));
  }

  @Test
  void arithmeticAtTheEdgesThrowsInsteadOfWrapping() {
    assertThrows(ArithmeticException.class, () -> Yen.MAX_VALUE.plus(1));
    assertThrows(ArithmeticException.class, () -> Yen.MIN_VALUE.minus(1));
    assertThrows(ArithmeticException.class, () -> Yen.MAX_VALUE.times(2));
    assertThrows(ArithmeticException.class, () -> Yen.of(Long.MIN_VALUE));
    assertEquals(Yen.MIN_VALUE, Yen.MAX_VALUE.negated());
  }

  @Test
  void negativePricesAreRejectedNamingTheField() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Yen.ofPrice(-1));
    assertTrue(e.getMessage().contains("-1") || e.getMessage().contains("negative"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> LineItem.of("a", 1, Yen.of(-1), ItemKind.PHYSICAL));
  }

  @Test
  void ordersThatCannotExistAreRejectedNamingTheField() {
    IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
        () -> Order.of(Seller.amazon(), ShippingOption.STANDARD, List.of()));
    assertTrue(empty.getMessage().contains("lines"), empty.getMessage());
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
        () -> LineItem.of("a", 0, Yen.of(1), ItemKind.PHYSICAL));
    assertTrue(zero.getMessage().contains("quantity"), zero.getMessage());
    LineItem a = LineItem.of("same", 1, Yen.of(1), ItemKind.PHYSICAL);
    IllegalArgumentException duplicate = assertThrows(IllegalArgumentException.class,
        () -> Order.of(Seller.amazon(), ShippingOption.STANDARD, a, a));
    assertTrue(duplicate.getMessage().contains("same"), duplicate.getMessage());
  }

  @Test
  void anOrderWhoseTotalOverflowsIsRejectedNotWrapped() {
    LineItem huge = LineItem.of("huge", 1, Yen.MAX_VALUE, ItemKind.PHYSICAL);
    LineItem one = LineItem.of("one", 1, Yen.of(1), ItemKind.PHYSICAL);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Order.of(Seller.amazon(), ShippingOption.STANDARD, huge, one));
    assertTrue(e.getMessage().contains("lines[1]"), "names the line where the total overflows: " + e.getMessage());
    assertTrue(e.getCause() instanceof ArithmeticException);
    IllegalArgumentException line = assertThrows(IllegalArgumentException.class,
        () -> LineItem.of("many", Integer.MAX_VALUE, Yen.of(Long.MAX_VALUE / 2), ItemKind.PHYSICAL));
    assertTrue(line.getMessage().contains("quantity"), line.getMessage());
  }

  @Test
  void aMillionLineOrderIsBuiltAndSummed() {
    List<LineItem> lines = new ArrayList<>(1_000_000);
    for (int i = 0; i < 1_000_000; i++) {
      lines.add(LineItem.of("l" + i, 1, Yen.of(1), ItemKind.PHYSICAL));
    }
    Order order = Order.of(Seller.amazon(), ShippingOption.STANDARD, lines);
    assertEquals(Yen.of(1_000_000), order.total());
    assertEquals(1_000_000, order.totalQuantity());
  }

  @Test
  void calendarEdgesAnswerOrNameTheSupportedRange() {
    JapaneseHolidays holidays = JapaneseHolidays.standard();
    assertTrue(holidays.isSupported(LocalDate.of(1948, 7, 20)));
    assertFalse(holidays.isSupported(LocalDate.of(1948, 7, 19)));
    assertTrue(holidays.isSupported(LocalDate.of(2099, 12, 31)));
    for (LocalDate outside : List.of(LocalDate.MIN, LocalDate.of(1948, 7, 19), LocalDate.of(2100, 1, 1),
        LocalDate.MAX)) {
      CalendarRangeException e = assertThrows(CalendarRangeException.class, () -> holidays.isHoliday(outside));
      assertTrue(e.getMessage().contains("1948-07-20") && e.getMessage().contains("2099-12-31"), e.getMessage());
    }
    BusinessCalendar calendar = BusinessCalendar.of(holidays);
    assertThrows(CalendarRangeException.class, () -> calendar.addBusinessDays(LocalDate.of(2099, 12, 30), 5));
  }

  @Test
  void deadlinesAcrossTheJstYearEndDoNotDependOnTheJvmZone() {
    // 2026-12-31T15:00Z is 2027-01-01T00:00 in Tokyo; the JVM's zone here is America/Los_Angeles.
    Instant newYearInTokyo = Instant.parse("2026-12-31T15:00:00Z");
    Deadlines tokyo = Deadlines.tokyo();
    assertEquals(LocalDate.of(2027, 1, 1), tokyo.localDate(newYearInTokyo));
    assertEquals(LocalDate.of(2026, 12, 31), tokyo.localDate(newYearInTokyo.minusNanos(1)));
    ZonedDateTime deadline = tokyo.daysAfter(newYearInTokyo.minusNanos(1), 1, DeadlineCutoff.END_OF_DAY);
    assertEquals(LocalDate.of(2027, 1, 1), deadline.toLocalDate());
    assertThrows(DateTimeException.class, () -> tokyo.daysAfter(Instant.MAX, 0, DeadlineCutoff.SAME_TIME));
  }
}
