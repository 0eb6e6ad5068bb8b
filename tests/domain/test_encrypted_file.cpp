// Unit tests for the encrypted-file format (domain/encrypted_file.h): round trips of every size, and a wrong
// passphrase, a changed byte, a cut-short file or data after the end each refused with its reason.
#include <catch2/catch.hpp>

#include <sstream>
#include <string>

#include "domain/encrypted_file.h"

namespace {

std::string encrypt(const std::string& plain, const std::string& passphrase, std::size_t piece = 1000) {
  std::string out;
  auto encryptor = tn::Encryptor::start(passphrase, [&](std::string_view bytes) {
    out.append(bytes);
    return true;
  });
  REQUIRE(encryptor.ok());
  for (std::size_t at = 0; at < plain.size(); at += piece) REQUIRE((*encryptor)->push(std::string_view(plain).substr(at, piece)));
  REQUIRE((*encryptor)->finish());
  return out;
}

struct Decrypted {
  tn::Status status;
  std::string plain;
};

Decrypted decrypt(const std::string& file, const std::string& passphrase) {
  Decrypted out;
  std::istringstream in(file);
  out.status = tn::decrypt_stream(in, passphrase, [&](std::string_view bytes) {
    out.plain.append(bytes);
    return true;
  });
  return out;
}

std::string pattern(std::size_t size) {
  std::string text(size, '\0');
  for (std::size_t i = 0; i < size; ++i) text[i] = static_cast<char>((i * 131 + i / 7) & 0xff);
  return text;
}

}  // namespace

TEST_CASE("what is encrypted decrypts to the same bytes, at every size around a chunk", "[encrypted_file]") {
  const std::size_t chunk = tn::kEncryptedChunkBytes;
  for (const std::size_t size : {std::size_t{0}, std::size_t{1}, chunk - 1, chunk, chunk + 1, 3 * chunk + 17}) {
    const std::string plain = pattern(size);
    const std::string file = encrypt(plain, "correct horse battery");
    CHECK(file.starts_with(tn::kEncryptedMagic));
    CHECK(file.size() == tn::kEncryptedHeaderBytes + size + 17 * (size / chunk + 1));
    const Decrypted back = decrypt(file, "correct horse battery");
    CHECK(back.status.ok());
    CHECK(back.plain == plain);
  }
  // A new salt and stream header each time: the same text never encrypts to the same bytes.
  CHECK(encrypt("same", "passphrase!") != encrypt("same", "passphrase!"));
}

TEST_CASE("a wrong passphrase, a changed byte or a cut-short file is refused with its reason", "[encrypted_file]") {
  const std::string plain = pattern(2 * tn::kEncryptedChunkBytes + 100);
  const std::string file = encrypt(plain, "correct horse battery");
  SECTION("a wrong passphrase") {
    const Decrypted wrong = decrypt(file, "correct horse batterY");
    CHECK(wrong.status.field() == "passphrase");
    CHECK(wrong.status.message().find("the passphrase is wrong") != std::string::npos);
    CHECK(wrong.plain.empty());
  }
  SECTION("a byte flipped in the salt, the first chunk or a later one") {
    for (const std::size_t at : {std::size_t{12}, tn::kEncryptedHeaderBytes + 5, file.size() - 40}) {
      std::string changed = file;
      changed[at] = static_cast<char>(changed[at] ^ 0x01);
      const Decrypted refused = decrypt(changed, "correct horse battery");
      CHECK_FALSE(refused.status.ok());
      if (at > tn::kEncryptedHeaderBytes + tn::kEncryptedChunkBytes) {
        CHECK(refused.status.message().find("changed, damaged") != std::string::npos);
      }
    }
  }
  SECTION("cut short: inside the header, at a chunk's end, inside the last chunk") {
    for (const std::size_t keep : {std::size_t{30}, tn::kEncryptedHeaderBytes + tn::kEncryptedChunkBytes + 17, file.size() - 1}) {
      const Decrypted cut = decrypt(file.substr(0, keep), "correct horse battery");
      CHECK(cut.status.field() == "file");
      CHECK(cut.status.message().find("cut short") != std::string::npos);
    }
  }
  SECTION("anything added after the final chunk breaks its check") {
    const Decrypted longer = decrypt(file + "x", "correct horse battery");
    CHECK(longer.status.field() == "file");
    CHECK(longer.status.message().find("changed, damaged") != std::string::npos);
  }
  SECTION("not an encrypted file, or a newer version") {
    CHECK(decrypt("{\"format\":1}", "x").status.message().find("not a file True North can decrypt") != std::string::npos);
    std::string newer = file;
    newer[8] = 2;
    CHECK(decrypt(newer, "correct horse battery").status.message().find("newer format") != std::string::npos);
  }
}

TEST_CASE("a passphrase to encrypt with has at least 8 characters", "[encrypted_file]") {
  CHECK(tn::check_new_passphrase("seven77").field() == "passphrase");
  CHECK(tn::check_new_passphrase("éééééééé").ok());
}
