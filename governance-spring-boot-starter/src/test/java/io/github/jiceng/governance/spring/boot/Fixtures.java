package io.github.jiceng.governance.spring.boot;

import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.jiceng.governance.json.FundSetup;
import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.code.DivisionCode;
import io.github.jiceng.governance.model.code.GridCode;
import io.github.jiceng.governance.model.fund.DisbursementRequest;
import io.github.jiceng.governance.model.fund.Donation;
import io.github.jiceng.governance.model.fund.DonationChannel;
import io.github.jiceng.governance.model.fund.EntryId;
import io.github.jiceng.governance.model.fund.Fund;
import io.github.jiceng.governance.model.fund.FundId;
import io.github.jiceng.governance.model.fund.FundPolicies;
import io.github.jiceng.governance.model.fund.OutflowCategory;
import io.github.jiceng.governance.model.fund.RequestId;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.grid.GridNode;
import io.github.jiceng.governance.model.grid.LevelSchemes;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.rules.fund.FundCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The values the starter's tests exchange: a small grid, a fund, and the commands of its flow. */
final class Fixtures {

  static final PersonId CLERK = PersonId.of("p-clerk");
  static final PersonId SECRETARY = PersonId.of("p-secretary");
  static final PersonId TREASURER = PersonId.of("p-treasurer");

  static final Fund FUND = Fund.builder().id(FundId.of("lantian-fund")).name("蓝天街道共建实践金").grid(GridId.of("lantian"))
      .launchedOn(LocalDate.of(2021, 6, 9)).build();

  static final FundSetup FUND_SETUP = new FundSetup(FUND,
      FundPolicies.streetDefault("lantian-fund@2021", List.of(SECRETARY, TREASURER, PersonId.of("p-deputy"))));

  static final Instant DAY1 = FUND.launchedAt().plusSeconds(86_400);

  private Fixtures() {}

  static GridHierarchy grids() {
    GridCode baiyun = GridCode.of(DivisionCode.of("150622003003", 2016));
    return GridHierarchy.of(LevelSchemes.URBAN, List.of(
        GridNode.builder().id(GridId.of("lantian")).level("STREET").name("蓝天街道")
            .code(GridCode.of(DivisionCode.of("150622003", 2016))).build(),
        GridNode.builder().id(GridId.of("baiyun")).level("COMMUNITY").parent(GridId.of("lantian"))
            .name("白云社区").code(baiyun).build(),
        GridNode.builder().id(GridId.of("baiyun-g1")).level("GRID").parent(GridId.of("baiyun"))
            .name("第一网格").code(baiyun.child(1, 2)).build()));
  }

  static FundCommand donate(String id, String yuan) {
    return new FundCommand.Donate(Donation.builder().id(EntryId.of(id)).fund(FUND.id()).at(DAY1)
        .channel(DonationChannel.DIRECTED).donorKind(DonationChannel.DIRECTED.donorKind())
        .donor(OrganizationId.of("org-power-supply")).amount(Money.ofYuan(yuan)).build());
  }

  static FundCommand request(String id, String yuan) {
    return new FundCommand.Request(DisbursementRequest.builder().id(RequestId.of(id)).fund(FUND.id())
        .category(OutflowCategory.PUBLIC_WELFARE).recipient(OrganizationId.of("org-" + id)).amount(Money.ofYuan(yuan))
        .requestedBy(CLERK).requestedAt(DAY1).purpose("公益活动 " + id).build());
  }

  /** The SDK's own JSON of a value, as one line: YAML reads it as a flow mapping. */
  static String json(Object value) {
    try {
      return GovernanceJson.mapper().writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes an application YAML file into a directory and returns its {@code file:} location. */
  static String yaml(Path directory, String name, String text) {
    try {
      Path file = directory.resolve(name + ".yml");
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return "file:" + file.toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
