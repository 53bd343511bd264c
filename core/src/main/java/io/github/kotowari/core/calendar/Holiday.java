package io.github.kotowari.core.calendar;

import io.github.kotowari.core.Language;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * One Japanese holiday: its date, its name (which carries its {@linkplain HolidayKind kind}) and
 * whether it is still provisional.
 *
 * <pre>{@code
 * Holiday h = JapaneseHolidays.standard().holiday(LocalDate.of(2026, 9, 22)).orElseThrow();
 * h.kind();                  // CITIZENS
 * h.name(Locale.JAPAN);      // "国民の休日"
 * h.provisional();           // false: 2026 is announced
 * }</pre>
 *
 * <p>A holiday is <em>provisional</em> when its year is later than the last year the Cabinet Office
 * has announced (see {@link JapaneseHolidays#lastAnnouncedYear()}): it is what the law and the
 * equinox approximation give, not yet what the government has published.
 *
 * <p>Two holidays are equal when their dates, names and provisional flags are equal. This record is
 * immutable and thread-safe.
 *
 * @param date the day, not null
 * @param name the holiday's name, not null
 * @param provisional whether the day is computed for a year not yet officially announced
 * @since 0.1.0
 */
public record Holiday(LocalDate date, HolidayName name, boolean provisional) {

  /**
   * Creates a holiday value.
   *
   * @param date the day, not null
   * @param name the holiday's name, not null
   * @param provisional whether the day is computed for a year not yet officially announced
   * @throws NullPointerException if {@code date} or {@code name} is null
   */
  public Holiday {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(name, "name");
  }

  /**
   * Returns the kind of rule that makes this day a holiday.
   *
   * @return the kind, never null
   */
  public HolidayKind kind() {
    return name.kind();
  }

  /**
   * Returns the holiday's name in the language of {@code locale}.
   *
   * @param locale the reader's locale, not null; {@code ja} gives Japanese, anything else English
   * @return the name, never null
   */
  public String name(Locale locale) {
    return name.in(Language.of(locale));
  }
}
