package io.github.jiceng.governance.store.jdbc;

import io.github.jiceng.governance.model.actor.PersonId;
import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * The host's keeper of the data keys that encrypt personal data in the {@link PersonRegister}
 * (数据密钥提供者): a key management service, a hardware security module, a table of wrapped keys.
 * The host implements it; the SDK ships only {@link InMemoryKeyProvider}, for tests and
 * demonstrations.
 *
 * <p>Every person has a data key of their own, created when the register first stores them. The
 * register keeps the key's id beside the person's row, never the key. Destroying the key is the
 * erasure (删除) of the person's data under 个人信息保护法: every ciphertext under it, in the
 * database and in every backup of it, becomes unreadable, while the ledgers, which refer to the
 * person by id only, stay as they are.
 *
 * <p>A data key is secret-key material whose bytes the register can read ({@link
 * SecretKey#getEncoded()}, 16 to 64 bytes, such as a 256-bit AES key): the register derives its
 * encryption and nonce keys from them (ADR 0034). A service that keeps a master key inside
 * hardware hands out data keys this way, wrapped by the master key at rest (envelope encryption).
 *
 * <p>Key ids are 1 to {@value PersonRegister#MAX_KEY_ID_LENGTH} characters of {@code A-Z a-z 0-9 .
 * _ : / -} and must carry no personal data: they are stored in clear and may appear in logs.
 * Implementations are called from many threads at once and must be thread-safe.
 */
public interface KeyProvider {

  /**
   * Creates a new data key for a person and returns its id. The register calls this once per
   * person, when it first stores them; a key created for a write that then lost a race is
   * destroyed again.
   *
   * @param person the person the key is for
   * @return the new key's id, never given out before
   */
  String createKey(PersonId person);

  /**
   * Returns the data key with an id.
   *
   * @param keyId an id this provider returned from {@link #createKey}, or any other text read
   *     from a row
   * @return the key, or empty if it was destroyed or this provider never issued the id
   */
  Optional<SecretKey> key(String keyId);

  /**
   * Returns whether a key with this id was destroyed. The register reads a person whose key is
   * destroyed as erased, and a key id that is neither present nor destroyed as a tampered row.
   * A provider that forgets destroyed ids may answer {@code true} for every id it does not hold;
   * an edited key id then reads as erased rather than as tampered.
   *
   * @param keyId the key's id
   * @return true if the key existed and was destroyed
   */
  boolean isDestroyed(String keyId);

  /**
   * Destroys a key for good, so that nothing encrypted under it can be read again. Destroying a
   * destroyed key does nothing.
   *
   * @param keyId the key's id
   */
  void destroy(String keyId);
}
