#!/usr/bin/env bash
# Installs every Debian 12 package RideWatch needs to build, test and run.
# Idempotent: packages already present are left alone. Run as root or with sudo.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-websockets-dev qt6-charts-dev qt6-positioning-dev qt6-translations-l10n
    libqt6positioning6-plugins  # position sources at run time: nmea (GPS receiver, NMEA stream), geoclue2
    libqt6sql6-sqlite libsqlite3-dev sqlite3
    libssl-dev openssl
    libprotobuf-dev protobuf-compiler
    zlib1g-dev
    xvfb xauth fonts-noto-cjk
    clang-format
    # The Debian package and its test (tests/package): cpack's dependency list (dpkg-shlibdeps),
    # dpkg-deb, the desktop entry and AppStream validators, file, and systemd-analyze for the unit.
    dpkg-dev appstream desktop-file-utils file systemd
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
