package io.github.jiceng.governance.model.post;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Excerpts;
import io.github.jiceng.governance.model.shared.Violation;
import java.util.regex.Pattern;

/**
 * The kind of a post (岗位类别), as a key: the article's posts are constants, and a district may
 * define its own. A key is 1 to 64 characters of {@code [A-Z0-9_]}, starting with a letter.
 *
 * @param key the kind's key, such as {@code "GRID_HEAD"}
 */
public record PostKind(String key) implements Comparable<PostKind> {

  private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  /**
   * 党组织书记: the secretary of a party organization (社区党支部书记, 村党支部书记, 镇党委书记), who
   * leads its territory; by default granted every action in the post's subtree (raise, advise,
   * dispatch, approve: see {@code AuthorityPolicy.DEFAULT} for the reading behind each). Like
   * every post it has an A holder (the secretary) and a B holder, normally a deputy secretary,
   * who acts while the secretary is away.
   */
  public static final PostKind PARTY_SECRETARY = new PostKind("PARTY_SECRETARY");

  /**
   * 党组织副书记: a deputy secretary of a party organization (such as 镇党委副书记), with a post of
   * the deputy's own beside the B slot of the secretary's post; by default granted every action in
   * the post's subtree, as the secretary is (an assumption; see {@code AuthorityPolicy.DEFAULT}).
   */
  public static final PostKind DEPUTY_SECRETARY = new PostKind("DEPUTY_SECRETARY");

  /** 执行书记: the executive secretary of a community party organization (执行书记AB岗). */
  public static final PostKind EXECUTIVE_SECRETARY = new PostKind("EXECUTIVE_SECRETARY");

  /** 网格长: the head of a grid. */
  public static final PostKind GRID_HEAD = new PostKind("GRID_HEAD");

  /** 小区联络员: the liaison for a residential compound. */
  public static final PostKind COMPOUND_LIAISON = new PostKind("COMPOUND_LIAISON");

  /** 党小组长: the leader of a party group. */
  public static final PostKind PARTY_GROUP_LEADER = new PostKind("PARTY_GROUP_LEADER");

  /** 社长: the head of a villagers' group. */
  public static final PostKind VILLAGER_GROUP_HEAD = new PostKind("VILLAGER_GROUP_HEAD");

  /**
   * Validates the key.
   *
   * @throws DomainValidationException if the key is not of the documented form
   */
  public PostKind {
    requireNonNull(key, "key");
    if (!FORM.matcher(key).matches()) {
      throw new DomainValidationException(new Violation("PostKind[" + Excerpts.of(key) + "]", "key", "key-form",
          "a post kind is 1-64 characters of [A-Z0-9_] starting with a letter, was '" + Excerpts.of(key) + "'")
                  .with("value", key).with("pattern", FORM.pattern()));
    }
  }

  /** Returns the kind with the given key; same as the constructor. */
  public static PostKind of(String key) {
    return new PostKind(key);
  }

  @Override
  public int compareTo(PostKind o) {
    return key.compareTo(o.key);
  }

  /** Returns the key itself. */
  @Override
  public String toString() {
    return key;
  }
}
