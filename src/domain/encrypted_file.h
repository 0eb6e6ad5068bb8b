// The encrypted-file format of True North's exports and backups (README "Encrypted files"): a header,
// then the data in chunks sealed by libsodium's XChaCha20-Poly1305 secretstream, with a key derived from
// a passphrase by Argon2id (crypto_pwhash). Streamed: one chunk in memory at a time.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <istream>
#include <memory>
#include <string>
#include <string_view>

#include "domain/status.h"

namespace tn {

// The first eight bytes of every encrypted file.
inline constexpr std::string_view kEncryptedMagic{"TNCRYPT\0", 8};
inline constexpr std::uint8_t kEncryptedVersion = 1;
// The header: magic (8), version (1), algorithm (1), salt (16), opslimit (8, little-endian), memlimit
// (8, little-endian, bytes), chunk size (4, little-endian: plaintext bytes per chunk), secretstream header (24).
inline constexpr std::size_t kEncryptedHeaderBytes = 70;
inline constexpr std::size_t kEncryptedChunkBytes = 64 * 1024;
// The shortest passphrase True North encrypts with.
inline constexpr std::size_t kMinPassphraseChars = 8;

// Invalid (field "passphrase") unless `passphrase` has at least kMinPassphraseChars characters.
Status check_new_passphrase(std::string_view passphrase);

// Encrypts a stream of bytes. header() opens the file; push() seals each complete chunk of what it is
// given; finish() seals the rest as the last chunk (tag FINAL, possibly empty). Output goes to `out`.
class Encryptor {
 public:
  using Output = std::function<bool(std::string_view)>;
  // Derives the key from `passphrase` with a new random salt (Argon2id, libsodium's "interactive" limits:
  // about 64 MiB and a fraction of a second) and writes the header through `out`. Internal when libsodium
  // cannot start or derive; Unavailable when `out` returns false.
  static Result<std::unique_ptr<Encryptor>> start(std::string_view passphrase, Output out);
  ~Encryptor();
  Encryptor(const Encryptor&) = delete;
  Encryptor& operator=(const Encryptor&) = delete;

  // Adds `plain`; false once `out` returned false.
  bool push(std::string_view plain);
  // Seals what is left as the last chunk; false when `out` returned false.
  bool finish();

 private:
  struct State;
  explicit Encryptor(std::unique_ptr<State> state);
  bool seal(bool final);
  std::unique_ptr<State> state_;
};

// Reads an encrypted file from `in` (starting with its magic) and hands the plain bytes to `out` chunk by
// chunk. Errors, each Invalid: field "file" when it is not a True North encrypted file, has a version
// or algorithm this program does not read, or asks for key-derivation limits beyond libsodium's
// "sensitive" ones; field "passphrase" when the first chunk does not open ("the passphrase is wrong, or
// the file was changed or cut short"); field "file" when a later chunk fails its check (changed, damaged or cut
// short inside it), the file is cut short (no final chunk), or anything follows the final chunk. Plain bytes already handed over
// before an error must be thrown away by the caller. Unavailable when `out` returns false.
Status decrypt_stream(std::istream& in, std::string_view passphrase, const std::function<bool(std::string_view)>& out);

}  // namespace tn
