package io.github.jiceng.governance.spring.boot;

import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.rules.fund.FundBook;
import io.github.jiceng.governance.rules.fund.FundCommand;
import io.github.jiceng.governance.rules.fund.FundEvent;
import io.github.jiceng.governance.rules.fund.FundRules;
import java.util.List;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A small web application as a user writes it: SDK types in and out of controllers, no JSON
 * configuration of its own.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class WebApp {

  @RestController
  static class Api {
    private final FundRules fund;

    Api(FundRules fund) {
      this.fund = fund;
    }

    @GetMapping("/money")
    Money money() {
      return Money.ofFen(12345);
    }

    @PostMapping("/money/double")
    Money twice(@RequestBody Money money) {
      return money.plus(money);
    }

    @GetMapping("/grids")
    GridHierarchy grids() {
      return Fixtures.grids();
    }

    /** Asks the fund for more than it holds: the rules refuse, and the refusal is thrown. */
    @PostMapping("/fund/overdraw")
    List<FundEvent> overdraw() {
      FundBook empty = fund.initialState();
      FundBook funded = fund.fold(empty, fund.decide(Fixtures.donate("don-1", "100"), empty).orElseThrow());
      FundCommand tooMuch = Fixtures.request("req-1", "500");
      FundBook requested = fund.fold(funded, fund.decide(tooMuch, funded).orElseThrow());
      return fund.decide(new FundCommand.Approve(io.github.jiceng.governance.model.fund.RequestId.of("req-1"),
          Fixtures.CLERK, Fixtures.DAY1), requested).orElseThrow();
    }

    /** Builds a value the model refuses. */
    @GetMapping("/invalid")
    Money invalid() {
      return Money.ofYuan("not money");
    }
  }
}
