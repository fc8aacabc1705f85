#pragma once
// Folders made with a mode of their own (see access.h), not the caller's umask.

#include "access.h"

#include <QString>

namespace Folders {

// Makes `path` and each missing folder above it with folderMode(access); folders that exist
// keep theirs. False with a clause ("cannot make /a/b (Permission denied)") when it cannot.
bool make(const QString &path, Access access, QString *error = nullptr);

}  // namespace Folders
