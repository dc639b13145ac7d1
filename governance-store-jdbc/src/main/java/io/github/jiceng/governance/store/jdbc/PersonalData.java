package io.github.jiceng.governance.store.jdbc;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.Person;
import io.github.jiceng.governance.model.actor.PersonName;
import io.github.jiceng.governance.model.code.IdentityNumber;
import io.github.jiceng.governance.model.code.MobileNumber;
import java.util.Optional;

/**
 * The personal data of one person that the {@link PersonRegister} keeps encrypted (个人信息): the
 * name, and the identity number and mobile if recorded, in the model's own types, which validate
 * their values and mask themselves. {@link #toString} shows them masked only.
 *
 * @param name the person's name
 * @param identityNumber the identity number (公民身份号码), if recorded
 * @param mobile the mobile number (手机号码), if recorded
 */
public record PersonalData(PersonName name, Optional<IdentityNumber> identityNumber, Optional<MobileNumber> mobile) {

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a component is null
   */
  public PersonalData {
    requireNonNull(name, "name");
    requireNonNull(identityNumber, "identityNumber");
    requireNonNull(mobile, "mobile");
  }

  /**
   * Returns a name without identity number or mobile.
   *
   * @param name the name
   * @return the data
   */
  public static PersonalData of(PersonName name) {
    return new PersonalData(name, Optional.empty(), Optional.empty());
  }

  /**
   * Returns the personal data of a person of the model: the name, identity number and mobile.
   *
   * @param person the person
   * @return the data
   */
  public static PersonalData of(Person person) {
    requireNonNull(person, "person");
    return new PersonalData(person.name(), person.identityNumber(), person.mobile());
  }

  /**
   * Returns this data with another name.
   *
   * @param newName the name
   * @return the data
   */
  public PersonalData withName(PersonName newName) {
    return new PersonalData(newName, identityNumber, mobile);
  }

  /**
   * Returns this data with an identity number.
   *
   * @param number the number
   * @return the data
   */
  public PersonalData withIdentityNumber(IdentityNumber number) {
    return new PersonalData(name, Optional.of(number), mobile);
  }

  /**
   * Returns this data with a mobile number.
   *
   * @param number the number
   * @return the data
   */
  public PersonalData withMobile(MobileNumber number) {
    return new PersonalData(name, identityNumber, Optional.of(number));
  }

  /** Returns the data masked: {@code PersonalData[name=张*, identityNumber=1***************11, mobile=139****5678]}. */
  @Override
  public String toString() {
    return "PersonalData[name=" + name.masked() + ", identityNumber=" + identityNumber.map(IdentityNumber::masked).orElse("none")
        + ", mobile=" + mobile.map(MobileNumber::masked).orElse("none") + "]";
  }
}
