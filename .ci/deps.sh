#!/usr/bin/env bash
# Installs the Debian 12 packages Thema builds and tests with (only those missing). Needs root (or sudo).
set -euo pipefail
packages=(
  build-essential cmake ninja-build pkg-config ccache
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6charts6-dev libqt6opengl6-dev libqt6svg6-dev libgl-dev
  libicu-dev libxapian-dev libpugixml-dev doctest-dev libzip-dev libpoppler-cpp-dev libxlsxwriter-dev
  libxml2-dev libxml2-utils antiword catdoc python3
  postgresql libqt6sql6-psql
  qt6-multimedia-dev libqt6multimedia6 sox
  clang libclang-rt-14-dev
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "Installing: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
