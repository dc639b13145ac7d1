package io.github.jiceng.governance.store.jdbc;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.PersonId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * A {@link KeyProvider} that keeps its keys in this object's memory, <b>for tests and
 * demonstrations only</b> (仅供测试和演示的内存密钥提供者). Its keys are drawn from a seeded
 * generator, so anyone who knows the seed knows every key, and they vanish with the process, so
 * every person stored under them becomes unreadable at the next start. A host keeps real data keys
 * in its own key management service and implements {@link KeyProvider} over it.
 *
 * <p>Keys are 256-bit AES keys with the ids {@code test-key-1}, {@code test-key-2}, ... in the
 * order they are created; the same seed and the same calls give the same keys, so tests are
 * reproducible. Destroying a key overwrites its bytes and remembers its id as destroyed.
 * Thread-safe.
 */
public final class InMemoryKeyProvider implements KeyProvider {

  private final SplittableRandom random;
  private final Map<String, byte[]> keys = new TreeMap<>();
  private final Set<String> destroyed = new HashSet<>();
  private long created;

  private InMemoryKeyProvider(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /**
   * Returns a provider for tests and demonstrations whose keys derive from a seed.
   *
   * @param seed the seed; the same seed gives the same keys in the same order
   * @return a provider holding no key yet
   */
  public static InMemoryKeyProvider seeded(long seed) {
    return new InMemoryKeyProvider(seed);
  }

  @Override
  public synchronized String createKey(PersonId person) {
    requireNonNull(person, "person");
    byte[] key = new byte[32];
    random.nextBytes(key);
    created++;
    String id = "test-key-" + created;
    keys.put(id, key);
    return id;
  }

  @Override
  public synchronized Optional<SecretKey> key(String keyId) {
    requireNonNull(keyId, "keyId");
    byte[] key = keys.get(keyId);
    return key == null ? Optional.empty() : Optional.of(new SecretKeySpec(key, "AES"));
  }

  @Override
  public synchronized boolean isDestroyed(String keyId) {
    requireNonNull(keyId, "keyId");
    return destroyed.contains(keyId);
  }

  @Override
  public synchronized void destroy(String keyId) {
    requireNonNull(keyId, "keyId");
    byte[] key = keys.remove(keyId);
    if (key != null) {
      Arrays.fill(key, (byte) 0);
      destroyed.add(keyId);
    }
  }

  /**
   * Returns how many keys this provider holds now: created and not destroyed.
   *
   * @return the number of live keys
   */
  public synchronized int liveKeys() {
    return keys.size();
  }

  /** Returns the numbers of live and destroyed keys; never a key. */
  @Override
  public synchronized String toString() {
    return "InMemoryKeyProvider[for tests only, " + keys.size() + " live, " + destroyed.size() + " destroyed]";
  }
}
