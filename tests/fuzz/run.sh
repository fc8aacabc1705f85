#!/usr/bin/env bash
# Builds the manifest fuzz target (tests/fuzz, a CMake project of its own because libFuzzer
# needs clang and the main build uses g++) and runs it for SECONDS on a copy of the seed
# corpus. Fails on a crash, a sanitizer report or a broken invariant, and says where the input
# that did it was saved.
#
#   bash tests/fuzz/run.sh [SECONDS [BUILD_DIR]]    default 20 s, build/fuzz
#
# ctest runs it for 20 s (test fuzz_manifest, label fuzz); a longer hunt: bash tests/fuzz/run.sh 600
set -euo pipefail
seconds=${1:-20}
here=$(cd "$(dirname "$0")" && pwd)
build=$(realpath -m "${2:-$here/../../build/fuzz}")

# Missing tools fail the test: a fuzz test that silently passes would look like a clean run.
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
command -v clang++ >/dev/null || fail "clang++ not found; install the Debian package clang (and libclang-rt-14-dev for libFuzzer), or run .ci/dev test"
runtime="$(clang++ --print-runtime-dir)/libclang_rt.fuzzer-$(uname -m).a"
[ -f "$runtime" ] || fail "libFuzzer's runtime $runtime is missing; install the Debian package libclang-rt-14-dev"

# Configured once, then rebuilt only when a source changed (ninja: a no-op when up to date).
# nice: the rest of the suite runs beside it on a small machine.
if [ ! -f "$build/build.ninja" ]; then
    CXX=clang++ cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
nice cmake --build "$build" --parallel 2

# The working corpus is a copy of the seeds that keeps what earlier runs found; the seeds in
# the repository stay as they are.
mkdir -p "$build/corpus" "$build/artifacts"
cp "$here"/corpus/* "$build/corpus/"
status=0
nice "$build/fuzz_manifest" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$build/artifacts/" "$build/corpus" || status=$?
if [ "$status" -ne 0 ]; then
    echo "FAIL: the fuzzer stopped with status $status; the input is in $build/artifacts/" >&2
    echo "Reproduce: $build/fuzz_manifest $build/artifacts/<file>" >&2
    exit 1
fi
