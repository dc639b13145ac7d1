package com.example.platform.community;

import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.json.Scenario;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/**
 * The community data the platform starts from, read with the SDK's strict reader from one
 * scenario file ({@code platform.community}): its grid hierarchy, which the starter's proposal
 * rules need as a bean, its resources and the five lists of earlier years.
 */
@Configuration(proxyBeanMethods = false)
public class CommunityConfiguration {

  /**
   * Reads the community file; a file that breaks the format stops the platform with the JSON
   * Pointer of the bad node.
   *
   * @param file the scenario file
   * @return the scenario
   * @throws IOException if the file cannot be read
   */
  @Bean
  public Scenario community(@Value("${platform.community}") Resource file) throws IOException {
    try (InputStream in = file.getInputStream()) {
      return GovernanceJson.files().readScenario(in);
    }
  }

  /**
   * The platform's grid hierarchy, from the community file.
   *
   * @param community the community file
   * @return the hierarchy
   */
  @Bean
  public GridHierarchy gridHierarchy(Scenario community) {
    return community.hierarchy();
  }
}
