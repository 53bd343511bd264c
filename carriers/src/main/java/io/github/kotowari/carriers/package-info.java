/**
 * Identify, validate and explain the numbers customers paste: carrier tracking numbers, Amazon order numbers and official contacts.
 *
 * <p>Every type in this package is null-marked: parameters and results are non-null unless
 * annotated {@code @Nullable}.
 */
@NullMarked
package io.github.kotowari.carriers;

import org.jspecify.annotations.NullMarked;
