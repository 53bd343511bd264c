package io.github.kotowari.carriers;

/**
 * The check-digit rule of a format; each is implemented in {@link CheckDigits}.
 *
 * <pre>{@code
 * IdentifierFormat.YAMATO_12.checkRule();  // SEVEN_DR
 * }</pre>
 *
 * @since 0.1.0
 */
public enum CheckRule {
  /** The body as a decimal integer modulo 7 (Yamato, Sagawa, Japan Post 11 and 12 digits). */
  SEVEN_DR,
  /** DHL Express: the body modulo 7, as {@link #SEVEN_DR}. */
  DHL_MOD7,
  /** UPU S10 mod 11 with weights 8, 6, 4, 2, 3, 5, 9, 7. */
  UPU_S10,
  /** FedEx Express: weights 1, 3, 7 from the right, modulo 11, modulo 10. */
  FEDEX_MOD11,
  /** GS1-style mod 10, the rightmost data digit weighing 3 (FedEx Ground, SSCC-18, USPS). */
  GS1_MOD10,
  /** UPS mod 10 with letters mapped to digits. */
  UPS_MOD10,
  /** No check digit is known: the format is recognized by its shape only. */
  NONE
}
