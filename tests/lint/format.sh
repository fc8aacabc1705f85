#!/usr/bin/env bash
# The look of the code, checked: clang-format (.clang-format) on every C++ file and qmlformat
# on every QML file must leave them as they are. Prints each file that differs and how to fix it.
set -uo pipefail
cd "$(dirname "$0")/../.."
qmlformat=${QMLFORMAT:-/usr/lib/qt6/bin/qmlformat}
status=0
while IFS= read -r file; do
    if ! clang-format --dry-run --Werror "$file" > /dev/null 2>&1; then
        echo "$file: not clang-formatted; run: clang-format -i $file"
        status=1
    fi
done < <(git ls-files '*.cpp' '*.h')
while IFS= read -r file; do
    if ! "$qmlformat" "$file" | cmp -s - "$file"; then
        echo "$file: not qmlformatted; run: $qmlformat -i $file"
        status=1
    fi
done < <(git ls-files '*.qml')
[ $status -eq 0 ] && echo "every C++ and QML file is formatted"
exit $status
