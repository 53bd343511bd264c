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

  /**
   * Returns every reason code of this module, for reference pages.
   *
   * @return the reason codes, in a stable order
   */
  public static ImmutableList<ReasonCode> reasons() {
    return ImmutableList.of(INPUT_EMPTY, INPUT_TOO_LONG, INPUT_UNEXPECTED_CHARACTER);
  }

  /**
   * Returns every remedy code of this module, for reference pages.
   *
   * @return the remedy codes, in a stable order
   */
  public static ImmutableList<RemedyCode> remedies() {
    return ImmutableList.of();
  }
}
