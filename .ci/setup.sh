#!/usr/bin/env bash
# Set up everything Lisible needs, idempotently: the Debian libraries Qt needs,
# a virtual environment in .venv/, and the project installed into it.
# Usage: .ci/setup.sh            (called by `make run`)
#        .ci/setup.sh --tests    (called by `make test`: adds what only the tests use)
set -euo pipefail
cd "$(dirname "$0")/.."
for_tests=false
[[ ${1:-} == --tests ]] && for_tests=true

# Qt's offscreen platform (tests) needs the first group; a real window on X11
# or under xvfb-run needs the second too.
QT_PACKAGES=(libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0
  libxkbcommon0 fonts-dejavu-core)
X11_PACKAGES=(xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0)
# The validators of the desktop entry and AppStream metainfo (tests/ui/test_desktop.py).
TEST_PACKAGES=(desktop-file-utils appstream)

deb_installed() {
  dpkg-query -W -f='${Status}\n' "$1" 2>/dev/null | grep -q '^install ok installed$'
}

missing_debs() {
  local pkg
  for pkg in "$@"; do
    # Debian 13 renamed some libraries for 64-bit time (libglib2.0-0t64); the
    # new package provides the old name, which apt-get still installs by.
    deb_installed "$pkg" || deb_installed "${pkg}t64" || echo "$pkg"
  done
}

install_debs() {
  local missing
  mapfile -t missing < <(missing_debs "$@")
  ((${#missing[@]})) || return 0
  if ! command -v dpkg-query >/dev/null; then
    echo "setup: not a Debian system; install the equivalents of: ${missing[*]}" >&2
    return 0
  fi
  if [[ $(id -u) -ne 0 ]]; then
    echo "setup: missing system packages. Run, as root:" >&2
    echo "  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

python_ok() {
  command -v python3 >/dev/null \
    && python3 -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 11))' 2>/dev/null
}

if ! python_ok; then
  install_debs python3 python3-venv python3-pip
  python_ok || { echo "setup: Lisible needs Python 3.11 or newer with venv" >&2; exit 1; }
fi
if $for_tests; then
  install_debs "${QT_PACKAGES[@]}" "${X11_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
else
  install_debs "${QT_PACKAGES[@]}" "${X11_PACKAGES[@]}"
fi

# Reinstall only when the project's metadata changed since the last install.
stamp=.venv/.lisible-installed
wanted=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [[ -x .venv/bin/python && -f $stamp && $(cat "$stamp") == "$wanted" ]]; then
  exit 0
fi
[[ -x .venv/bin/python ]] || python3 -m venv .venv
# A fresh venv's pip (23.x) mishandles the lxml[html_clean] extra: upgrade it first.
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[dev]'
echo "$wanted" >"$stamp"
echo "setup: Lisible is installed in .venv/"
