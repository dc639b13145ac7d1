package io.github.jiceng.governance.rules.authority;

import io.github.jiceng.governance.model.actor.RoleKind;
import io.github.jiceng.governance.model.post.PostKind;
import java.util.Optional;
import java.util.Set;

/**
 * The six sections of the platform the article describes (平台分为镇党委、村党支部、党小组、社长、
 * 党员、村民六个版块): who reads through each, which of others' records it shows, and how much
 * of a person's personal data it discloses. {@link PlatformViews} applies them through scoped
 * authority.
 *
 * <p>What each section shows and discloses is an assumption; the article names the sections and
 * says that residents' opinions and party members' service are plain to see in them, no more:
 *
 * <ul>
 *   <li>the town party committee and the village party branch oversee: they read every kind of
 *       record in their subtree, with names and numbers masked ({@link Disclosure#MASKED});
 *   <li>the party group, the villagers' group head and the party member work face to face with
 *       residents: they read every kind of record in their scope with names in full, mobiles and
 *       identity numbers masked ({@link Disclosure#NAME});
 *   <li>the villager reads their own records and the public notices of their household's grid.
 * </ul>
 *
 * <p>Everyone reads their own records in full, in every section they belong to.
 */
public enum PlatformSection {
  /** 镇党委: a secretary's, deputy secretary's or executive secretary's post whose scope is a town. */
  TOWN_PARTY_COMMITTEE("镇党委", Set.of(PostKind.PARTY_SECRETARY, PostKind.DEPUTY_SECRETARY,
      PostKind.EXECUTIVE_SECRETARY), null, Disclosure.MASKED, PlatformRecord.Kind.values()),
  /** 村党支部: the same posts, whose scope is a village. */
  VILLAGE_PARTY_BRANCH("村党支部", Set.of(PostKind.PARTY_SECRETARY, PostKind.DEPUTY_SECRETARY,
      PostKind.EXECUTIVE_SECRETARY), null, Disclosure.MASKED, PlatformRecord.Kind.values()),
  /** 党小组: a party group leader's post. */
  PARTY_GROUP("党小组", Set.of(PostKind.PARTY_GROUP_LEADER), null, Disclosure.NAME, PlatformRecord.Kind.values()),
  /** 社长: a villagers' group head's post. */
  GROUP_HEAD("社长", Set.of(PostKind.VILLAGER_GROUP_HEAD), null, Disclosure.NAME, PlatformRecord.Kind.values()),
  /** 党员: the party member's role, over the grids of the households they liaise with. */
  PARTY_MEMBER("党员", Set.of(), RoleKind.PARTY_MEMBER, Disclosure.NAME, PlatformRecord.Kind.values()),
  /** 村民: the resident's role, over their household's grid: own records and public notices. */
  VILLAGER("村民", Set.of(), RoleKind.RESIDENT, Disclosure.MASKED, PlatformRecord.Kind.PUBLIC_NOTICE);

  /** How much of a person's personal data a reader sees. */
  public enum Disclosure {
    /** Everything: the reader's own record. */
    FULL,
    /** The name in full; mobile and identity number masked. */
    NAME,
    /** The name, mobile and identity number masked. */
    MASKED
  }

  private final String chinese;
  private final Set<PostKind> posts;
  private final RoleKind role;
  private final Disclosure disclosure;
  private final Set<PlatformRecord.Kind> shows;

  PlatformSection(String chinese, Set<PostKind> posts, RoleKind role, Disclosure disclosure,
      PlatformRecord.Kind... shows) {
    this.chinese = chinese;
    this.posts = posts;
    this.role = role;
    this.disclosure = disclosure;
    this.shows = Set.of(shows);
  }

  /** Returns the section's name on the platform, such as {@code 镇党委}. */
  public String chinese() {
    return chinese;
  }

  /** Returns the post kinds a reader reads through in this section; empty for a role's section. */
  public Set<PostKind> posts() {
    return posts;
  }

  /** Returns the role a reader reads through in this section, for the party member's and the villager's. */
  public Optional<RoleKind> role() {
    return Optional.ofNullable(role);
  }

  /** Returns how much of others' personal data the section discloses. */
  public Disclosure disclosure() {
    return disclosure;
  }

  /** Returns the kinds of others' records the section shows. */
  public Set<PlatformRecord.Kind> shows() {
    return shows;
  }
}
