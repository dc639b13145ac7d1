package io.github.jiceng.governance.store.jdbc;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-GCM over one person's data key, with deterministic synthetic nonces (ADR 0034).
 *
 * <p>Two 256-bit keys are derived from the data key with HMAC-SHA256 over fixed labels: one
 * encrypts, the other computes the nonce. The nonce of a field is the first 12 bytes of
 * HMAC-SHA256 under the nonce key over the associated data (person, field, key id, write counter)
 * and the plaintext, so one key never meets one nonce with two different inputs, even when a
 * restored backup writes the same counter again. A sealed field is the Base64 text of the format
 * byte, the nonce, the ciphertext and the 16-byte tag.
 */
final class PersonCipher {

  /** The first byte of every sealed field: this format. */
  static final byte FORMAT = 1;

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final String HMAC = "HmacSHA256";
  private static final byte[] ENCRYPTION_LABEL = "jiceng-governance person-register v1 encryption".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] NONCE_LABEL = "jiceng-governance person-register v1 nonce".getBytes(StandardCharsets.US_ASCII);

  private final SecretKeySpec encryption;
  private final SecretKeySpec nonces;

  private PersonCipher(SecretKeySpec encryption, SecretKeySpec nonces) {
    this.encryption = encryption;
    this.nonces = nonces;
  }

  /**
   * Derives the cipher of a data key.
   *
   * @throws IllegalArgumentException if the key's bytes are not readable or not 16 to 64 bytes long
   */
  static PersonCipher of(SecretKey dataKey) {
    byte[] material = dataKey.getEncoded();
    if (material == null || material.length < 16 || material.length > 64) {
      throw new IllegalArgumentException("A data key gives 16 to 64 readable bytes, this one "
          + (material == null ? "none" : material.length + ""));
    }
    try {
      SecretKeySpec master = new SecretKeySpec(material, HMAC);
      return new PersonCipher(new SecretKeySpec(mac(master, ENCRYPTION_LABEL), "AES"), new SecretKeySpec(mac(master, NONCE_LABEL),
          HMAC));
    } finally {
      Arrays.fill(material, (byte) 0);
    }
  }

  /** Returns the associated data of one field of one row. */
  static byte[] associatedData(String person, String field, String keyId, long version) {
    return ("gov_person v1\u0000" + person + "\u0000" + field + "\u0000" + keyId + "\u0000" + version)
        .getBytes(StandardCharsets.UTF_8);
  }

  /** Encrypts a plaintext under the associated data and returns the sealed text. */
  String seal(byte[] associatedData, byte[] plaintext) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(nonces);
      mac.update(associatedData);
      mac.update((byte) 0);
      byte[] nonce = Arrays.copyOf(mac.doFinal(plaintext), NONCE_BYTES);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, encryption, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(associatedData);
      byte[] sealed = cipher.doFinal(plaintext);
      byte[] out = new byte[1 + NONCE_BYTES + sealed.length];
      out[0] = FORMAT;
      System.arraycopy(nonce, 0, out, 1, NONCE_BYTES);
      System.arraycopy(sealed, 0, out, 1 + NONCE_BYTES, sealed.length);
      return Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM or HmacSHA256 is missing from the JDK", e);
    }
  }

  /**
   * Decrypts a sealed text under the associated data.
   *
   * @throws GeneralSecurityException if the text is not a sealed field of this format or does not
   *     authenticate under this key and associated data
   */
  byte[] open(byte[] associatedData, String sealedText) throws GeneralSecurityException {
    byte[] in;
    try {
      in = Base64.getDecoder().decode(sealedText);
    } catch (IllegalArgumentException e) {
      throw new GeneralSecurityException("not Base64");
    }
    if (in.length < 1 + NONCE_BYTES + TAG_BITS / 8 || in[0] != FORMAT) {
      throw new GeneralSecurityException("not a sealed field of format " + FORMAT);
    }
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(Cipher.DECRYPT_MODE, encryption, new GCMParameterSpec(TAG_BITS, in, 1, NONCE_BYTES));
    cipher.updateAAD(associatedData);
    return cipher.doFinal(in, 1 + NONCE_BYTES, in.length - 1 - NONCE_BYTES);
  }

  private static byte[] mac(SecretKeySpec key, byte[] label) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(key);
      return mac.doFinal(label);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from the JDK", e);
    }
  }
}
