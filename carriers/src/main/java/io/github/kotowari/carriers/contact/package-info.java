/**
 * Official contacts of Amazon Japan and the carriers (phone numbers, opening hours, web and mail
 * domains) and the check "is this phone number, sender or link official?", with look-alike
 * detection.
 *
 * <p>Every type in this package is null-marked: parameters and results are non-null unless
 * annotated {@code @Nullable}.
 */
@NullMarked
package io.github.kotowari.carriers.contact;

import org.jspecify.annotations.NullMarked;
