#pragma once
// Facts about this process for the status file, the staff panel and the benchmarks.

#include <QString>

namespace ProcessInfo {

// Resident set size in MB (VmRSS) of this process or of `pid`; 0 where it cannot be read.
double residentMb(long long pid = 0);
// The program name the kernel knows `pid` by (its comm, at most 15 bytes), or this process's;
// empty when no such process runs.
QString name(long long pid = 0);

}  // namespace ProcessInfo
