// Encrypted files on disk: a file encrypted into another, and an encrypted file decrypted into a working
// file beside the database.
#include "store/encrypted_files.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>

#include "domain/encrypted_file.h"

namespace tn {
namespace {

// Writes everything to `fd`; the errno of a failure, or 0.
int write_all(int fd, std::string_view piece) {
  while (!piece.empty()) {
    const ssize_t n = ::write(fd, piece.data(), piece.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return errno;
    piece.remove_prefix(static_cast<std::size_t>(n));
  }
  return 0;
}

Status write_failure(int error, const std::string& what) {
  if (error == ENOSPC) return Status::Error(Code::kDiskFull, "the disk is full, so " + what + " could not be written");
  return Status::Error(Code::kUnavailable, what + " could not be written (" + std::strerror(error) + ")");
}

}  // namespace

Status encrypt_file(const std::string& plain_path, const std::string& target, std::string_view passphrase) {
  std::ifstream in(plain_path, std::ios::binary);
  if (!in) return Status::Error(Code::kUnavailable, "cannot read " + plain_path);
  std::string temporary = target + ".partial-XXXXXX";
  const int fd = mkstemp(temporary.data());
  if (fd < 0) return write_failure(errno, target);
  int error = 0;
  const auto out = [&](std::string_view piece) { return (error = write_all(fd, piece)) == 0; };
  auto encryptor = Encryptor::start(passphrase, out);
  bool ok = encryptor.ok();
  std::string piece(kEncryptedChunkBytes, '\0');
  while (ok && (in.read(piece.data(), static_cast<std::streamsize>(piece.size())) || in.gcount() > 0)) {
    ok = (*encryptor)->push(std::string_view(piece.data(), static_cast<std::size_t>(in.gcount())));
  }
  ok = ok && !in.bad() && (*encryptor)->finish() && fsync(fd) == 0;
  const int closed = close(fd);
  if (!ok || closed != 0 || rename(temporary.c_str(), target.c_str()) != 0) {
    const int why = error != 0 ? error : errno;
    unlink(temporary.c_str());
    if (!encryptor.ok()) return encryptor.status();
    return write_failure(why, target);
  }
  return Status::Ok();
}

Result<std::unique_ptr<WorkingFileHandle>> decrypt_to_working_file(const std::string& encrypted_path,
                                                                   const std::string& db_path,
                                                                   std::string_view passphrase) {
  std::ifstream in(encrypted_path, std::ios::binary);
  if (!in) return Status::Error(Code::kUnavailable, "cannot read " + encrypted_path);
  auto file = WorkingFileHandle::create(db_path, WorkingFile::kDecrypted);  // removed on any failure below
  if (!file.ok()) return file.status();
  std::ofstream out((*file)->path(), std::ios::binary | std::ios::trunc);
  const Status decrypted = decrypt_stream(in, passphrase, [&](std::string_view piece) {
    return static_cast<bool>(out.write(piece.data(), static_cast<std::streamsize>(piece.size())));
  });
  out.close();
  if (!out) return write_failure(errno, "the decrypted copy");
  if (!decrypted.ok()) return decrypted;
  return file;
}

}  // namespace tn
