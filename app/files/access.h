#pragma once
// Who may read what the programs write. Every file and folder they make gets its mode from
// here, never from the caller's umask: under umask 000 releases, `current`, the run ledger and
// the logs once became world-writable.

#include <sys/types.h>

enum class Access {
    Shared,   // content, caches, exports: files 0644, folders 0755
    Media,    // originals in the media store, never modified: files 0444, folders 0755
    Private,  // a kiosk's own state (PIN, run ledger, status, logs): files 0600, folders 0700
};

constexpr mode_t fileMode(Access access)
{
    switch (access) {
        case Access::Shared:
            return 0644;
        case Access::Media:
            return 0444;
        case Access::Private:
            return 0600;
    }
    return 0600;
}

constexpr mode_t folderMode(Access access)
{
    return access == Access::Private ? 0700 : 0755;
}
