package io.github.kotowari.docs.cli;

import io.github.kotowari.core.calendar.Holiday;
import io.github.kotowari.core.calendar.JapaneseHolidays;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code kotowari holidays YEAR [YEAR2]}: Japan's holidays of one year or of a span of years, one per
 * line as {@code date<TAB>name_ja<TAB>name_en}, with a fourth column {@code provisional} for years
 * after the last officially announced year.
 */
@Command(name = "holidays", mixinStandardHelpOptions = true,
    description = {"Print Japan's holidays of YEAR (or YEAR to YEAR2): date, Japanese name, English name.",
        "Days in years not yet announced by the Cabinet Office are marked 'provisional'."})
final class HolidaysCommand implements Callable<Integer> {
  /** Arguments are echoed back at most this long, so a 1 MB argument does not flood the terminal. */
  private static final int MAX_ECHO = 24;
  private static final Pattern YEAR = Pattern.compile("[0-9]{4}");

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Parameters(arity = "0..*", paramLabel = "YEAR", description = "a year from 1948 to 2099; an optional second YEAR ends the span")
  List<String> args = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (args.isEmpty() || args.size() > 2) {
      err.println("kotowari holidays: expected YEAR [YEAR2], such as 'holidays 2026' or 'holidays 2026 2027'");
      return 2;
    }
    Integer first = year(args.get(0), "YEAR", err);
    Integer last = args.size() == 2 ? year(args.get(1), "YEAR2", err) : first;
    if (first == null || last == null) {
      return 2;
    }
    if (last < first) {
      err.println("kotowari holidays: YEAR2 must not be before YEAR, got " + first + " and " + last);
      return 2;
    }
    JapaneseHolidays holidays = JapaneseHolidays.standard();
    PrintWriter out = spec.commandLine().getOut();
    for (int year = first; year <= last; year++) {
      for (Holiday h : holidays.holidaysIn(year)) {
        out.println(h.date() + "\t" + h.name().japanese() + "\t" + h.name().english()
            + (h.provisional() ? "\tprovisional" : ""));
      }
    }
    return 0;
  }

  private static @Nullable Integer year(String text, String name, PrintWriter err) {
    if (text.length() == 4 && YEAR.matcher(text).matches()) {
      int year = Integer.parseInt(text);
      if (year >= JapaneseHolidays.FIRST_DATE.getYear() && year <= JapaneseHolidays.LAST_DATE.getYear()) {
        return year;
      }
    }
    return fail(name, "a year from 1948 to 2099 in ASCII digits, such as 2026", text, err);
  }

  /**
   * Prints one line naming the bad argument, its accepted form and (shortened, control characters
   * replaced) what was given; returns null so callers can exit with code 2. Shared with
   * {@link BusinessDaysCommand}.
   */
  static <T> @Nullable T fail(String name, String form, String text, PrintWriter err) {
    StringBuilder shown = new StringBuilder();
    text.codePoints().limit(MAX_ECHO).forEach(c -> shown.appendCodePoint(Character.isISOControl(c) ? '?' : c));
    String ellipsis = text.codePointCount(0, text.length()) > MAX_ECHO ? "…" : "";
    err.println("kotowari: " + name + " must be " + form + "; got '" + shown + ellipsis + "'");
    return null;
  }
}
