package io.github.jiceng.governance.rules.authority;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.Person;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.authority.Action;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.post.Roster;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.rules.decider.Refusal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The six sections' views (六个版块): may this person, reading in this section, see this record,
 * and how much of the personal data in it? Visibility is scoped authority's {@link Action#READ}
 * through the section's own posts or role only ({@link ScopedAuthority#decide(
 * io.github.jiceng.governance.model.actor.ActorId, Target, Instant, java.util.function.Predicate)}),
 * so a village secretary reading in the party member's section sees what their party membership
 * lets them read, not their village; the disclosure is the section's ({@link PlatformSection}).
 *
 * <p>A reader's own record is always visible in full. Another's record is visible when the section
 * shows its kind and the reader may read its grid through the section's posts or role: for the
 * two party sections, a post whose scope is at the section's grid level ({@code TOWN} and {@code
 * VILLAGE} unless {@link #withLevel} says otherwise).
 *
 * <pre>{@code
 * PlatformViews views = PlatformViews.of(ScopedAuthority.of(grids, roster, AuthorityPolicy.DEFAULT), grids, roster);
 * View v = views.view(PersonId.of("p-group-head"), PlatformSection.GROUP_HEAD,
 *     new PlatformRecord(PlatformRecord.Kind.PROPOSAL, householdGrid, Optional.of(resident)), now);
 * Optional<PersonCard> card = views.card(roster.person(resident).orElseThrow(), v);   // name in full, mobile masked
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class PlatformViews {

  private final ScopedAuthority authority;
  private final GridHierarchy territory;
  private final Roster roster;
  private final Map<PlatformSection, String> levels;

  private PlatformViews(ScopedAuthority authority, GridHierarchy territory, Roster roster,
      Map<PlatformSection, String> levels) {
    this.authority = authority;
    this.territory = territory;
    this.roster = roster;
    this.levels = levels;
  }

  /**
   * Returns the views over one snapshot, with the town committee's posts at level {@code TOWN} and
   * the village branch's at {@code VILLAGE} (the rural scheme's keys).
   *
   * @param authority scoped authority over the same hierarchy and roster
   * @param territory the grid hierarchy
   * @param roster the roster, for the kinds of the posts read through
   * @return the views
   */
  public static PlatformViews of(ScopedAuthority authority, GridHierarchy territory, Roster roster) {
    Map<PlatformSection, String> levels = new EnumMap<>(PlatformSection.class);
    levels.put(PlatformSection.TOWN_PARTY_COMMITTEE, "TOWN");
    levels.put(PlatformSection.VILLAGE_PARTY_BRANCH, "VILLAGE");
    return new PlatformViews(requireNonNull(authority, "authority"), requireNonNull(territory, "territory"),
        requireNonNull(roster, "roster"), levels);
  }

  /**
   * Returns views in which a party section's posts have their scope at another grid level, such as
   * {@code STREET} and {@code COMMUNITY} in a city.
   *
   * @param section {@link PlatformSection#TOWN_PARTY_COMMITTEE} or {@link
   *     PlatformSection#VILLAGE_PARTY_BRANCH}
   * @param levelKey a level of the hierarchy's scheme
   * @return the views
   * @throws DomainValidationException (field {@code section}, rule {@code party-section}) for
   *     another section, or (field {@code levelKey}, rule {@code level-in-scheme}) for a level the
   *     scheme does not have
   */
  public PlatformViews withLevel(PlatformSection section, String levelKey) {
    requireNonNull(section, "section");
    requireNonNull(levelKey, "levelKey");
    if (!levels.containsKey(section)) {
      throw new DomainValidationException("PlatformViews", "section", "party-section",
          "only the town committee's and the village branch's sections have a level, not " + section);
    }
    if (territory.scheme().level(levelKey).isEmpty()) {
      throw new DomainValidationException("PlatformViews", "levelKey", "level-in-scheme",
          "the scheme " + territory.scheme().name() + " has no level " + levelKey);
    }
    Map<PlatformSection, String> next = new EnumMap<>(levels);
    next.put(section, levelKey);
    return new PlatformViews(authority, territory, roster, next);
  }

  /**
   * What a section shows a reader of one record.
   *
   * @param reader the person reading
   * @param section the section they read in
   * @param record the record
   * @param at the instant, for who acts on a post
   * @return visible with the disclosure, or hidden with why; never null
   */
  public View view(PersonId reader, PlatformSection section, PlatformRecord record, Instant at) {
    requireNonNull(reader, "reader");
    requireNonNull(section, "section");
    requireNonNull(record, "record");
    requireNonNull(at, "at");
    if (record.subject().equals(Optional.of(reader))) {
      return new View.Visible(PlatformSection.Disclosure.FULL, Optional.empty());
    }
    if (!section.shows().contains(record.kind())) {
      return new View.Hidden(Refusal.of(DenialReason.NOT_SHOWN_IN_SECTION, "the section " + section
          + " does not show others' records of kind " + record.kind()).with("actor", reader.value())
          .with("action", Action.READ).with("grid", record.grid()).with("section", section)
          .with("kind", record.kind()));
    }
    AuthorityDecision d = authority.decide(reader, Target.of(record.grid(), Action.READ), at,
        basis -> readsThrough(section, basis));
    if (d instanceof AuthorityDecision.Allowed allowed) {
      return new View.Visible(section.disclosure(), Optional.of(allowed.basis()));
    }
    return new View.Hidden(d.refusalIfAny().orElseThrow());
  }

  private boolean readsThrough(PlatformSection section, Basis basis) {
    if (basis instanceof Basis.ViaPost p) {
      return roster.post(p.post()).map(post -> section.posts().contains(post.kind())
          && Optional.ofNullable(levels.get(section)).map(l -> territory.level(p.scope()).key().equals(l)).orElse(true))
          .orElse(false);
    }
    return basis instanceof Basis.ViaRole r && section.role().equals(Optional.of(r.role()));
  }

  /**
   * The personal data of a person as a view discloses it: nothing when hidden; everything for
   * the reader's own record; the name in full and the numbers masked; or all masked.
   *
   * @param person the person the record is about
   * @param view the view of that record
   * @return the card, or empty when the record is hidden
   */
  public Optional<PersonCard> card(Person person, View view) {
    requireNonNull(person, "person");
    requireNonNull(view, "view");
    if (!(view instanceof View.Visible visible)) {
      return Optional.empty();
    }
    PlatformSection.Disclosure d = visible.disclosure();
    String name = d == PlatformSection.Disclosure.MASKED ? person.name().masked() : person.name().rawValue();
    boolean full = d == PlatformSection.Disclosure.FULL;
    return Optional.of(new PersonCard(person.id(), name,
        person.mobile().map(m -> full ? m.rawValue() : m.masked()),
        person.identityNumber().map(i -> full ? i.rawValue() : i.masked())));
  }

  /** What a section shows of one record. */
  public sealed interface View {

    /** Returns whether the record is shown. */
    boolean isVisible();

    /**
     * The record is shown.
     *
     * @param disclosure how much personal data it discloses
     * @param basis the grant it is read through; empty for the reader's own record
     */
    record Visible(PlatformSection.Disclosure disclosure, Optional<Basis> basis) implements View {
      /** Checks the parts are present. */
      public Visible {
        requireNonNull(disclosure, "disclosure");
        requireNonNull(basis, "basis");
      }

      @Override
      public boolean isVisible() {
        return true;
      }
    }

    /**
     * The record is not shown.
     *
     * @param refusal why, coded by a {@link DenialReason}
     */
    record Hidden(Refusal refusal) implements View {
      /** Checks the part is present. */
      public Hidden {
        requireNonNull(refusal, "refusal");
      }

      @Override
      public boolean isVisible() {
        return false;
      }
    }
  }

  /**
   * A person's personal data as a view discloses it.
   *
   * @param person the person
   * @param name the name, in full or masked
   * @param mobile the mobile, in full or masked, if known
   * @param identityNumber the identity number, in full or masked, if known
   */
  public record PersonCard(PersonId person, String name, Optional<String> mobile, Optional<String> identityNumber) {
    /** Checks the parts are present. */
    public PersonCard {
      requireNonNull(person, "person");
      requireNonNull(name, "name");
      requireNonNull(mobile, "mobile");
      requireNonNull(identityNumber, "identityNumber");
    }

    /** Returns the card with the name, mobile and identity number masked, whatever it holds. */
    @Override
    public String toString() {
      return "PersonCard[" + person + ", name=" + io.github.jiceng.governance.model.shared.Masking.name(name)
          + mobile.map(m -> ", mobile=" + io.github.jiceng.governance.model.shared.Masking.mobile(m)).orElse("")
          + identityNumber.map(i -> ", identityNumber=" + io.github.jiceng.governance.model.shared.Masking.idNumber(i))
              .orElse("") + "]";
    }
  }
}
