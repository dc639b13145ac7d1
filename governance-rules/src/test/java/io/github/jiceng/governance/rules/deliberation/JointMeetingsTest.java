package io.github.jiceng.governance.rules.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.deliberation.JointMeeting;
import io.github.jiceng.governance.model.deliberation.MeetingId;
import io.github.jiceng.governance.model.deliberation.Resolution;
import io.github.jiceng.governance.model.deliberation.ResolutionId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

final class JointMeetingsTest {

  private static final OrganizationId BRANCH = OrganizationId.of("org-baiyun-branch");
  private static final OrganizationId POWER = OrganizationId.of("unit-power");
  private static final OrganizationId BANK = OrganizationId.of("unit-bank");
  private static final Instant Q1 = Instant.parse("2022-01-10T01:00:00Z");
  private static final Instant Q2 = Instant.parse("2022-04-10T01:00:00Z");

  private static JointMeeting meeting(String id, Instant at, Resolution... resolutions) {
    return JointMeeting.builder().id(MeetingId.of(id)).grid(GridId.of("baiyun")).heldAt(at).convener(BRANCH)
        .addAttendees(POWER, BANK).addResolutions(resolutions).build();
  }

  @Test
  void resolutionsNamingAProjectBecomeProjectsWithTheirLeadUnitAndPledge() {
    JointMeeting q1 = meeting("jm-q1",
        Q1, Resolution.project(ResolutionId.of("q1-r1"), "改造雪梅里废弃广场", ProjectId.of("square"), POWER, Money.ofYuan("200000")),
        Resolution.agreed(ResolutionId.of("q1-r2"), "每季度召开一次联席会议"));
    JointMeeting q2 = meeting("jm-q2",
        Q2, Resolution.project(ResolutionId.of("q2-r1"), "增设分类垃圾亭", ProjectId.of("bins"), BANK, Money.ofYuan("30000")),
        Resolution.project(ResolutionId.of("q2-r2"), "广场二期", ProjectId.of("square"), BANK, Money.ofYuan("5000")));
    JointMeetings.Resolved r = JointMeetings.projects(List.of(q2, q1));
    assertThat(r.projects()).extracting(ProjectOrigin::project).containsExactly(ProjectId.of("bins"), ProjectId.of("square"));
    ProjectOrigin square = r.projects().get(1);
    assertThat(square.meeting()).isEqualTo(MeetingId.of("jm-q1"));
    assertThat(square.leadUnit()).contains(POWER);
    assertThat(square.pledge()).contains(Money.ofYuan("200000"));
    assertThat(r.conflicts()).extracting(ProjectOrigin::resolution).containsExactly(ResolutionId.of("q2-r2"));
    assertThat(q1.pillar()).isEqualTo(Pillar.PARTY_MASS_CO_BUILDING);
  }

  @Test
  void aLeadUnitMustHaveAttended() {
    assertThatThrownBy(() -> meeting("jm", Q1,
        Resolution.project(ResolutionId.of("r"), "x", ProjectId.of("p"), OrganizationId.of("absent"), Money.ZERO)))
        .isInstanceOf(DomainValidationException.class).hasMessageContaining("did not attend");
    assertThat(meeting("jm", Q1, Resolution.project(ResolutionId.of("r"), "x", ProjectId.of("p"), BRANCH, Money.ZERO))
        .resolutions()).hasSize(1);
  }
}
