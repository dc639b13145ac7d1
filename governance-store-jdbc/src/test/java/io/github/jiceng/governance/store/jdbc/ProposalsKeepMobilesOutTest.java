package io.github.jiceng.governance.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.proposal.Proposal;
import io.github.jiceng.governance.model.proposal.ProposalId;
import io.github.jiceng.governance.model.proposal.Submission;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Language;
import io.github.jiceng.governance.model.shared.ValidationMessages;
import io.github.jiceng.governance.model.shared.Violation;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.proposal.ProposalCase;
import io.github.jiceng.governance.rules.proposal.ProposalCommand;
import io.github.jiceng.governance.rules.proposal.ProposalEvent;
import io.github.jiceng.governance.rules.proposal.ProposalRefusalCode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A proposal's contact mobile never reaches an event row: the person register holds it. */
class ProposalsKeepMobilesOutTest {

  private static final String MOBILE = "13912345678";

  private final StoredRule<ProposalCommand, ProposalCase, ProposalEvent> rule =
      StoredRule.of("proposal", ProposalWalks.RULES, StoreCodecs.proposalEvents())
          .withRefusalCodes(ProposalRefusalCode.class)
          .withProjection(OpenProposals.of(ProposalWalks.RULES));

  private TestDatabase database;
  private EventStore store;

  @BeforeEach
  void openStore() {
    database = TestDatabase.freshSchema("proposal_mobiles");
    store = EventStore.on(database);
    store.migrate();
    store.prepare(rule);
  }

  @AfterEach
  void dropSchema() {
    database.close();
  }

  @Test
  void aProposalWithAContactMobileIsRefusedWithTheFieldAndRuleAndWritesNothing() throws SQLException {
    Proposal withMobile = proposal().contactMobile(MOBILE).build();

    Throwable thrown = catchThrowable(
        () -> store.handle(rule, "ta-0012", "receive-1", new ProposalCommand.Receive(withMobile)));

    assertThat(thrown).as("the store refuses the event").isInstanceOf(DomainValidationException.class);
    DomainValidationException refused = (DomainValidationException) thrown;
    Violation violation = refused.violations().get(0);
    assertThat(violation.field()).isEqualTo("contactMobile");
    assertThat(violation.rule()).isEqualTo("no-personal-data-in-events");
    assertThat(refused).hasMessageNotContaining(MOBILE).hasMessageContaining("139****5678");
    assertThat(ValidationMessages.of(Language.ZH).including(StoreCodecs.class).render(violation))
        .isEqualTo("Proposal[ta-0012]：存储的事件不得包含个人信息；提交人以人员编号标识，联系手机号请存入人员登记簿");
    assertThat(ValidationMessages.of(Language.EN).including(StoreCodecs.class).render(violation))
        .startsWith("Proposal[ta-0012]: a stored event holds no personal data");
    assertThat(rows("gov_event")).isZero();
    assertThat(rows("gov_command")).isZero();
    assertThat(rows("gov_open_proposal")).isZero();
  }

  @Test
  void theSameCommandWithoutTheMobileIsThenBookedUnderTheSameKey() throws SQLException {
    Proposal withMobile = proposal().contactMobile(MOBILE).build();
    assertThat(catchThrowable(() -> store.handle(rule, "ta-0012", "receive-1", new ProposalCommand.Receive(withMobile))))
        .isInstanceOf(DomainValidationException.class);

    Decision<ProposalEvent> booked =
        store.handle(rule, "ta-0012", "receive-1", new ProposalCommand.Receive(proposal().build()));

    assertThat(booked).isInstanceOf(Decision.Applied.class);
    assertThat(rows("gov_event")).isOne();
    assertThat(OpenProposals.proposal(database, ProposalId.of("ta-0012"))).isPresent();
    try (Connection c = database.getConnection(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT payload FROM gov_event")) {
      r.next();
      assertThat(r.getString(1)).doesNotContain(MOBILE).doesNotContain("contactMobile");
    }
  }

  private static Proposal.Builder proposal() {
    return Proposal.builder().id(ProposalId.of("ta-0012")).title("路灯不亮").content("东门晚上太黑")
        .grid(GridId.of("nanyuan-g1-h7")).submittedAt(Instant.parse("2023-03-01T01:00:00Z"))
        .submission(new Submission.Direct(PersonId.of("p-resident")));
  }

  private int rows(String table) throws SQLException {
    try (Connection c = database.getConnection(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      r.next();
      return r.getInt(1);
    }
  }
}
