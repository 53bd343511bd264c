/**
 * Kotowari carriers: what is this number, is it valid, where is it tracked and whom to call.
 *
 * <p>No I/O: tracking URLs are built, never fetched.
 */
module io.github.kotowari.carriers {
  requires transitive io.github.kotowari.core;

  exports io.github.kotowari.carriers;
  exports io.github.kotowari.carriers.contact;
  exports io.github.kotowari.carriers.notracking;
}
