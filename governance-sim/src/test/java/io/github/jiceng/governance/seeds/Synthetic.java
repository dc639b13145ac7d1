package io.github.jiceng.governance.seeds;

import io.github.jiceng.governance.model.actor.PersonName;
import io.github.jiceng.governance.model.code.CreditCode;
import io.github.jiceng.governance.model.code.IdentityNumber;
import io.github.jiceng.governance.model.code.MobileNumber;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * The synthetic personal data of the seed scenario: names, identity numbers, mobiles and credit
 * codes, each a pure function of a sequence number, valid by the SDK's own checks and of a form no
 * real value has.
 *
 * <ul>
 *   <li>A name is a surname, {@code 某} and a heavenly stem ({@code 王某甲}): the way Chinese
 *       reports anonymise a person, never a real given name.
 *   <li>An identity number (GB 11643) has the address code of 准格尔旗 ({@code 150622}), a birth
 *       date from 1948-01-01 on that differs for every sequence number below {@value #BIRTH_DAYS}
 *       (or a given one, for the young and the old), a sequence code and the check character
 *       computed by the standard's algorithm.
 *   <li>A mobile starts {@code 140}, a prefix of no 11-digit segment (手机卡, 上网卡) in the public
 *       lists of segments, so the numbers belong to no subscriber as far as those lists show.
 *   <li>A credit code (GB 32100) has positions 9-16 {@code JC} and six digits, a GB 11714 check
 *       character and the final check character; registration authority and category as given.
 * </ul>
 */
final class Synthetic {

  /** Surnames, in the order of the seed's sequence. */
  static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

  /** The heavenly stems that end every synthetic name. */
  static final String STEMS = "甲乙丙丁戊己庚辛壬癸";

  /** Every synthetic name matches this: one surname character, 某, one stem. */
  static final Pattern NAME_FORM = Pattern.compile("[" + SURNAMES + "]某[" + STEMS + "]");

  /** Every synthetic mobile matches this. */
  static final Pattern MOBILE_FORM = Pattern.compile("140[0-9]{8}");

  /** The address code of 准格尔旗 that every synthetic identity number starts with. */
  static final String ADDRESS_CODE = "150622";

  /** Birth dates differ for sequence numbers below this. */
  static final int BIRTH_DAYS = 20_000;

  private static final LocalDate FIRST_BIRTH = LocalDate.of(1948, 1, 1);
  private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

  private Synthetic() {}

  /** The synthetic name of person {@code n}. */
  static PersonName name(int n) {
    int surnames = SURNAMES.length();
    char surname = SURNAMES.charAt(Math.floorMod(n * 7 + n / surnames, surnames));
    char stem = STEMS.charAt(Math.floorMod(n / 3, STEMS.length()));
    return PersonName.of(surname + "某" + stem);
  }

  /**
   * The synthetic identity number of person {@code n}, born between 1948 and 2002: 7,919 is prime
   * to {@value #BIRTH_DAYS}, so numbers below it get distinct birth dates.
   */
  static IdentityNumber identityNumber(int n) {
    return identityNumber(n, FIRST_BIRTH.plusDays(Math.floorMod(n * 7_919L, BIRTH_DAYS)));
  }

  /** The synthetic identity number of person {@code n}, born on the given day. */
  static IdentityNumber identityNumber(int n, LocalDate born) {
    String body = ADDRESS_CODE + born.format(BASIC) + String.format("%03d", 10 + Math.floorMod(n * 13, 980));
    return IdentityNumber.of(body + IdentityNumber.checkCharacterOf(body));
  }

  /** The synthetic mobile of person {@code n}. */
  static MobileNumber mobile(int n) {
    return MobileNumber.of(String.format("140%08d", n));
  }

  /**
   * A synthetic credit code registered in 准格尔旗.
   *
   * @param authorityAndCategory positions 1-2, such as {@code "91"} (an enterprise) or
   *     {@code "52"} (a private non-enterprise unit)
   * @param n the unit's sequence number, 0-999999
   */
  static CreditCode creditCode(String authorityAndCategory, int n) {
    String org = String.format("JC%06d", n);
    String body = authorityAndCategory + ADDRESS_CODE + org + CreditCode.organizationCheckCharacterOf(org);
    return CreditCode.of(body + CreditCode.checkCharacterOf(body));
  }
}
