package io.github.jiceng.governance.store.jdbc;

import io.github.jiceng.governance.model.actor.PersonName;
import io.github.jiceng.governance.model.code.IdentityNumber;
import io.github.jiceng.governance.model.code.MobileNumber;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/** Personal data for the register's tests: recognisable values and seeded random ones, and raw rows. */
final class People {

  /** A name no other text of the store contains. */
  static final String NAME = "欧阳娜娜";
  /** A valid identity number. */
  static final String IDENTITY = identity("150622", "19900101", "001");
  /** A valid mobile. */
  static final String MOBILE = "13912345678";

  private People() {}

  /** The recognisable person: name, identity number and mobile. */
  static PersonalData recognisable() {
    return PersonalData.of(PersonName.of(NAME)).withIdentityNumber(IdentityNumber.of(IDENTITY))
        .withMobile(MobileNumber.of(MOBILE));
  }

  /** A valid identity number with the given address code, birth date and sequence. */
  static String identity(String address, String birth, String sequence) {
    String body = address + birth + sequence;
    return body + IdentityNumber.checkCharacterOf(body);
  }

  /** Random personal data: a name of 1 to 8 CJK characters, each other field present or not. */
  static PersonalData random(SplittableRandom random) {
    StringBuilder name = new StringBuilder();
    int length = 1 + random.nextInt(8);
    for (int i = 0; i < length; i++) {
      name.appendCodePoint(0x4E00 + random.nextInt(0x5000));
    }
    Optional<IdentityNumber> number = random.nextBoolean() ? Optional.empty()
        : Optional.of(IdentityNumber.of(identity(String.valueOf(110000 + random.nextInt(540000)),
            String.format(Locale.ROOT, "%04d%02d%02d", 1930 + random.nextInt(90), 1 + random.nextInt(12), 1 + random.nextInt(28)),
            String.format(Locale.ROOT, "%03d", random.nextInt(1000)))));
    Optional<MobileNumber> mobile = random.nextBoolean() ? Optional.empty()
        : Optional.of(MobileNumber.of("1" + (3 + random.nextInt(7)) + String.format(Locale.ROOT, "%09d", random.nextInt(1_000_000_000))));
    return new PersonalData(PersonName.of(name.toString()), number, mobile);
  }

  /** Every row of gov_person, column by column, ordered by person. */
  static List<String> rows(TestDatabase database) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT person_id, version, state, key_id, key_check, name, identity_number, "
            + "mobile FROM gov_person ORDER BY person_id")) {
      while (result.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= 8; i++) {
          row.append(i == 1 ? "" : " | ").append(result.getString(i));
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }

  /** The value of one column of a person's row. */
  static String column(TestDatabase database, String person, String column) throws SQLException {
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT " + column + " FROM gov_person WHERE person_id = '" + person + "'")) {
      if (!result.next()) {
        throw new IllegalStateException("no row of " + person);
      }
      return result.getString(1);
    }
  }

  /** Sets one column of a person's row, as an operator editing the table would. */
  static void edit(TestDatabase database, String person, String column, String value) throws SQLException {
    int changed = database.execute("UPDATE gov_person SET " + column + " = " + (value == null ? "NULL" : "'" + value + "'")
        + " WHERE person_id = '" + person + "'");
    if (changed != 1) {
      throw new IllegalStateException("no row of " + person);
    }
  }
}
