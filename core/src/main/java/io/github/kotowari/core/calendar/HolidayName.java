package io.github.kotowari.core.calendar;

import io.github.kotowari.core.Displayable;
import io.github.kotowari.core.Language;
import java.util.Locale;
import java.util.Objects;

/**
 * The name of a Japanese holiday, in Japanese and English, with the {@linkplain HolidayKind kind}
 * of rule that makes it a holiday.
 *
 * <pre>{@code
 * HolidayName.MOUNTAIN_DAY.display(Locale.JAPAN);    // "山の日"
 * HolidayName.MOUNTAIN_DAY.display(Locale.ENGLISH);  // "Mountain Day"
 * }</pre>
 *
 * <p>Japanese names are the legal names on the day itself: 2019-10-14 is {@link
 * #HEALTH_AND_SPORTS_DAY} (体育の日), because the renaming to スポーツの日 took effect on
 * 2020-01-01. English names follow the Cabinet Office's English usage; the one-off days are named
 * after their acts. {@link #cabinetOfficeLabel()} gives the label the Cabinet Office list
 * ({@code syukujitsu.csv}) prints instead, where it differs.
 *
 * @since 0.1.0
 */
public enum HolidayName implements Displayable {
  /** 元日, January 1. */
  NEW_YEARS_DAY("元日", "New Year's Day"),
  /** 成人の日: January 15 until 1999, the second Monday of January from 2000. */
  COMING_OF_AGE_DAY("成人の日", "Coming of Age Day"),
  /** 建国記念の日, February 11, from 1967. */
  NATIONAL_FOUNDATION_DAY("建国記念の日", "National Foundation Day"),
  /** 天皇誕生日: April 29 (1949–1988), December 23 (1989–2018), none in 2019, February 23 from 2020. */
  EMPERORS_BIRTHDAY("天皇誕生日", "The Emperor's Birthday"),
  /** 春分の日, the day of the vernal equinox in Japan Standard Time. */
  VERNAL_EQUINOX_DAY("春分の日", "Vernal Equinox Day"),
  /** 昭和の日, April 29, from 2007. */
  SHOWA_DAY("昭和の日", "Showa Day"),
  /** 憲法記念日, May 3. */
  CONSTITUTION_MEMORIAL_DAY("憲法記念日", "Constitution Memorial Day"),
  /** みどりの日: April 29 (1989–2006), May 4 from 2007. */
  GREENERY_DAY("みどりの日", "Greenery Day"),
  /** こどもの日, May 5. */
  CHILDRENS_DAY("こどもの日", "Children's Day"),
  /** 海の日: July 20 (1996–2002), the third Monday of July from 2003, moved in 2020 and 2021. */
  MARINE_DAY("海の日", "Marine Day"),
  /** 山の日: August 11 from 2016, moved in 2020 and 2021. */
  MOUNTAIN_DAY("山の日", "Mountain Day"),
  /** 敬老の日: September 15 (1966–2002), the third Monday of September from 2003. */
  RESPECT_FOR_THE_AGED_DAY("敬老の日", "Respect for the Aged Day"),
  /** 秋分の日, the day of the autumnal equinox in Japan Standard Time. */
  AUTUMNAL_EQUINOX_DAY("秋分の日", "Autumnal Equinox Day"),
  /** 体育の日: October 10 (1966–1999), the second Monday of October (2000–2019). */
  HEALTH_AND_SPORTS_DAY("体育の日", "Health and Sports Day"),
  /** スポーツの日: the second Monday of October from 2020 (moved to July in 2020 and 2021). */
  SPORTS_DAY("スポーツの日", "Sports Day"),
  /** 文化の日, November 3. */
  CULTURE_DAY("文化の日", "Culture Day"),
  /** 勤労感謝の日, November 23. */
  LABOUR_THANKSGIVING_DAY("勤労感謝の日", "Labour Thanksgiving Day"),
  /** 振替休日, a substitute holiday; listed by the Cabinet Office as {@code 休日}. */
  SUBSTITUTE_HOLIDAY("振替休日", "Substitute Holiday", HolidayKind.SUBSTITUTE, "休日"),
  /** 国民の休日, a citizens' holiday between two holidays; listed by the Cabinet Office as {@code 休日}. */
  CITIZENS_HOLIDAY("国民の休日", "Citizens' Holiday", HolidayKind.CITIZENS, "休日"),
  /** 1959-04-10, the wedding ceremony of Crown Prince Akihito (結婚の儀). */
  WEDDING_OF_CROWN_PRINCE_AKIHITO("結婚の儀", "Wedding Ceremony of Crown Prince Akihito",
      HolidayKind.ONE_OFF, "結婚の儀"),
  /** 1989-02-24, the funeral ceremony of Emperor Shōwa (大喪の礼). */
  FUNERAL_OF_EMPEROR_SHOWA("大喪の礼", "Funeral Ceremony of Emperor Showa", HolidayKind.ONE_OFF, "大喪の礼"),
  /** 1990-11-12, the enthronement ceremony of Emperor Akihito (即位礼正殿の儀). */
  ENTHRONEMENT_CEREMONY_1990("即位礼正殿の儀", "Enthronement Ceremony of Emperor Akihito",
      HolidayKind.ONE_OFF, "即位礼正殿の儀"),
  /** 1993-06-09, the wedding ceremony of Crown Prince Naruhito (結婚の儀). */
  WEDDING_OF_CROWN_PRINCE_NARUHITO("結婚の儀", "Wedding Ceremony of Crown Prince Naruhito",
      HolidayKind.ONE_OFF, "結婚の儀"),
  /** 2019-05-01, the day of the Emperor's enthronement (即位の日); listed as {@code 休日（祝日扱い）}. */
  ENTHRONEMENT_DAY_2019("即位の日", "Enthronement Day of Emperor Naruhito", HolidayKind.ONE_OFF,
      "休日（祝日扱い）"),
  /** 2019-10-22, the day of the enthronement ceremony; listed as {@code 休日（祝日扱い）}. */
  ENTHRONEMENT_CEREMONY_2019("即位礼正殿の儀の行われる日", "Enthronement Ceremony of Emperor Naruhito",
      HolidayKind.ONE_OFF, "休日（祝日扱い）");

  private final String japanese;
  private final String english;
  private final HolidayKind kind;
  private final String cabinetOfficeLabel;

  HolidayName(String japanese, String english) {
    this(japanese, english, HolidayKind.NATIONAL, japanese);
  }

  HolidayName(String japanese, String english, HolidayKind kind, String cabinetOfficeLabel) {
    this.japanese = japanese;
    this.english = english;
    this.kind = kind;
    this.cabinetOfficeLabel = cabinetOfficeLabel;
  }

  /**
   * Returns the Japanese name, such as {@code 山の日} or {@code 振替休日}.
   *
   * @return the Japanese name, never null
   */
  public String japanese() {
    return japanese;
  }

  /**
   * Returns the English name, such as {@code Mountain Day}.
   *
   * @return the English name, never null
   */
  public String english() {
    return english;
  }

  /**
   * Returns the kind of rule that makes a day with this name a holiday.
   *
   * @return the kind, never null
   */
  public HolidayKind kind() {
    return kind;
  }

  /**
   * Returns the label the Cabinet Office list ({@code syukujitsu.csv}) uses for this holiday: the
   * Japanese name, except {@code 休日} for substitute and citizens' holidays and {@code 休日（祝日扱い）}
   * for the two 2019 enthronement days.
   *
   * @return the Cabinet Office label, never null
   */
  public String cabinetOfficeLabel() {
    return cabinetOfficeLabel;
  }

  /**
   * Returns the name in {@code language}.
   *
   * @param language the language, not null
   * @return the Japanese or English name
   */
  public String in(Language language) {
    return Objects.requireNonNull(language, "language") == Language.JAPANESE ? japanese : english;
  }

  /**
   * Returns the name in the language of {@code locale} (see {@link Language#of(Locale)}).
   *
   * @param locale the reader's locale, not null
   * @return the Japanese name for a {@code ja} locale, the English name otherwise
   */
  @Override
  public String display(Locale locale) {
    return in(Language.of(locale));
  }
}
