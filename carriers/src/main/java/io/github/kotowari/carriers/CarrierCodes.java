package io.github.kotowari.carriers;

import com.google.common.collect.ImmutableList;
import io.github.kotowari.core.rule.ParamKey;
import io.github.kotowari.core.rule.ReasonCode;
import io.github.kotowari.core.rule.RemedyCode;

/**
 * The reason and remedy codes of the carriers module, with their Japanese and English messages.
 * Codes and parameter names are stable: services may store them and switch on them. Messages never
 * contain an unmasked identifier.
 *
 * <pre>{@code
 * identification.readings().get(0).reasons().get(0).reason().equals(CarrierCodes.CHECK_DIGIT_HOLDS);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CarrierCodes {
  private CarrierCodes() {}

  /** The 1-based position of a character in the pasted text. */
  public static final ParamKey<Integer> POSITION = ParamKey.of("position", Integer.class);
  /** A bound on the number of letters and digits. */
  public static final ParamKey<Integer> MAX_LENGTH = ParamKey.of("max-length", Integer.class);

  /** Nothing but separators was pasted. */
  public static final ReasonCode INPUT_EMPTY = ReasonCode.builder("carriers.input-empty")
      .japanese("番号が入力されていません。")
      .english("No number was entered.")
      .build();

  /** The pasted text is longer than any supported number. */
  public static final ReasonCode INPUT_TOO_LONG = ReasonCode.builder("carriers.input-too-long")
      .param(MAX_LENGTH)
      .japanese("入力が長すぎます。番号は英数字 {max-length} 文字以内です。")
      .english("The input is too long: numbers have at most {max-length} letters and digits.")
      .build();

  /** A character that cannot be part of a number. */
  public static final ReasonCode INPUT_UNEXPECTED_CHARACTER = ReasonCode.builder("carriers.input-unexpected-character")
      .param(POSITION)
      .japanese("{position} 文字目に番号に使えない文字があります。")
      .english("Character {position} cannot be part of a number.")
      .build();

  /** The carrier of a reading. */
  public static final ParamKey<Carrier> CARRIER = ParamKey.of("carrier", Carrier.class);
  /** The check-digit rule of a reading. */
  public static final ParamKey<CheckRule> RULE = ParamKey.of("rule", CheckRule.class);
  /** The check digit that would make a number valid. */
  public static final ParamKey<Integer> EXPECTED_DIGIT = ParamKey.of("expected-digit", Integer.class);
  /** How many readings are plausible. */
  public static final ParamKey<Integer> COUNT = ParamKey.of("count", Integer.class);

  /** The check digit of a reading holds. */
  public static final ReasonCode CHECK_DIGIT_HOLDS = ReasonCode.builder("carriers.check-digit-holds")
      .param(CARRIER).param(RULE)
      .japanese("{carrier}の番号の形式で、検査数字（{rule}）も合っています。")
      .english("Matches the {carrier} format and its check digit ({rule}) holds.")
      .build();

  /** The check digit of a reading fails; the expected digit is named. */
  public static final ReasonCode CHECK_DIGIT_FAILS = ReasonCode.builder("carriers.check-digit-fails")
      .param(CARRIER).param(RULE).param(EXPECTED_DIGIT)
      .japanese("{carrier}の番号の形ですが、検査数字（{rule}）が合いません。検査数字が {expected-digit} であれば有効な番号です。")
      .english("Has the shape of a {carrier} number but its check digit ({rule}) fails; "
          + "it would be valid with check digit {expected-digit}.")
      .build();

  /** The format has no check digit: only the shape matched. */
  public static final ReasonCode FORMAT_ONLY = ReasonCode.builder("carriers.format-only")
      .param(CARRIER)
      .japanese("{carrier}の番号の形式に一致しますが、検査数字がないため正しさは確認できません。")
      .english("Matches a format of {carrier}, which has no check digit, so the number cannot be verified.")
      .build();

  /** The format is a guess: no public source describes it. */
  public static final ReasonCode FORMAT_UNSOURCED = ReasonCode.builder("carriers.format-unsourced")
      .param(CARRIER)
      .japanese("{carrier}の番号かもしれませんが、番号の形式を示す公開情報がないため推測にすぎません。")
      .english("Might be a {carrier} number, but no public source describes its format: this is a guess.")
      .build();

  /** Yamato, Sagawa and Japan Post 12-digit numbers share the 7DR rule. */
  public static final ReasonCode SEVEN_DR_SHARED = ReasonCode.builder("carriers.seven-dr-shared")
      .japanese("ヤマト運輸・佐川急便・日本郵便の12桁の番号は同じ検査方式（7DR）のため、番号だけでは配送業者を区別できません。")
      .english("Yamato, Sagawa and Japan Post 12-digit numbers share the 7DR check, "
          + "so the number alone cannot tell the carrier.")
      .build();

  /** Japan Post 11-digit and DHL Express 11-digit numbers share their rule. */
  public static final ReasonCode REGISTERED_DHL_SHARED = ReasonCode.builder("carriers.registered-dhl-shared")
      .japanese("日本郵便の11桁の書留番号とDHL Expressの11桁の番号は同じ検査方式のため、番号だけでは区別できません。")
      .english("Japan Post 11-digit registered numbers and DHL Express 11-digit numbers share their check, "
          + "so the number alone cannot tell them apart.")
      .build();

  /** Amazon's own delivery IDs are tracked on Amazon only. */
  public static final ReasonCode TRACKED_ON_AMAZON_ONLY = ReasonCode.builder("carriers.tracked-on-amazon-only")
      .japanese("Amazon配送の番号です。配送業者のサイトでは追跡できず、Amazonの注文履歴で確認します。")
      .english("An Amazon delivery ID: it is tracked only in the Amazon order history, not on a carrier's site.")
      .build();

  /** An Amazon order number is not a tracking number. */
  public static final ReasonCode ORDER_NUMBER_NOT_TRACKING = ReasonCode.builder("carriers.order-number-not-tracking")
      .japanese("Amazonの注文番号の形式です（3-7-7桁）。配送の追跡番号ではありません。")
      .english("The shape of an Amazon order number (3-7-7 digits); it is not a tracking number.")
      .build();

  /** Several readings are plausible. */
  public static final ReasonCode AMBIGUOUS = ReasonCode.builder("carriers.ambiguous")
      .param(COUNT)
      .japanese("この番号は {count} 通りに解釈できます。番号だけでは一つに決められません。")
      .english("This number has {count} plausible readings; the number alone cannot decide between them.")
      .build();

  /** Every reading's check digit fails. */
  public static final ReasonCode NO_CHECK_DIGIT_HOLDS = ReasonCode.builder("carriers.no-check-digit-holds")
      .japanese("既知の番号の形ですが、検査数字が合いません。入力ミスの可能性があります。")
      .english("The number has a known shape but its check digit does not hold: it is probably mistyped.")
      .build();

  /** No known format matches. */
  public static final ReasonCode UNKNOWN_FORMAT = ReasonCode.builder("carriers.unknown-format")
      .japanese("既知の追跡番号・注文番号のどの形式にも一致しません。")
      .english("The number matches no known tracking- or order-number format.")
      .build();

  /** Codabar start and stop letters were removed. */
  public static final ReasonCode CODABAR_REMOVED = ReasonCode.builder("carriers.codabar-removed")
      .japanese("バーコード読み取りで付いた前後の英字（NW-7のスタート・ストップ文字）を取り除きました。")
      .english("Removed the Codabar start and stop letters that a barcode scanner added.")
      .build();

  /** Look up which carrier the order names. */
  public static final RemedyCode CHECK_CARRIER_IN_ORDER = RemedyCode.builder("carriers.check-carrier-in-order")
      .japanese("注文履歴または発送通知メールで配送業者名を確認してください。")
      .english("Check the carrier's name in the order history or the shipping notification mail.")
      .build();

  /** Compare the number with its source. */
  public static final RemedyCode RECHECK_DIGITS = RemedyCode.builder("carriers.recheck-digits")
      .japanese("伝票やメールの番号と一桁ずつ見比べてください。コピー＆ペーストが確実です。")
      .english("Compare the number digit by digit with the slip or mail; copy and paste it if you can.")
      .build();

  /** Track on Amazon. */
  public static final RemedyCode TRACK_ON_AMAZON = RemedyCode.builder("carriers.track-on-amazon")
      .japanese("Amazonの注文履歴から「配送状況を確認」を開いてください。")
      .english("Open \u201cTrack package\u201d from the Amazon order history.")
      .build();

  /** Copy the number from the order history. */
  public static final RemedyCode COPY_FROM_ORDER_HISTORY = RemedyCode.builder("carriers.copy-from-order-history")
      .japanese("注文履歴の「注文の詳細」に表示される番号をそのままコピーしてください。")
      .english("Copy the number exactly as shown in the order details of the order history.")
      .build();

  /**
   * Returns every reason code of this module, for reference pages.
   *
   * @return the reason codes, in a stable order
   */
  public static ImmutableList<ReasonCode> reasons() {
    return ImmutableList.of(INPUT_EMPTY, INPUT_TOO_LONG, INPUT_UNEXPECTED_CHARACTER, CHECK_DIGIT_HOLDS,
        CHECK_DIGIT_FAILS, FORMAT_ONLY, FORMAT_UNSOURCED, SEVEN_DR_SHARED, REGISTERED_DHL_SHARED,
        TRACKED_ON_AMAZON_ONLY, ORDER_NUMBER_NOT_TRACKING, AMBIGUOUS, NO_CHECK_DIGIT_HOLDS, UNKNOWN_FORMAT,
        CODABAR_REMOVED);
  }

  /**
   * Returns every remedy code of this module, for reference pages.
   *
   * @return the remedy codes, in a stable order
   */
  public static ImmutableList<RemedyCode> remedies() {
    return ImmutableList.of(CHECK_CARRIER_IN_ORDER, RECHECK_DIGITS, TRACK_ON_AMAZON, COPY_FROM_ORDER_HISTORY);
  }
}
