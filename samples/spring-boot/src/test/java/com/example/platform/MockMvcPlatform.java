package com.example.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The whole platform in a mock servlet environment, called through MockMvc on its own context
 * (spring-test's, the same on Boot 3.5 and 4.0).
 */
@SpringBootTest(classes = PlatformApplication.class, properties = "logging.level.root=warn")
abstract class MockMvcPlatform {

  @Autowired
  private WebApplicationContext context;

  private MockMvc mvc;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry);
  }

  @BeforeEach
  void mockMvc() {
    mvc = MockMvcBuilders.webAppContextSetup(context).build();
  }

  /** An answer: its status, content type and body. */
  record Answer(int status, String contentType, JsonNode body) {
    /** Checks the status and returns the body. */
    JsonNode expect(int expected) {
      assertThat(status).as("status; body %s", body).isEqualTo(expected);
      return body;
    }
  }

  Answer get(String path) throws Exception {
    return perform(MockMvcRequestBuilders.get(path));
  }

  Answer post(String path, Object body) throws Exception {
    return post(path, null, body);
  }

  Answer post(String path, String idempotencyKey, Object body) throws Exception {
    MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON)
        .content(body instanceof String text ? text : Json.write(body));
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return perform(request);
  }

  private Answer perform(MockHttpServletRequestBuilder request) throws Exception {
    MockHttpServletResponse response = mvc.perform(request.accept(MediaType.APPLICATION_JSON,
        MediaType.APPLICATION_PROBLEM_JSON)).andReturn().getResponse();
    String text = response.getContentAsString(StandardCharsets.UTF_8);
    return new Answer(response.getStatus(), response.getContentType(), text.isEmpty() ? null : Json.read(text));
  }
}
