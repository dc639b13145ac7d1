package com.example.platform.matching;

import io.github.jiceng.governance.model.matching.MatchingMode;
import io.github.jiceng.governance.model.matching.MatchingProblem;
import io.github.jiceng.governance.model.matching.MatchingResult;
import io.github.jiceng.governance.spring.boot.GovernanceMatching;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Matching (撮合): {@code POST /matching?mode=OPTIMAL|GREEDY} with a {@link MatchingProblem}
 * answers its {@link MatchingResult}, each assignment with its score's explanation and each
 * unmatched demand with its reason. The starter's {@link GovernanceMatching} times every run.
 */
@RestController
public class MatchingController {

  private final GovernanceMatching matching;

  MatchingController(GovernanceMatching matching) {
    this.matching = matching;
  }

  /**
   * Matches one period's demands to the resources that may serve them.
   *
   * @param problem the problem, in the SDK's JSON
   * @param mode exact ({@code OPTIMAL}, the default) or greedy
   * @return the result
   */
  @PostMapping("/matching")
  public MatchingResult match(@RequestBody MatchingProblem problem,
      @RequestParam(defaultValue = "OPTIMAL") MatchingMode mode) {
    return matching.match(problem, mode);
  }
}
