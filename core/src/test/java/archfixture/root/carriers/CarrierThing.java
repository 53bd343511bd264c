package archfixture.root.carriers;

/** A "carriers" class that depends on "konbini": violates the layering rule. */
public final class CarrierThing {
  private CarrierThing() {}

  public static String name() {
    return archfixture.root.konbini.KonbiniThing.class.getSimpleName();
  }
}
