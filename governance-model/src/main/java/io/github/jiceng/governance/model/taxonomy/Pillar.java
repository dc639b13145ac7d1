package io.github.jiceng.governance.model.taxonomy;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Excerpts;
import io.github.jiceng.governance.model.shared.Violation;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The key of one of the "five co-" pillars of 一核五共 (one core, five co-) that a domain object
 * belongs to: a demand, a project, a points rule or a mechanism names its pillar by this key.
 *
 * <p>The five of the article are constants here; a district that divides its work differently
 * defines its own keys in its taxonomy. A key is 1 to 64 characters of upper-case ASCII letters,
 * digits and {@code _}, starting with a letter.
 *
 * @param key the pillar's key, such as {@code "SERVICE_SHARING"}
 */
public record Pillar(String key) implements Comparable<Pillar> {

  // before the constants: they are validated as the class initialises
  private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  /** 党群共建: joint meetings bring resident units and social organizations in. */
  public static final Pillar PARTY_MASS_CO_BUILDING = new Pillar("PARTY_MASS_CO_BUILDING");

  /** 大事共议: deliberation of major affairs, with deputies linked to grids. */
  public static final Pillar MAJOR_AFFAIRS_CO_DELIBERATION = new Pillar("MAJOR_AFFAIRS_CO_DELIBERATION");

  /** 平安共管: grid squads keep the grid safe. */
  public static final Pillar SAFETY_CO_MANAGEMENT = new Pillar("SAFETY_CO_MANAGEMENT");

  /** 文明共创: social work stations and volunteer teams serve residents. */
  public static final Pillar CIVILITY_CO_CREATION = new Pillar("CIVILITY_CO_CREATION");

  /** 服务共享: the red-star mechanism rewards contributors with services. */
  public static final Pillar SERVICE_SHARING = new Pillar("SERVICE_SHARING");

  /** The article's five pillars, in its order. */
  public static final List<Pillar> ARTICLE_FIVE = List.of(PARTY_MASS_CO_BUILDING,
      MAJOR_AFFAIRS_CO_DELIBERATION, SAFETY_CO_MANAGEMENT, CIVILITY_CO_CREATION, SERVICE_SHARING);

  /**
   * Validates the key.
   *
   * @throws DomainValidationException if the key is not of the documented form
   */
  public Pillar {
    requireNonNull(key, "key");
    if (!FORM.matcher(key).matches()) {
      throw new DomainValidationException(new Violation("Pillar[" + Excerpts.of(key) + "]", "key", "key-form",
          "a pillar key is 1-64 characters of [A-Z0-9_] starting with a letter, was '" + Excerpts.of(key) + "'")
                  .with("value", key).with("pattern", FORM.pattern()));
    }
  }

  /** Returns the pillar with the given key; same as the constructor. */
  public static Pillar of(String key) {
    return new Pillar(key);
  }

  @Override
  public int compareTo(Pillar o) {
    return key.compareTo(o.key);
  }

  /** Returns the key itself. */
  @Override
  public String toString() {
    return key;
  }
}
