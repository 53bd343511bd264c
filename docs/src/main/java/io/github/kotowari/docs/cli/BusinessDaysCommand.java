package io.github.kotowari.docs.cli;

import io.github.kotowari.core.calendar.BusinessCalendar;
import io.github.kotowari.core.calendar.CalendarRangeException;
import io.github.kotowari.core.calendar.JapaneseHolidays;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code kotowari business-days add DATE N}, {@code business-days next DATE} and
 * {@code business-days between D1 D2}: Japanese business days (weekends and national holidays
 * closed; with {@code --banks}, also December 31 to January 3).
 */
@Command(name = "business-days", mixinStandardHelpOptions = true,
    description = {"Japanese business days: weekends and national holidays are closed.",
        "  add DATE N       the date N business days after DATE (N may be negative)",
        "  next DATE        the first business day after DATE",
        "  between D1 D2    business days after D1 up to and including D2 (negative if D2 is earlier)",
        "Dates are YYYY-MM-DD, from 1948-07-20 to 2099-12-31."})
final class BusinessDaysCommand implements Callable<Integer> {

  static final String USAGE = "expected 'add DATE N', 'next DATE' or 'between D1 D2', with dates as YYYY-MM-DD";

  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]{1,9}");

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(names = "--banks", description = "also close December 31 to January 3, as banks do")
  boolean banks;

  @CommandLine.Parameters(arity = "0..*", paramLabel = "ARG", description = "add DATE N | next DATE | between D1 D2")
  List<String> args = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    String action = args.isEmpty() ? "" : args.get(0);
    int expected = switch (action) {
      case "add", "between" -> 3;
      case "next" -> 2;
      default -> -1;
    };
    if (expected != args.size()) {
      err.println("kotowari business-days: " + USAGE);
      return 2;
    }
    JapaneseHolidays holidays = JapaneseHolidays.standard();
    BusinessCalendar calendar = banks ? BusinessCalendar.banking(holidays) : BusinessCalendar.of(holidays);
    try {
      switch (action) {
        case "add" -> {
          LocalDate date = date(args.get(1), "DATE", err);
          Integer n = integer(args.get(2), "N", err);
          if (date == null || n == null) {
            return 2;
          }
          out.println(calendar.addBusinessDays(date, n));
        }
        case "next" -> {
          LocalDate date = date(args.get(1), "DATE", err);
          if (date == null) {
            return 2;
          }
          out.println(calendar.nextBusinessDay(date));
        }
        default -> {
          LocalDate from = date(args.get(1), "D1", err);
          LocalDate to = from == null ? null : date(args.get(2), "D2", err);
          if (from == null || to == null) {
            return 2;
          }
          out.println(calendar.businessDaysBetween(from, to));
        }
      }
    } catch (CalendarRangeException e) {
      err.println("kotowari business-days: " + e.getMessage());
      return 2;
    }
    return 0;
  }

  private static @Nullable LocalDate date(String text, String name, PrintWriter err) {
    String form = "a date YYYY-MM-DD from " + JapaneseHolidays.FIRST_DATE_TEXT + " to "
        + JapaneseHolidays.LAST_DATE_TEXT + ", such as 2026-12-30";
    if (text.length() != 10 || !DATE.matcher(text).matches()) {
      return HolidaysCommand.fail(name, form, text, err);
    }
    try {
      LocalDate date = LocalDate.parse(text);
      return JapaneseHolidays.standard().isSupported(date) ? date : HolidaysCommand.fail(name, form, text, err);
    } catch (DateTimeParseException e) {
      return HolidaysCommand.fail(name, form, text, err);
    }
  }

  private static @Nullable Integer integer(String text, String name, PrintWriter err) {
    if (text.length() <= 10 && INTEGER.matcher(text).matches()) {
      return Integer.parseInt(text);
    }
    return HolidaysCommand.fail(name, "a whole number of at most 9 digits, such as 20 or -3", text, err);
  }

}
