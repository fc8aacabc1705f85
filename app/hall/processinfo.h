#pragma once
// Facts about this process for the status file, the staff panel and the benchmarks.

namespace ProcessInfo {

// Resident set size in MB (VmRSS) of this process or of `pid`; 0 where it cannot be read.
double residentMb(long long pid = 0);

}  // namespace ProcessInfo
