package io.github.jiceng.governance.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.checkin.GeoPoint;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.service.Demand;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.DemandSource;
import io.github.jiceng.governance.model.service.DemandState;
import io.github.jiceng.governance.model.service.DemandStatus;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The Open311 GeoReport v2 mapping, on the specification's own example payloads (test resources
 * {@code open311/}) and on generated demands: what maps, what does not, and that our own requests
 * map back to the same demand.
 */
final class Open311Test {

  private static final OffsetDateTime RECEIVED = OffsetDateTime.parse("2024-03-04T09:30:00+08:00");

  private static byte[] resource(String name) {
    try (InputStream in = Objects.requireNonNull(Open311Test.class.getResourceAsStream("/open311/" + name), name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Open311.ServiceRequest> read(byte[] json) throws IOException {
    return Open311.readServiceRequests(new ByteArrayInputStream(json));
  }

  private static List<Open311.ServiceRequest> read(String json) throws IOException {
    return read(json.getBytes(UTF_8));
  }

  private static byte[] write(List<Open311.ServiceRequest> requests) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Open311.writeServiceRequests(requests, out);
    return out.toByteArray();
  }

  private static Open311.DemandDefaults reporterDefaults() {
    return Open311.DemandDefaults.of(DemandSource.RESIDENT, PersonId.of("p-reporter"), GridId.of("baiyun-g1"),
        Pillar.SERVICE_SHARING, Duration.ofDays(7));
  }

  @Test
  void theSpecificationsJsonExampleIsRefusedAtItsCodeWithALeadingZero() {
    assertThatExceptionOfType(GovernanceFormatException.class)
        .isThrownBy(() -> read(resource("get-service-requests.json")))
        .satisfies(e -> assertThat(e.rule()).isEqualTo("well-formed"))
        .satisfies(e -> assertThat(e.pointer()).isEqualTo("/0/service_code"));
  }

  @Test
  void theSpecificationsExampleReadsFieldByFieldWithTheCodeQuoted() throws IOException {
    List<Open311.ServiceRequest> requests = read(resource("get-service-requests-quoted-code.json"));
    assertThat(requests).hasSize(2);
    Open311.ServiceRequest closed = requests.get(0);
    assertThat(closed.serviceRequestId()).isEqualTo("638344");
    assertThat(closed.status()).isEqualTo(Open311.Status.CLOSED);
    assertThat(closed.statusNotes()).contains("Duplicate request.");
    assertThat(closed.serviceName()).contains("Sidewalk and Curb Issues");
    assertThat(closed.serviceCode()).isEqualTo("006");
    assertThat(closed.description()).isEmpty();
    assertThat(closed.agencyResponsible()).isEmpty();
    assertThat(closed.serviceNotice()).isEmpty();
    assertThat(closed.requestedDatetime()).isEqualTo(OffsetDateTime.parse("2010-04-14T06:37:38-08:00"));
    assertThat(closed.updatedDatetime()).contains(OffsetDateTime.parse("2010-04-14T06:37:38-08:00"));
    assertThat(closed.expectedDatetime()).contains(OffsetDateTime.parse("2010-04-15T06:37:38-08:00"));
    assertThat(closed.address()).contains("8TH AVE and JUDAH ST");
    assertThat(closed.addressId()).contains("545483");
    assertThat(closed.zipcode()).contains("94122");
    assertThat(closed.location()).contains(GeoPoint.of(37.762221815, -122.4651145));
    assertThat(closed.mediaUrl()).contains("http://city.gov.s3.amazonaws.com/requests/media/638344.jpg ");
    Open311.ServiceRequest open = requests.get(1);
    assertThat(open.serviceRequestId()).isEqualTo("638349");
    assertThat(open.status()).isEqualTo(Open311.Status.OPEN);
    assertThat(open.statusNotes()).isEmpty();
    assertThat(open.expectedDatetime()).contains(open.requestedDatetime());
  }

  @Test
  void theSpecificationsExampleWritesAndReadsBackTheSameRequests() throws IOException {
    List<Open311.ServiceRequest> requests = read(resource("get-service-requests-quoted-code.json"));
    byte[] written = write(requests);
    assertThat(read(written)).isEqualTo(requests);
    assertThat(write(read(written))).isEqualTo(written);
    String text = new String(written, UTF_8);
    assertThat(text).contains("\"service_request_id\": \"638344\"", "\"service_code\": \"006\"",
        "\"requested_datetime\": \"2010-04-14T06:37:38-08:00\"", "\"description\": null", "\"lat\": 37.762221815");
  }

  @Test
  void theSpecificationsRequestsBecomeDemandsAsFarAsTheyMap() throws IOException {
    List<Open311.ServiceRequest> requests = read(resource("get-service-requests-quoted-code.json"));
    Open311.Imported closed = Open311.toDemand(requests.get(0), reporterDefaults());
    Demand d = closed.demand();
    assertThat(d.id()).isEqualTo(DemandId.of("638344"));
    assertThat(d.category()).isEqualTo("006");
    assertThat(d.submittedAt()).isEqualTo(Instant.parse("2010-04-14T14:37:38Z"));
    assertThat(d.window().start()).isEqualTo(d.submittedAt());
    assertThat(d.window().end()).isEqualTo(Instant.parse("2010-04-15T14:37:38Z"));
    assertThat(d.requester()).isEqualTo(PersonId.of("p-reporter"));
    assertThat(d.grid()).isEqualTo(GridId.of("baiyun-g1"));
    assertThat(closed.status().state()).as("closed, and the notes name no state").isEqualTo(DemandState.CLOSED);
    assertThat(closed.status().since()).isEqualTo(Instant.parse("2010-04-14T14:37:38Z"));
    assertThat(closed.status().claimant()).isEmpty();
    assertThat(closed.status().channel()).isEmpty();

    Open311.Imported open = Open311.toDemand(requests.get(1), reporterDefaults());
    assertThat(open.status().state()).isEqualTo(DemandState.SUBMITTED);
    assertThat(open.demand().window().duration())
        .as("the example expects it at the time it was requested: the default window").isEqualTo(Duration.ofDays(7));

    Open311.ServiceRequest back = Open311.toServiceRequest(closed.demand(), closed.status());
    assertThat(back.serviceRequestId()).isEqualTo("638344");
    assertThat(back.status()).isEqualTo(Open311.Status.CLOSED);
    assertThat(back.serviceCode()).isEqualTo("006");
    assertThat(back.requestedDatetime().toInstant()).isEqualTo(requests.get(0).requestedDatetime().toInstant());
    assertThat(back.expectedDatetime().orElseThrow().toInstant())
        .isEqualTo(requests.get(0).expectedDatetime().orElseThrow().toInstant());
    assertThat(back.statusNotes()).contains("CLOSED: closed after a satisfactory rating");
    assertThat(back.location()).as("a demand has no coordinates").isEmpty();
    assertThat(back.address()).as("and no address without a directory").isEmpty();
    assertThat(back.zipcode()).isEmpty();
    assertThat(back.mediaUrl()).isEmpty();
  }

  @Test
  void aPostedRequestKeepsWhatMapsAndDropsTheReportersPersonalData() throws IOException {
    String body = new String(resource("post-service-request.form"), UTF_8);
    Open311.ServiceRequest posted = Open311.fromPostForm(body, "293944", RECEIVED);
    assertThat(posted.serviceCode()).isEqualTo("001");
    assertThat(posted.status()).isEqualTo(Open311.Status.OPEN);
    assertThat(posted.description()).contains("A large sinkhole is destroying the street");
    assertThat(posted.address()).contains("1234 5th street");
    assertThat(posted.location()).contains(GeoPoint.of(37.76524078, -122.4212043));
    assertThat(posted.mediaUrl()).contains("http://farm3.static.flickr.com/2002/2212426634_5ed477a060.jpg");
    assertThat(posted.requestedDatetime()).isEqualTo(RECEIVED);
    String written = new String(write(List.of(posted)), UTF_8) + posted;
    for (String personal : List.of("smit333", "sfgov", "john", "smith", "111111111", "tt222111", "123456", "xyz")) {
      assertThat(written).as("the reporter's %s", personal).doesNotContain(personal);
    }
    Demand demand = Open311.toDemand(posted, reporterDefaults()).demand();
    assertThat(demand.category()).isEqualTo("001");
    assertThat(demand.submittedAt()).isEqualTo(RECEIVED.toInstant());
    assertThat(demand.window().duration()).isEqualTo(Duration.ofDays(7));
  }

  @Test
  void aPostResponseReadsAndWrites() throws IOException {
    List<Open311.PostResponse> responses = Open311.readPostResponses(
        new ByteArrayInputStream(resource("post-service-request-response.json")));
    assertThat(responses).hasSize(1);
    assertThat(responses.get(0).serviceRequestId()).contains("293944");
    assertThat(responses.get(0).token()).isEmpty();
    assertThat(responses.get(0).serviceNotice().orElseThrow()).startsWith("The City will inspect");

    Generators g = new Generators(3);
    Demand d = g.demand();
    DemandStatus s = new DemandStatus(d.id(), DemandState.DISPATCHED, d.submittedAt(), Optional.empty(),
        Optional.of(Channel.PURCHASE), Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(), 0, 4);
    Open311.ServiceRequest request = Open311.toServiceRequest(d, s);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Open311.writePostResponses(List.of(request), out);
    List<Open311.PostResponse> back = Open311.readPostResponses(new ByteArrayInputStream(out.toByteArray()));
    assertThat(back).containsExactly(new Open311.PostResponse(Optional.of(d.id().value()), Optional.empty(),
        Optional.of("PURCHASE: the community buys the service from a social organization (社会组织购买)")));
    assertThatExceptionOfType(GovernanceFormatException.class)
        .isThrownBy(() -> Open311.readPostResponses(new ByteArrayInputStream(
            "[{\"service_notice\": \"x\"}]".getBytes(UTF_8))))
        .satisfies(e -> assertThat(e.rule()).isEqualTo("id-or-token"))
        .satisfies(e -> assertThat(e.pointer()).isEqualTo("/0"));
  }

  @Test
  void ourRequestsMapBackToTheSameDemandAndTheStatusThatMaps() throws IOException {
    for (long seed = 0; seed < 300; seed++) {
      Generators g = new Generators(seed);
      Demand demand = g.demand();
      DemandStatus status = g.demandStatus(demand.id());
      Open311.Directory directory = Open311.Directory.of(g.hierarchy)
          .withServiceNames(Map.of("elderly-care", "养老服务"));
      Open311.ServiceRequest request = Open311.toServiceRequest(demand, status, directory);
      assertThat(request.status()).as("seed %d", seed)
          .isEqualTo(status.state().isFinal() ? Open311.Status.CLOSED : Open311.Status.OPEN);
      assertThat(request.address()).as("seed %d", seed).isPresent();
      Open311.Imported back = Open311.toDemand(request, Open311.DemandDefaults.of(demand));
      assertThat(back.demand()).as("seed %d", seed).isEqualTo(demand);
      assertThat(back.status()).as("seed %d", seed).isEqualTo(new DemandStatus(status.demand(), status.state(),
          status.since(), Optional.empty(), status.channel(), status.claimant(), Optional.empty(), Optional.empty(),
          OptionalInt.empty(), 0, 0));
      assertThat(Open311.toServiceRequest(back.demand(), back.status(), directory)).as("seed %d", seed)
          .isEqualTo(request);
      byte[] json = write(List.of(request));
      assertThat(read(json)).as("seed %d", seed).containsExactly(request);
      assertThat(write(read(json))).as("seed %d", seed).isEqualTo(json);
      assertThat(new String(json, UTF_8)).as("seed %d: the requester is not shown", seed)
          .doesNotContain(demand.requester().value());
    }
  }

  @Test
  void aDirectoryAddressesANodeByTheNamesFromTheRootDown() {
    Open311.Directory directory = Open311.Directory.of(SampleFiles.sample());
    assertThat(directory.places().get(GridId.of("xuemeili")).address()).contains("蓝天街道 白云社区 第一网格 雪梅里");
    Open311.Place place = new Open311.Place(Optional.empty(), Optional.of(GeoPoint.of(39.86, 111.24)));
    Generators g = new Generators(1);
    Demand demand = g.demand();
    Open311.ServiceRequest request = Open311.toServiceRequest(demand, g.demandStatus(demand.id()),
        Open311.Directory.EMPTY.withPlaces(Map.of(demand.grid(), place)));
    assertThat(request.location()).contains(GeoPoint.of(39.86, 111.24));
    assertThat(request.addressId()).contains(demand.grid().value());
    assertThat(request.serviceName()).contains(demand.category());
  }

  @Test
  void malformedRequestsFailAtTheirFieldWithoutQuotingFreeText() throws IOException {
    String valid = "{\"service_request_id\": \"1\", \"status\": \"open\", \"service_code\": \"c\", "
        + "\"requested_datetime\": \"2024-01-01T00:00:00Z\"";
    assertThat(read("[" + valid + ", \"extended_attributes\": {\"x\": [1, {\"y\": null}]}}]")).hasSize(1);
    List<String[]> cases = new ArrayList<>();
    cases.add(new String[] {"[{\"service_request_id\": \"1\", \"service_code\": \"c\", "
        + "\"requested_datetime\": \"2024-01-01T00:00:00Z\"}]", "/0/status", "required"});
    cases.add(new String[] {"[" + valid.replace("open", "pending") + "}]", "/0/status", "enum"});
    cases.add(new String[] {"[" + valid + ", \"lat\": 37.7}]", "/0/lat", "location-pair"});
    cases.add(new String[] {"[" + valid + ", \"lat\": 91, \"long\": 1}]", "/0/lat", "coordinate-range"});
    cases.add(new String[] {"[" + valid + ", \"lat\": \"north\", \"long\": 1}]", "/0/lat", "number"});
    cases.add(new String[] {"[" + valid.replace("2024-01-01T00:00:00Z", "2024-01-01 00:00") + "}]",
        "/0/requested_datetime", "date-time"});
    cases.add(new String[] {"[" + valid.replace("\"c\"", "true") + "}]", "/0/service_code", "string"});
    cases.add(new String[] {"[" + valid + ", \"status\": \"open\"}]", "/0/status", "unique-property"});
    cases.add(new String[] {"{}", "", "array"});
    cases.add(new String[] {"[" + valid + ", \"description\": 13912345678}]", "/0/description", "string"});
    for (String[] c : cases) {
      assertThatExceptionOfType(GovernanceFormatException.class).as(c[0]).isThrownBy(() -> read(c[0]))
          .satisfies(e -> assertThat(e.pointer()).as(e.getMessage()).isEqualTo(c[1]))
          .satisfies(e -> assertThat(e.rule()).as(e.getMessage()).isEqualTo(c[2]))
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("13912345678"));
    }
  }

  @Test
  void aPostFormIsRefusedWithTheModelsErrorForBadEncodingHexNumbersAndOverlongText() {
    for (String body : List.of("service_code=x&description=%zz", "service_code=x&description=100%")) {
      assertThatExceptionOfType(DomainValidationException.class)
          .isThrownBy(() -> Open311.fromPostForm(body, "1", RECEIVED))
          .satisfies(e -> assertThat(e.violations().get(0).rule()).isEqualTo("url-encoded"))
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("100%"));
    }
    for (String lat : List.of("0x1p3", "1d", "NaN", "Infinity", "1_0")) {
      assertThatExceptionOfType(DomainValidationException.class)
          .isThrownBy(() -> Open311.fromPostForm("service_code=x&lat=" + lat + "&long=1", "1", RECEIVED))
          .as(lat).satisfies(e -> assertThat(e.violations().get(0).rule()).isEqualTo("number"));
    }
    assertThat(Open311.fromPostForm("service_code=x&lat=-8.5e0&long=.5", "1", RECEIVED).location()).isPresent();
    String longText = "灯".repeat(4_001);
    assertThatExceptionOfType(DomainValidationException.class)
        .isThrownBy(() -> Open311.fromPostForm("service_code=x&description=" + longText, "1", RECEIVED))
        .satisfies(e -> assertThat(e.violations().get(0).rule()).isEqualTo("description-length"))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("灯灯"));
    assertThat(Open311.fromPostForm("service_code=x&description=" + "灯".repeat(4_000), "1", RECEIVED).description())
        .hasValueSatisfying(d -> assertThat(d).hasSize(4_000));
  }

  @Test
  void aRequestWhoseIdOrCodeIsNotOfTheModelsFormIsRefusedByTheModel() {
    Open311.ServiceRequest request = Open311.fromPostForm("service_code=road+works", "638 344", RECEIVED);
    assertThatExceptionOfType(DomainValidationException.class)
        .isThrownBy(() -> Open311.toDemand(request, reporterDefaults()))
        .satisfies(e -> assertThat(e.violations().get(0).rule()).isEqualTo("id-form"));
    Open311.ServiceRequest code = Open311.fromPostForm("service_code=road+works", "638344", RECEIVED);
    assertThatExceptionOfType(DomainValidationException.class)
        .isThrownBy(() -> Open311.toDemand(code, reporterDefaults()))
        .satisfies(e -> assertThat(e.violations().get(0).field()).isEqualTo("category"));
    assertThatExceptionOfType(DomainValidationException.class)
        .isThrownBy(() -> Open311.fromPostForm("lat=1&long=2", "1", RECEIVED))
        .satisfies(e -> assertThat(e.violations().get(0).field()).isEqualTo("service_code"));
    assertThatExceptionOfType(DomainValidationException.class)
        .isThrownBy(() -> Open311.fromPostForm("service_code=1&lat=1", "1", RECEIVED))
        .satisfies(e -> assertThat(e.violations().get(0).rule()).isEqualTo("location-pair"));
    Open311.ServiceRequest dispatched = Open311.fromPostForm("service_code=c", "1", RECEIVED);
    Open311.ServiceRequest claimed = new Open311.ServiceRequest(dispatched.serviceRequestId(), Open311.Status.OPEN,
        Optional.of("CLAIMED: taken"), Optional.empty(), "c", Optional.empty(), Optional.of("unit-power"),
        Optional.of("CLAIM: at its own cost"), RECEIVED, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    DemandStatus status = Open311.toDemand(claimed, reporterDefaults()).status();
    assertThat(status.state()).isEqualTo(DemandState.CLAIMED);
    assertThat(status.claimant()).contains(OrganizationId.of("unit-power"));
    assertThat(status.channel()).contains(Channel.CLAIM);
    Open311.ServiceRequest contradicting = new Open311.ServiceRequest("1", Open311.Status.CLOSED,
        Optional.of("CLAIMED: taken"), Optional.empty(), "c", Optional.empty(), Optional.of("Public Works Dept."),
        Optional.empty(), RECEIVED, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty());
    DemandStatus closed = Open311.toDemand(contradicting, reporterDefaults()).status();
    assertThat(closed.state()).as("notes that contradict the status are not trusted").isEqualTo(DemandState.CLOSED);
    assertThat(closed.claimant()).as("an agency name that is no id").isEmpty();
  }
}
