# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Chart of the Week developers

# Shared by scripts/run and scripts/test: the Debian 12 packages the project needs, and a
# function that installs the missing ones (as root) or names the exact command (otherwise).
# shellcheck shell=bash

# One package or one small group a line, each with what needs it (keeps merges easy).
# scripts/check-deps (part of scripts/test) fails when the build or the app uses a file of a
# package that this list does not pull in through Depends.
CHARTWEEK_PACKAGES=(
    cmake g++ make                       # the build
    qt6-base-dev                         # Qt Core, Gui, Widgets, Sql, PrintSupport, Concurrent
    qt6-charts-dev                       # the charts (ui/charts)
    libqt6opengl6-dev                    # Qt6Charts' CMake config needs Qt6OpenGL
    libgl-dev                            # Qt6Gui's CMake config needs OpenGL headers
    qt6-svg-dev libqt6svg6               # SVG export, SVG icons (icon engine plugin)
    libqt6sql6-sqlite                    # the SQLite driver plugin of the study database
    libqt6sql6-psql                      # the PostgreSQL driver plugin of the team library
    postgresql-15                        # tests run the storage suite against a throwaway server
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools  # lupdate, lrelease
    qt6-translations-l10n                # Qt's own German texts (standard buttons, dialogs)
    libcsv-dev                           # CSV import (core/csvimporter)
    libxlsxwriter-dev                    # XLSX export (core/xlsxexporter)
    liborcus-dev                         # XLSX and ODS import (core/spreadsheetreader)
    libzip-dev                           # XLSX and ODS import: the archive's sizes checked first
    libreoffice-calc-nogui python3-openpyxl  # tests: open the XLSX export, write the XLSX/ODS inputs
    libreoffice-impress-nogui            # tests: LibreOffice Impress opens the PowerPoint deck (core/pptxwriter)
    libspng-dev pkgconf                  # PNG export with text chunks (ui/export/pngencoder)
    fonts-dejavu-core                    # the font the exports embed
    libgtest-dev libgmock-dev            # tests
    poppler-utils                        # tests read exported PDFs (pdftotext, pdftoppm, pdffonts)
    chromium                             # tests draw exported SVGs in a real browser (headless)
    nodejs                               # tests: npm installs axe-core for the web embed (chartweek_install_axe_core)
    libbenchmark-dev                     # bench/
    clang libclang-rt-14-dev             # scripts/fuzz (libFuzzer)
    clang-format                         # scripts/check-source
    python3 strace                       # scripts/check-deps, scripts/ts-merge.py
    librsvg2-bin                         # the PNG icons rendered from the SVG (resources/unix)
    dpkg-dev file                        # the Debian package: CPack runs dpkg-shlibdeps and file
    lintian desktop-file-utils appstream # scripts/package --check: the package's validators
    xdg-utils libglib2.0-bin shared-mime-info man-db # scripts/package --check: MIME type, manual page
    xvfb xauth xdotool qt6-qpa-plugins   # tests/atspi: the app on a real X server, typed at by XTest
    dbus at-spi2-core python3-gi gir1.2-atspi-2.0  # tests/atspi: D-Bus, the AT-SPI bus and registry, the client
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

# axe-core, the accessibility checker the web-embed tests run inside headless Chromium, from
# the npm registry at a pinned version, cached in DIR (the build folder's axe-core/): the
# network is used once per build folder. Prints the path of axe.min.js.
CHARTWEEK_AXE_CORE_VERSION=4.10.3
chartweek_install_axe_core() {
    local dir="$1"
    local script="$dir/node_modules/axe-core/axe.min.js"
    if [ ! -f "$script" ] || ! grep -q "\"version\": \"$CHARTWEEK_AXE_CORE_VERSION\"" \
        "$dir/node_modules/axe-core/package.json"; then
        if ! command -v npm >/dev/null; then
            # Debian's nodejs comes without npm (another vendor's nodejs may bundle it).
            apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends npm >&2
        fi
        mkdir -p "$dir"
        # Node trusts only the certificates it was built with; the system's store (which apt,
        # git and curl use, and where a company's proxy certificate is installed) is added.
        local system_certificates=/etc/ssl/certs/ca-certificates.crt
        if [ -z "${NODE_EXTRA_CA_CERTS:-}" ] && [ -f "$system_certificates" ]; then
            export NODE_EXTRA_CA_CERTS="$system_certificates"
        fi
        # npm's own errors are shown (not --silent); a second try rides out a registry hiccup.
        local attempt
        for attempt in 1 2; do
            if npm install --prefix "$dir" --no-save --no-audit --no-fund --loglevel=error \
                "axe-core@$CHARTWEEK_AXE_CORE_VERSION" >&2 && [ -f "$script" ]; then
                break
            fi
            if [ "$attempt" -eq 1 ]; then
                echo "npm could not install axe-core; trying once more." >&2
            fi
        done
        if [ ! -f "$script" ]; then
            echo "Could not install axe-core $CHARTWEEK_AXE_CORE_VERSION from the npm registry into $dir" \
                "(the web-embed tests need it): see npm's messages above." >&2
            return 1
        fi
    fi
    echo "$script"
}

# Run as `bash scripts/deps.sh axe-core DIR` (the build does, for the web-embed tests).
if [ "${BASH_SOURCE[0]}" = "$0" ] && [ "${1:-}" = axe-core ]; then
    chartweek_install_axe_core "$2" >/dev/null || exit 1
fi
