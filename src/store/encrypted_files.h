// Encrypted files on disk (domain/encrypted_file.h): a file encrypted into another, and an encrypted file
// decrypted into a working file beside the database for an import or a restore.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "domain/status.h"
#include "store/workbook_files.h"

namespace tn {

// Encrypts the file at `plain_path` with `passphrase` into `target` (owner-only), through a temporary file
// beside it that takes its name once complete and on disk. Unavailable (or DiskFull) when it cannot be
// written; the target is then untouched.
Status encrypt_file(const std::string& plain_path, const std::string& target, std::string_view passphrase);

// Decrypts `encrypted_path` into a new working file of the database at `db_path` (workbook_files.h), which
// goes when the returned handle goes. The errors of decrypt_stream (wrong passphrase, a changed or
// cut-short file), with nothing left behind; Unavailable or DiskFull when the copy cannot be written.
Result<std::unique_ptr<WorkingFileHandle>> decrypt_to_working_file(const std::string& encrypted_path,
                                                                   const std::string& db_path,
                                                                   std::string_view passphrase);

}  // namespace tn
