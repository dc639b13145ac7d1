package io.github.jiceng.governance.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiceng.governance.json.internal.ActorCodecs;
import io.github.jiceng.governance.json.internal.Codec;
import io.github.jiceng.governance.json.internal.Documents;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.Person;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.actor.PersonName;
import io.github.jiceng.governance.model.actor.Role;
import io.github.jiceng.governance.model.code.IdentityNumber;
import io.github.jiceng.governance.model.code.MobileNumber;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

/**
 * Files as people save and edit them: a file saved as GBK or GB18030 is refused as not UTF-8,
 * codes typed with full-width characters are refused saying so, property names that are
 * personal data are masked like values, and finding a file's format fails like every reader.
 */
final class InputAsTypedTest {

  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final String ID = "150622199001010011";
  private static final String MOBILE = "13912345678";
  private static final String NAME = "欧阳娜娜";

  private static Person person() {
    return Person.builder().id(PersonId.of("p-1")).name(PersonName.of(NAME)).identityNumber(IdentityNumber.of(ID))
        .mobile(MobileNumber.of(MOBILE)).addRole(Role.PartyMember.of(OrganizationId.of("baiyun-branch"))).build();
  }

  private static ObjectNode personTree() {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Documents.write(Bindings.syntax(), person(), ActorCodecs.PERSON, out);
      return (ObjectNode) PLAIN.readTree(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static GovernanceFormatException fails(Codec<?> codec, byte[] bytes) {
    GovernanceFormatException e = catchThrowableOfType(GovernanceFormatException.class,
        () -> Documents.read(Bindings.syntax(), new ByteArrayInputStream(bytes), codec));
    assertThat(e).as("a format error").isNotNull();
    return e;
  }

  private static GovernanceFormatException formatNameFails(String text) {
    GovernanceFormatException e = catchThrowableOfType(GovernanceFormatException.class,
        () -> Bindings.files().readFormatName(new ByteArrayInputStream(text.getBytes(UTF_8))));
    assertThat(e).as("a format error for %s", text).isNotNull();
    return e;
  }

  @Test
  void aFileSavedAsGbkOrGb18030IsRefusedAsNotUtf8() throws IOException {
    String json = personTree().toString();
    assertThat(json).contains(NAME);
    for (String charset : new String[] {"GBK", "GB18030"}) {
      GovernanceFormatException e = fails(ActorCodecs.PERSON, json.getBytes(Charset.forName(charset)));
      assertThat(e.rule()).as(charset).isEqualTo("encoding");
      assertThat(e.getMessage()).as(charset).contains("not UTF-8").doesNotContain(NAME);
    }
    assertThat(Documents.read(Bindings.syntax(), new ByteArrayInputStream(json.getBytes(UTF_8)), ActorCodecs.PERSON)).isEqualTo(person());
  }

  @Test
  void findingTheFormatOfAGbkFileSaysItIsNotUtf8() {
    byte[] gbk = "{\"title\": \"白云社区\", \"format\": \"jiceng-governance/scenario\"}".getBytes(Charset.forName("GBK"));
    GovernanceFormatException e = catchThrowableOfType(GovernanceFormatException.class,
        () -> Bindings.files().readFormatName(new ByteArrayInputStream(gbk)));
    assertThat(e.rule()).isEqualTo("encoding");
    assertThat(e.pointer()).isEqualTo("/title");
  }

  @Test
  void codesTypedWithFullWidthCharactersAreRefusedSayingSo() {
    String fullWidthId = "１５０６２２" + ID.substring(6);
    GovernanceFormatException e = fails(ActorCodecs.PERSON,
        personTree().put("identityNumber", fullWidthId).toString().getBytes(UTF_8));
    assertThat(e.pointer()).isEqualTo("/identityNumber");
    assertThat(e.rule()).isEqualTo("ascii-characters");
    assertThat(e.getMessage()).contains("全角字符").contains("full-width").contains("position 1")
        .doesNotContain(ID.substring(6));
    GovernanceFormatException spaced = fails(ActorCodecs.PERSON,
        personTree().put("mobile", " " + MOBILE).toString().getBytes(UTF_8));
    assertThat(spaced.pointer()).isEqualTo("/mobile");
    assertThat(spaced.rule()).isEqualTo("ascii-characters");
    assertThat(spaced.getMessage()).contains("space").doesNotContain(MOBILE);
  }

  @Test
  void aFullWidthNameIsANameAndReadsAsWritten() throws IOException {
    ObjectNode tree = personTree().put("name", "ＡＢＣ　王");
    Person read = Documents.read(Bindings.syntax(), new ByteArrayInputStream(tree.toString().getBytes(UTF_8)), ActorCodecs.PERSON);
    assertThat(read.name().rawValue()).isEqualTo("ＡＢＣ　王");
  }

  @Test
  void anUnknownPropertyNamedByAnIdentityNumberOrAMobileIsMaskedInMessageAndPointer() {
    for (String personal : new String[] {ID, "15062219900101001X", MOBILE, "+86" + MOBILE, "150622900101001"}) {
      ObjectNode tree = personTree();
      tree.put(personal, 1);
      GovernanceFormatException e = fails(ActorCodecs.PERSON, tree.toString().getBytes(UTF_8));
      assertThat(e.rule()).as(personal).isEqualTo("known-property");
      assertThat(e.getMessage()).as(personal).doesNotContain(personal).contains("'" + personal.charAt(0)).contains("****");
      assertThat(e.pointer()).as(personal).doesNotContain(personal).startsWith("/" + personal.charAt(0));
    }
    ObjectNode tree = personTree();
    tree.put("nickname", 1);
    GovernanceFormatException plain = fails(ActorCodecs.PERSON, tree.toString().getBytes(UTF_8));
    assertThat(plain.getMessage()).contains("unknown property 'nickname'");
    assertThat(plain.pointer()).isEqualTo("/nickname");
  }

  @Test
  void aDuplicatedPropertyNamedByAnIdentityNumberIsMasked() {
    String json = "{\"format\": \"x\", \"" + ID + "\": 1, \"" + ID + "\": 2}";
    GovernanceFormatException e = fails(ActorCodecs.PERSON, json.getBytes(UTF_8));
    assertThat(e.getMessage()).doesNotContain(ID);
  }

  @Test
  void theFormatNameIsReadFromTheEnvelopeWhereverItStands() throws IOException {
    assertThat(Bindings.files().readFormatName(new ByteArrayInputStream(
        "{\"nodes\": [{\"a\": [1, 2]}], \"format\": \"jiceng-governance/grid-hierarchy\", \"rest\": ["
            .getBytes(UTF_8)))).isEqualTo(GovernanceJson.GRID_HIERARCHY_FORMAT);
  }

  @Test
  void everyFailureToFindTheFormatHasAPointerAndARule() {
    GovernanceFormatException comment = formatNameFails("{\"a\": 1, // a comment\n \"format\": \"x\"}");
    assertThat(comment.rule()).isEqualTo("well-formed");
    assertThat(comment.getMessage()).contains("comments (// or /* */) are not JSON");
    assertThat(comment.pointer()).isEqualTo("/a");
    GovernanceFormatException notObject = formatNameFails("[1, 2]");
    assertThat(notObject.rule()).isEqualTo("object");
    assertThat(notObject.pointer()).isEmpty();
    GovernanceFormatException missing = formatNameFails("{\"formatVersion\": 1, \"nodes\": []}");
    assertThat(missing.rule()).isEqualTo("required");
    assertThat(missing.pointer()).isEqualTo("/format");
    GovernanceFormatException notString = formatNameFails("{\"format\": 7}");
    assertThat(notString.rule()).isEqualTo("string");
    assertThat(notString.pointer()).isEqualTo("/format");
    GovernanceFormatException empty = formatNameFails("  ");
    assertThat(empty.rule()).isEqualTo("not-empty");
    GovernanceFormatException truncated = formatNameFails("{\"nodes\": [");
    assertThat(truncated.rule()).isEqualTo("complete");
    GovernanceFormatException personalName = formatNameFails("{\"" + ID + "\": 1, }");
    assertThat(personalName.getMessage()).doesNotContain(ID);
  }
}
