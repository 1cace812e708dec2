#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Chart of the Week developers
# CheckDeps.FailsWhenAPackageIsLeftOut: scripts/check-deps without two packages of the list
# must exit 1 and name each package with one of its files the build or the app uses.
#   tests/check-deps-fails.sh SOURCE_DIR BUILD_DIR
set -uo pipefail
output=$(python3 "$1/scripts/check-deps" --without libqt6opengl6-dev --without qt6-translations-l10n "$2" 2>&1)
status=$?
echo "$output"
expect() {
    if ! grep -qE "$1" <<<"$output"; then
        echo "FAILED: no line matches: $1"
        exit 1
    fi
}
[ $status -eq 1 ] || { echo "FAILED: check-deps exited with $status, expected 1"; exit 1; }
expect '^check-deps: package libqt6opengl6-dev is used but not pulled in by scripts/deps.sh: .*/cmake/Qt6OpenGL/Qt6OpenGLConfig\.cmake \(read by cmake at configure time\)'
expect '^check-deps: package qt6-translations-l10n is used but not pulled in by scripts/deps.sh: /usr/share/qt6/translations/qtbase_de\.qm \(loaded by '
echo "check-deps failed as it should, naming both packages"
