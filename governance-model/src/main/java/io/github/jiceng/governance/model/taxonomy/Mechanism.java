package io.github.jiceng.governance.model.taxonomy;

/**
 * The key of a working mechanism (工作机制) through which a pillar of 一核五共 is carried out:
 * the joint meeting of 党群共建, the deputies' deliberation of 大事共议, the grid squad of 平安共管,
 * the volunteer service of 文明共创 and the red-star feedback of 服务共享.
 *
 * <p>The article's five are constants; a district may define its own keys. A key is 1 to 64
 * characters of upper-case ASCII letters, digits and {@code _}, starting with a letter.
 *
 * @param key the mechanism's key, such as {@code "GRID_SQUAD"}
 */
public record Mechanism(String key) implements Comparable<Mechanism> {

  /** 共建联席会议: the regular joint meeting of the community and its co-building units. */
  public static final Mechanism JOINT_MEETING = new Mechanism("JOINT_MEETING");

  /** 两代表一委员联系网格: deputies linked to grids carry residents' problems to deliberation. */
  public static final Mechanism DELIBERATION = new Mechanism("DELIBERATION");

  /** 网格小分队: the safety squad of one grid. */
  public static final Mechanism GRID_SQUAD = new Mechanism("GRID_SQUAD");

  /** 志愿服务: social work stations and volunteer teams serve residents. */
  public static final Mechanism VOLUNTEER_SERVICE = new Mechanism("VOLUNTEER_SERVICE");

  /** 闪闪红星回馈: contributors are rewarded with services. */
  public static final Mechanism RED_STAR_FEEDBACK = new Mechanism("RED_STAR_FEEDBACK");

  /**
   * Validates the key.
   *
   * @throws io.github.jiceng.governance.model.shared.DomainValidationException if the key is not
   *     of the documented form
   */
  public Mechanism {
    Keys.check("Mechanism", key);
  }

  /** Returns the mechanism with the given key; same as the constructor. */
  public static Mechanism of(String key) {
    return new Mechanism(key);
  }

  @Override
  public int compareTo(Mechanism o) {
    return key.compareTo(o.key);
  }

  /** Returns the key itself. */
  @Override
  public String toString() {
    return key;
  }
}
