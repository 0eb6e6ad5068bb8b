// The encrypted-file format of True North's exports and backups: Argon2id key derivation and
// XChaCha20-Poly1305 secretstream chunks.
#include "domain/encrypted_file.h"

#include <sodium.h>

#include <array>
#include <vector>

#include "domain/text.h"

namespace tn {
namespace {

constexpr std::uint8_t kAlgorithm = 1;  // Argon2id v1.3 + XChaCha20-Poly1305 secretstream
constexpr std::size_t kSaltAt = 10, kOpsAt = 26, kMemAt = 34, kChunkAt = 42, kStreamAt = 46;
constexpr std::size_t kSealedExtra = crypto_secretstream_xchacha20poly1305_ABYTES;
static_assert(kStreamAt + crypto_secretstream_xchacha20poly1305_HEADERBYTES == kEncryptedHeaderBytes);
static_assert(crypto_pwhash_SALTBYTES == kOpsAt - kSaltAt);

using Key = std::array<unsigned char, crypto_secretstream_xchacha20poly1305_KEYBYTES>;

void put_le(std::string& out, std::size_t at, std::uint64_t value, std::size_t bytes) {
  for (std::size_t i = 0; i < bytes; ++i) out[at + i] = static_cast<char>((value >> (8 * i)) & 0xff);
}

std::uint64_t get_le(std::string_view in, std::size_t at, std::size_t bytes) {
  std::uint64_t value = 0;
  for (std::size_t i = 0; i < bytes; ++i) value |= std::uint64_t{static_cast<unsigned char>(in[at + i])} << (8 * i);
  return value;
}

const unsigned char* bytes(std::string_view text) { return reinterpret_cast<const unsigned char*>(text.data()); }

bool derive(Key& key, std::string_view passphrase, std::string_view salt, std::uint64_t ops, std::uint64_t mem) {
  return crypto_pwhash(key.data(), key.size(), passphrase.data(), passphrase.size(), bytes(salt), ops,
                       static_cast<std::size_t>(mem), crypto_pwhash_ALG_ARGON2ID13) == 0;
}

Status not_ours(const std::string& why) { return Status::Invalid("file", "this is not a file True North can decrypt: " + why); }

}  // namespace

Status check_new_passphrase(std::string_view passphrase) {
  if (!is_valid_utf8(passphrase) || utf8_length(passphrase) < kMinPassphraseChars) {
    return Status::Invalid("passphrase", "the passphrase must have at least " + std::to_string(kMinPassphraseChars) +
                                             " characters");
  }
  return Status::Ok();
}

struct Encryptor::State {
  Output out;
  crypto_secretstream_xchacha20poly1305_state stream{};
  std::string header;  // the first chunk's additional data: the header binds the whole file
  std::string pending;
  std::string sealed;
  bool first = true;
  bool ok = true;
};

Encryptor::Encryptor(std::unique_ptr<State> state) : state_(std::move(state)) {}

Encryptor::~Encryptor() { sodium_memzero(&state_->stream, sizeof state_->stream); }

Result<std::unique_ptr<Encryptor>> Encryptor::start(std::string_view passphrase, Output out) {
  if (sodium_init() < 0) return Status::Internal("libsodium could not start");
  auto state = std::make_unique<State>();
  state->out = std::move(out);
  std::string& header = state->header;
  header.assign(kEncryptedHeaderBytes, '\0');
  header.replace(0, kEncryptedMagic.size(), kEncryptedMagic);
  header[8] = static_cast<char>(kEncryptedVersion);
  header[9] = static_cast<char>(kAlgorithm);
  randombytes_buf(header.data() + kSaltAt, crypto_pwhash_SALTBYTES);
  const std::uint64_t ops = crypto_pwhash_OPSLIMIT_INTERACTIVE, mem = crypto_pwhash_MEMLIMIT_INTERACTIVE;
  put_le(header, kOpsAt, ops, 8);
  put_le(header, kMemAt, mem, 8);
  put_le(header, kChunkAt, kEncryptedChunkBytes, 4);
  Key key{};
  if (!derive(key, passphrase, std::string_view(header).substr(kSaltAt, crypto_pwhash_SALTBYTES), ops, mem)) {
    return Status::Internal("the key could not be derived from the passphrase (out of memory?)");
  }
  crypto_secretstream_xchacha20poly1305_init_push(&state->stream, reinterpret_cast<unsigned char*>(header.data() + kStreamAt),
                                                  key.data());
  sodium_memzero(key.data(), key.size());
  if (!state->out(header)) return Status::Error(Code::kUnavailable, "the encrypted file could not be written");
  return std::unique_ptr<Encryptor>(new Encryptor(std::move(state)));
}

bool Encryptor::seal(bool final) {
  State& s = *state_;
  const std::size_t length = final ? s.pending.size() : kEncryptedChunkBytes;
  s.sealed.resize(length + kSealedExtra);
  const std::string_view ad = s.first ? std::string_view(s.header) : std::string_view();
  crypto_secretstream_xchacha20poly1305_push(
      &s.stream, reinterpret_cast<unsigned char*>(s.sealed.data()), nullptr, bytes(s.pending), length, bytes(ad), ad.size(),
      final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
  s.first = false;
  s.pending.erase(0, length);
  s.ok = s.ok && s.out(s.sealed);
  return s.ok;
}

bool Encryptor::push(std::string_view plain) {
  State& s = *state_;
  s.pending.append(plain);
  while (s.ok && s.pending.size() >= kEncryptedChunkBytes) seal(false);
  return s.ok;
}

bool Encryptor::finish() { return state_->ok && seal(true); }

Status decrypt_stream(std::istream& in, std::string_view passphrase, const std::function<bool(std::string_view)>& out) {
  if (sodium_init() < 0) return Status::Internal("libsodium could not start");
  std::string header(kEncryptedHeaderBytes, '\0');
  in.read(header.data(), static_cast<std::streamsize>(header.size()));
  if (static_cast<std::size_t>(in.gcount()) < kEncryptedMagic.size() || !header.starts_with(kEncryptedMagic)) {
    return not_ours("it does not start like one");
  }
  if (static_cast<std::size_t>(in.gcount()) < header.size()) return Status::Invalid("file", "the encrypted file is cut short (is it complete?)");
  if (static_cast<unsigned char>(header[8]) != kEncryptedVersion || static_cast<unsigned char>(header[9]) != kAlgorithm) {
    return not_ours("it is in a newer format (version " + std::to_string(static_cast<unsigned char>(header[8])) +
                    "): decrypt it with a newer True North");
  }
  const std::uint64_t ops = get_le(header, kOpsAt, 8), mem = get_le(header, kMemAt, 8), chunk = get_le(header, kChunkAt, 4);
  if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > crypto_pwhash_OPSLIMIT_SENSITIVE || mem < crypto_pwhash_MEMLIMIT_MIN ||
      mem > crypto_pwhash_MEMLIMIT_SENSITIVE || chunk == 0 || chunk > (std::uint64_t{16} << 20)) {
    return not_ours("its header asks for limits True North does not use");
  }
  Key key{};
  if (!derive(key, passphrase, std::string_view(header).substr(kSaltAt, crypto_pwhash_SALTBYTES), ops, mem)) {
    return Status::Internal("the key could not be derived from the passphrase (out of memory?)");
  }
  crypto_secretstream_xchacha20poly1305_state stream;
  const int started = crypto_secretstream_xchacha20poly1305_init_pull(&stream, bytes(header) + kStreamAt, key.data());
  sodium_memzero(key.data(), key.size());
  if (started != 0) return Status::Invalid("file", "the encrypted file's header is damaged");
  std::string sealed(chunk + kSealedExtra, '\0');
  std::string plain(chunk, '\0');
  for (std::size_t index = 0;; ++index) {
    in.read(sealed.data(), static_cast<std::streamsize>(sealed.size()));
    const auto got = static_cast<std::size_t>(in.gcount());
    if (got < kSealedExtra) return Status::Invalid("file", "the encrypted file is cut short (is it complete?)");
    unsigned long long length = 0;
    unsigned char tag = 0;
    const std::string_view ad = index == 0 ? std::string_view(header) : std::string_view();
    if (crypto_secretstream_xchacha20poly1305_pull(&stream, reinterpret_cast<unsigned char*>(plain.data()), &length, &tag,
                                                   bytes(sealed), got, bytes(ad), ad.size()) != 0) {
      sodium_memzero(&stream, sizeof stream);
      if (index == 0) return Status::Invalid("passphrase", "the passphrase is wrong, or the file was changed or cut short after it was encrypted");
      return Status::Invalid("file", "the encrypted file was changed, damaged or cut short after it was encrypted (part " +
                                         std::to_string(index + 1) + " fails its check)");
    }
    if (!out(std::string_view(plain.data(), static_cast<std::size_t>(length)))) {
      return Status::Error(Code::kUnavailable, "the decrypted data could not be written");
    }
    const bool at_end = in.peek() == std::char_traits<char>::eof();
    if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
      sodium_memzero(&stream, sizeof stream);
      return at_end ? Status::Ok() : Status::Invalid("file", "the encrypted file has data after its end: it was changed");
    }
    if (at_end) return Status::Invalid("file", "the encrypted file is cut short (is it complete?)");
  }
}

}  // namespace tn
