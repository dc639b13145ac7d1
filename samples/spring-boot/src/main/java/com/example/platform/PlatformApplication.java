package com.example.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A regional governance platform in miniature: demands and the five lists of a community,
 * matching, red-star points, the co-building fund and proposals, as REST endpoints on the SDK's
 * Spring Boot starter and its JDBC store. One package per area.
 */
@SpringBootApplication
public class PlatformApplication {

  /**
   * Starts the platform.
   *
   * @param args Spring Boot's command-line arguments, such as {@code --spring.datasource.url=...}
   */
  public static void main(String[] args) {
    SpringApplication.run(PlatformApplication.class, args);
  }
}
