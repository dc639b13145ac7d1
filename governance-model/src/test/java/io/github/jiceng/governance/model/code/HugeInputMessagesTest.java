package io.github.jiceng.governance.model.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.jiceng.governance.model.actor.HouseholdId;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.actor.PersonName;
import io.github.jiceng.governance.model.checkin.CheckInId;
import io.github.jiceng.governance.model.clue.ClueCategory;
import io.github.jiceng.governance.model.clue.ClueId;
import io.github.jiceng.governance.model.deliberation.AffairId;
import io.github.jiceng.governance.model.deliberation.MeetingId;
import io.github.jiceng.governance.model.deliberation.ResolutionId;
import io.github.jiceng.governance.model.fund.FundId;
import io.github.jiceng.governance.model.fund.RequestId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.points.OfferId;
import io.github.jiceng.governance.model.points.RuleId;
import io.github.jiceng.governance.model.points.StarGrade;
import io.github.jiceng.governance.model.post.PostId;
import io.github.jiceng.governance.model.post.PostKind;
import io.github.jiceng.governance.model.proposal.ProposalId;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.OutcomeId;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.service.ResourceId;
import io.github.jiceng.governance.model.service.ServiceId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Excerpts;
import io.github.jiceng.governance.model.taxonomy.Integration;
import io.github.jiceng.governance.model.taxonomy.Mechanism;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import io.github.jiceng.governance.model.volunteer.VolunteerRecordId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * A huge input makes a short message: every text factory of the model quotes at most the start
 * of its input and the input's length through {@link Excerpts}, personal values masked, so a file
 * with a five-million-character code cannot make a five-million-character error.
 */
final class HugeInputMessagesTest {

  private static final int HUGE = 5_000_000;
  private static final String DIGITS = "1".repeat(HUGE);
  private static final String LETTERS = "A".repeat(HUGE);
  private static final String BAD_KEY = LETTERS.substring(1) + "!";
  private static final String BAD_ID = DIGITS.substring(1) + "!";
  private static final String PERSONAL = "15062219900101001".repeat(HUGE / 17 + 1).substring(0, HUGE);

  /** The longest message one rejected text may make: the quote twice and the rule's sentence. */
  private static final int LONGEST_MESSAGE = 2 * Excerpts.LONGEST + 400;

  @Test
  void everyTextFactoryRejectsAHugeInputWithABoundedMessage() {
    Map<String, ThrowingCallable> calls = new LinkedHashMap<>();
    calls.put("IdentityNumber.of", () -> IdentityNumber.of(PERSONAL));
    calls.put("IdentityNumber.fromLegacy", () -> IdentityNumber.fromLegacy(PERSONAL));
    calls.put("MobileNumber.of", () -> MobileNumber.of(PERSONAL));
    calls.put("PersonName.of", () -> PersonName.of(PERSONAL));
    calls.put("CreditCode.of", () -> CreditCode.of(LETTERS));
    calls.put("DivisionCode.of", () -> DivisionCode.of(DIGITS, 2016));
    calls.put("DivisionCode.parse", () -> DivisionCode.parse(DIGITS + "@2016"));
    calls.put("DivisionCode.parse without year", () -> DivisionCode.parse(DIGITS));
    calls.put("GridCode.parse", () -> GridCode.parse(DIGITS + "@2016"));
    calls.put("GridCode.parse segment", () -> GridCode.parse("150622003003." + LETTERS + "@2016"));
    calls.put("GridCode.withObjectClass", () -> GridCode.parse("150622003003@2016").withObjectClass(LETTERS));
    calls.put("GridCodeLayout.parse", () -> GridCodeLayout.CJT_213.parse(DIGITS, 2016));
    calls.put("Money.ofYuan", () -> Money.ofYuan(DIGITS));
    calls.put("Money.parse", () -> Money.parse(("CNY " + DIGITS).substring(0, HUGE)));
    calls.put("ClueCategory", () -> new ClueCategory(BAD_KEY));
    calls.put("PostKind.of", () -> PostKind.of(BAD_KEY));
    calls.put("Pillar.of", () -> Pillar.of(BAD_KEY));
    calls.put("Mechanism.of", () -> Mechanism.of(BAD_KEY));
    calls.put("Integration.of", () -> Integration.of(BAD_KEY));
    calls.put("StarGrade.of", () -> StarGrade.of(BAD_KEY, "grade", 10));
    calls.put("GridId.of", () -> GridId.of(BAD_ID));
    calls.put("PersonId.of", () -> PersonId.of(BAD_ID));
    calls.put("HouseholdId.of", () -> HouseholdId.of(BAD_ID));
    calls.put("OrganizationId.of", () -> OrganizationId.of(BAD_ID));
    calls.put("PostId.of", () -> PostId.of(BAD_ID));
    calls.put("CheckInId.of", () -> CheckInId.of(BAD_ID));
    calls.put("ClueId.of", () -> ClueId.of(BAD_ID));
    calls.put("AffairId.of", () -> AffairId.of(BAD_ID));
    calls.put("MeetingId.of", () -> MeetingId.of(BAD_ID));
    calls.put("ResolutionId.of", () -> ResolutionId.of(BAD_ID));
    calls.put("FundId.of", () -> FundId.of(BAD_ID));
    calls.put("RequestId.of", () -> RequestId.of(BAD_ID));
    calls.put("fund EntryId.of", () -> io.github.jiceng.governance.model.fund.EntryId.of(BAD_ID));
    calls.put("points EntryId.of", () -> io.github.jiceng.governance.model.points.EntryId.of(BAD_ID));
    calls.put("OfferId.of", () -> OfferId.of(BAD_ID));
    calls.put("RuleId.of", () -> RuleId.of(BAD_ID));
    calls.put("ProposalId.of", () -> ProposalId.of(BAD_ID));
    calls.put("DemandId.of", () -> DemandId.of(BAD_ID));
    calls.put("OutcomeId.of", () -> OutcomeId.of(BAD_ID));
    calls.put("ProjectId.of", () -> ProjectId.of(BAD_ID));
    calls.put("ResourceId.of", () -> ResourceId.of(BAD_ID));
    calls.put("ServiceId.of", () -> ServiceId.of(BAD_ID));
    calls.put("VolunteerRecordId.of", () -> VolunteerRecordId.of(BAD_ID));
    calls.forEach((name, call) -> {
      Throwable e = catchThrowable(call);
      assertThat(e).as(name).isInstanceOf(DomainValidationException.class);
      assertThat(e.getMessage()).as(name).hasSizeLessThan(LONGEST_MESSAGE).contains(String.valueOf(HUGE));
    });
  }

  @Test
  void aHugePersonalValueIsQuotedMaskedAndShort() {
    for (ThrowingCallable call : new ThrowingCallable[] {() -> IdentityNumber.of(PERSONAL),
        () -> MobileNumber.of(PERSONAL), () -> PersonName.of(PERSONAL)}) {
      Throwable e = catchThrowable(call);
      assertThat(e.getMessage()).hasSizeLessThan(LONGEST_MESSAGE).doesNotContain("15062219").doesNotContain("0101001");
    }
  }

  @Test
  void checkCharacterHelpersQuoteABadBodyShortened() {
    for (ThrowingCallable call : new ThrowingCallable[] {() -> CreditCode.checkCharacterOf(LETTERS),
        () -> CreditCode.organizationCheckCharacterOf(LETTERS)}) {
      assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class)
          .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(LONGEST_MESSAGE));
    }
  }

  @Test
  void aSegmentTooLongForANumberIsARuleNotANumberFormatError() {
    assertThatThrownBy(() -> GridCode.parse("150622003003.99999999999@2016"))
        .isInstanceOf(DomainValidationException.class).hasMessageContaining("segment-width");
  }
}
