-- The person register (ADR 0034): a person's name, identity number and mobile under the person's
-- id, each field encrypted at rest with AES-GCM under the person's own data key, which the host's
-- key provider holds. Events refer to person ids only; nothing here is read by the event store.
--
-- Portable DDL: standard types only. Every ciphertext is text, the Base64 (RFC 4648, with padding)
-- of one format byte, the 12-byte nonce, the encrypted field and the 16-byte tag, because binary
-- column types differ between databases (BYTEA, VARBINARY, BLOB) and text does not. VARCHAR(512)
-- holds the longest name (50 characters of up to 4 UTF-8 bytes each: at most 230 bytes, 308
-- Base64 characters). On MySQL 8 and the PostgreSQL derivatives the script runs unchanged.
--
-- key_id    the id of the person's data key, as the key provider named it; no key material.
-- version   the row's write counter: 1 for the first write, one more for every write and for
--           the erasure; bound into every ciphertext, so a field copied from an older write or
--           from another row does not authenticate.
-- state     ACTIVE, or ERASED once the person's key was destroyed and the ciphertexts cleared.
-- key_check a ciphertext of nothing under the row's key, binding person, key id and version.

CREATE TABLE gov_person (
  person_id       VARCHAR(64)  NOT NULL,
  version         BIGINT       NOT NULL,
  state           VARCHAR(8)   NOT NULL,
  key_id          VARCHAR(200) NOT NULL,
  key_check       VARCHAR(64),
  name            VARCHAR(512),
  identity_number VARCHAR(512),
  mobile          VARCHAR(512),
  CONSTRAINT gov_person_pk PRIMARY KEY (person_id),
  CONSTRAINT gov_person_version_ck CHECK (version >= 1),
  CONSTRAINT gov_person_state_ck CHECK (state IN ('ACTIVE', 'ERASED'))
);
