package io.github.jiceng.governance.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.Organization;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.Person;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.code.CreditCode;
import io.github.jiceng.governance.model.code.IdentityNumber;
import io.github.jiceng.governance.model.code.MobileNumber;
import io.github.jiceng.governance.model.deliberation.JointMeeting;
import io.github.jiceng.governance.model.deliberation.MajorAffair;
import io.github.jiceng.governance.model.deliberation.Resolution;
import io.github.jiceng.governance.model.fund.Disbursement;
import io.github.jiceng.governance.model.fund.Donation;
import io.github.jiceng.governance.model.fund.Fund;
import io.github.jiceng.governance.model.fund.LedgerEntry;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.grid.GridNode;
import io.github.jiceng.governance.model.proposal.ProposalEvent;
import io.github.jiceng.governance.model.proposal.ProposalRecord;
import io.github.jiceng.governance.model.proposal.Submission;
import io.github.jiceng.governance.model.service.Demand;
import io.github.jiceng.governance.model.service.Outcome;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.service.ServiceRecord;
import io.github.jiceng.governance.rules.audit.DualHierarchyAudit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The seed scenario as {@link ArticleScenario} builds it: the same every time, complete, every
 * reference resolving, the places of the hierarchy file kept as they are, and personal data
 * valid and synthetic.
 */
final class ArticleScenarioTest {

  static final Path PLACES = Path.of("..", "seeds", "jungar-banner", "grid-hierarchy.json");

  private final ArticleData data = ArticleScenario.build();

  @Test
  void buildsTheSameScenarioEveryTime() {
    ArticleData again = ArticleScenario.build();
    assertThat(again.hierarchy().nodes()).isEqualTo(data.hierarchy().nodes());
    assertThat(again.roster()).isEqualTo(data.roster());
    assertThat(again.fiveLists().demands()).containsExactlyElementsOf(data.fiveLists().demands());
    assertThat(again.fiveLists().services()).containsExactlyElementsOf(data.fiveLists().services());
    assertThat(again.fundEntries()).isEqualTo(data.fundEntries());
    assertThat(again.clues()).isEqualTo(data.clues());
    assertThat(again.proposals()).isEqualTo(data.proposals());
    assertThat(again.checkIns()).isEqualTo(data.checkIns());
  }

  @Test
  void keepsEveryPlaceOfTheHierarchyFileAsItIs() throws IOException {
    GridHierarchy places;
    try (InputStream in = Files.newInputStream(PLACES)) {
      places = GovernanceJson.files().readGridHierarchy(in);
    }
    assertThat(data.hierarchy().scheme()).isEqualTo(places.scheme());
    for (GridNode place : places.nodes()) {
      assertThat(data.hierarchy().contains(place.id())).as("%s", place.id()).isTrue();
      assertThat(data.hierarchy().node(place.id())).isEqualTo(place);
    }
  }

  @Test
  void theRosterPassesTheDualHierarchyAuditOfTheArticlesStaffingPolicy() {
    assertThat(DualHierarchyAudit.audit(data.hierarchy(), data.roster(), data.staffing()).violations()).isEmpty();
  }

  @Test
  void everyPersonHasASyntheticNameAndAValidUniqueIdentityNumberAndMobile() {
    Set<String> numbers = new HashSet<>();
    Set<String> mobiles = new HashSet<>();
    for (Person p : data.roster().persons()) {
      assertThat(p.name().rawValue()).as("name of %s", p.id()).matches(Synthetic.NAME_FORM);
      IdentityNumber id = p.identityNumber().orElseThrow();
      assertThat(IdentityNumber.isValid(id.rawValue())).isTrue();
      assertThat(id.checkCharacter()).isEqualTo(IdentityNumber.checkCharacterOf(id.rawValue().substring(0, 17)));
      assertThat(id.addressCode()).isEqualTo(Synthetic.ADDRESS_CODE);
      assertThat(numbers.add(id.rawValue())).as("identity number of %s is unique", p.id()).isTrue();
      boolean adult = !id.birthDate().plusYears(18).isAfter(LocalDate.ofInstant(ArticleScenario.AS_OF, Fund.CHINA));
      assertThat(p.mobile().isPresent()).as("%s has a mobile exactly when an adult", p.id()).isEqualTo(adult);
      if (p.mobile().isPresent()) {
        MobileNumber mobile = p.mobile().get();
        assertThat(mobile.rawValue()).matches(Synthetic.MOBILE_FORM);
        assertThat(mobiles.add(mobile.rawValue())).as("mobile of %s is unique", p.id()).isTrue();
      }
    }
    assertThat(numbers).hasSizeLessThan(Synthetic.BIRTH_DAYS);
  }

  @Test
  void everyCreditCodeIsSyntheticValidAndUnique() {
    Set<CreditCode> codes = new HashSet<>();
    for (Organization o : data.roster().organizations()) {
      if (o.kind().requiresCreditCode()) {
        CreditCode c = o.creditCode().orElseThrow();
        assertThat(CreditCode.isValid(c.value())).isTrue();
        assertThat(c.organizationCode()).as("%s", o.id()).startsWith("JC");
        assertThat(c.divisionDigits()).isEqualTo(Synthetic.ADDRESS_CODE);
        assertThat(codes.add(c)).as("credit code of %s is unique", o.id()).isTrue();
      } else {
        assertThat(o.creditCode()).as("%s", o.id()).isEmpty();
      }
    }
  }

  @Test
  void everyIdTheRecordsNameIsInTheRosterOrTheHierarchy() {
    List<ActorId> actors = new ArrayList<>();
    List<GridId> grids = new ArrayList<>();
    for (Demand d : data.fiveLists().demands()) {
      actors.add(d.requester());
      grids.add(d.grid());
    }
    for (Resource r : data.fiveLists().resources()) {
      actors.add(r.claimant());
      grids.addAll(r.coverage());
    }
    for (ServiceRecord s : data.fiveLists().services()) {
      actors.add(s.provider());
      actors.addAll(s.performedBy());
    }
    for (Outcome o : data.fiveLists().outcomes()) {
      actors.add(o.evaluator());
    }
    for (JointMeeting m : data.jointMeetings()) {
      grids.add(m.grid());
      actors.add(m.convener());
      actors.addAll(m.attendees());
      m.resolutions().stream().map(Resolution::leadUnit).flatMap(Optional::stream).forEach(actors::add);
    }
    grids.add(data.fund().grid());
    actors.addAll(data.fundPolicy().approvers());
    for (LedgerEntry e : data.fundEntries()) {
      if (e instanceof Donation d) {
        d.donor().ifPresent(actors::add);
      } else if (e instanceof Disbursement d) {
        actors.add(d.request().recipient());
        actors.add(d.request().requestedBy());
        actors.add(d.paidBy());
        d.approvals().forEach(a -> actors.add(a.approver()));
      }
    }
    data.clues().forEach(c -> {
      grids.add(c.clue().grid());
      c.implementation().flatMap(i -> i.claimant()).ifPresent(actors::add);
    });
    for (ProposalRecord r : data.proposals()) {
      grids.add(r.proposal().grid());
      Submission s = r.proposal().submission();
      if (s instanceof Submission.Direct d) {
        actors.add(d.submitter());
      } else if (s instanceof Submission.ViaDeputy v) {
        actors.add(v.deputy());
        v.onBehalfOf().ifPresent(actors::add);
      }
      r.events().stream().map(ProposalEvent::actor).flatMap(Optional::stream).forEach(actors::add);
      r.events().stream().map(ProposalEvent::grid).forEach(grids::add);
    }
    for (MajorAffair a : data.majorAffairs()) {
      grids.add(a.grid());
      actors.addAll(a.participants());
    }
    data.serviceCatalogue().offers().forEach(o -> o.provider().ifPresent(actors::add));

    assertThat(grids).allSatisfy(g -> assertThat(data.hierarchy().contains(g)).as("grid %s", g).isTrue());
    assertThat(actors).allSatisfy(a -> {
      if (a instanceof PersonId p) {
        assertThat(data.roster().person(p)).as("person %s", p).isPresent();
      } else {
        assertThat(data.roster().organization((OrganizationId) a)).as("organization %s", a).isPresent();
      }
    });
  }
}
