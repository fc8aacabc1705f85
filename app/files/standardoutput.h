#pragma once
// Standard output is a file too: printed to a full disk or a closed pipe, a command must not
// claim success with nothing written.

class QIODevice;

namespace StandardOutput {

// Standard output as a device that writes each byte at once (see writeAll in wholefile.h) and
// keeps the first failure for finish(). The programs print through this alone.
QIODevice &device();

// When anything printed could not be written, says so on standard error as `program` and
// returns 1 (or `exitCode` when that already tells of a failure); otherwise returns `exitCode`.
int finish(const char *program, int exitCode);

}  // namespace StandardOutput
