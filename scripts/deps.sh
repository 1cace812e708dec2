# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Chart of the Week developers

# Shared by scripts/run and scripts/test: the Debian 12 packages the project needs, and a
# function that installs the missing ones (as root) or names the exact command (otherwise).
# shellcheck shell=bash

CHARTWEEK_PACKAGES=(
    cmake g++ make
    qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev libqt6svg6 libqt6sql6-sqlite qt6-translations-l10n
    libgl-dev libqt6opengl6-dev
    libcsv-dev
    libgtest-dev libgmock-dev
    libbenchmark-dev
    libspng-dev pkgconf
    fonts-dejavu-core
    poppler-utils
    clang libclang-rt-14-dev clang-format
)

chartweek_install_dependencies() {
    local missing=()
    local package
    for package in "${CHARTWEEK_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed"; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    if [ "$(id -u)" -ne 0 ]; then
        echo "Missing Debian packages. Install them with:" >&2
        echo "  sudo apt-get install -y ${missing[*]}" >&2
        return 1
    fi
    echo "Installing Debian packages: ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    # Wait for another apt/dpkg run (e.g. unattended upgrades) instead of failing at once.
    apt-get -o DPkg::Lock::Timeout=600 update -qq
    apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}"
}
