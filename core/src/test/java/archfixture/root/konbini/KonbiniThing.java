package archfixture.root.konbini;

/** A "konbini" class; depends on nothing. */
public final class KonbiniThing {
  private KonbiniThing() {}
}
