#!/usr/bin/env bash
# Brings this checkout to a runnable state: system libraries Qt needs (Debian/Ubuntu as root),
# a virtualenv installed from the lock, compiled translations and bytecode. Safe to run again: it only
# redoes what changed. Sourced by start.sh and test.sh; prints progress on stderr.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
LOCK="$ROOT/requirements.lock"

say() { printf 'setup: %s\n' "$*" >&2; }

# Debian package names and the shared library each one provides (for non-Debian checks).
QT_DEBS=(libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfreetype6 libfontconfig1 fonts-dejavu-core
         libdbus-1-3 libpulse0)
QT_LIBS=(libGL.so.1 libEGL.so.1 libxkbcommon.so.0 libglib-2.0.so.0 libfreetype.so.6
         libfontconfig.so.1 libdbus-1.so.3)
EXTRA_DEBS=("$@")

system_libraries() {
    if [ "$(uname -s)" != "Linux" ]; then
        return 0  # macOS and Windows: the Qt wheels carry what they need.
    fi
    if command -v dpkg-query >/dev/null 2>&1; then
        local missing=() p
        for p in "${QT_DEBS[@]}" "${EXTRA_DEBS[@]}"; do
            dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
        done
        if ! python_ok "$(pick_python)"; then missing+=(python3 python3-venv); fi
        [ ${#missing[@]} -eq 0 ] && return 0
        if [ "$(id -u)" -eq 0 ]; then
            say "installing system packages: ${missing[*]}"
            export DEBIAN_FRONTEND=noninteractive
            apt-get update -qq >&2
            apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
        else
            say "missing system packages: ${missing[*]}"
            say "install them with: sudo apt-get install ${missing[*]}"
            exit 1
        fi
    else
        local missing=() lib
        for lib in "${QT_LIBS[@]}"; do
            ldconfig -p 2>/dev/null | grep -q "$lib" || missing+=("$lib")
        done
        if [ ${#missing[@]} -gt 0 ]; then
            say "missing shared libraries Qt needs: ${missing[*]}"
            say "install the packages of your distribution that provide them, then run this again"
            exit 1
        fi
    fi
}

python_ok() {
    [ -n "$1" ] && "$1" -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 11))' 2>/dev/null
}

pick_python() {
    local c
    for c in "${INTERVISIE_PYTHON:-}" python3.11 python3.12 python3.13 python3; do
        [ -n "$c" ] || continue
        if command -v "$c" >/dev/null 2>&1 && python_ok "$(command -v "$c")"; then
            command -v "$c"; return 0
        fi
    done
    return 0
}

virtualenv() {
    local py stamp want
    py="$(pick_python)"
    if [ -z "$py" ]; then
        say "Python 3.11 or newer with the venv module is needed; none was found on PATH"
        exit 1
    fi
    # Fingerprint of what the virtualenv was built from (portable: no sha256sum on macOS).
    want="$("$py" -c 'import hashlib, sys
h = hashlib.sha256()
for name in sys.argv[1:]:
    h.update(open(name, "rb").read())
print(h.hexdigest()[:16], tuple(sys.version_info[:2]))' "$LOCK" "$ROOT/pyproject.toml")"
    stamp="$VENV/.installed-from-lock"
    if [ -x "$VENV/bin/python" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
        return 0
    fi
    say "creating the virtualenv in $VENV from requirements.lock (first run takes a few minutes)"
    rm -rf "$VENV"
    "$py" -m venv "$VENV"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r "$LOCK" >&2
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e "$ROOT" >&2
    printf '%s' "$want" > "$stamp"
}

translations() {
    "$VENV/bin/python" "$ROOT/tools/i18n.py" compile >&2
}

bytecode() {
    # The program's own modules compiled ahead (only what changed): a start then reads .pyc
    # files even where Python may not write them (PYTHONDONTWRITEBYTECODE, a read-only
    # checkout), which saves about 0.1 s at every start.
    "$VENV/bin/python" -m compileall -q "$ROOT/intervisie_desktop" >&2
}

methods() {
    # The built-in method files parsed ahead (core/methods/compiled.py): about 20 ms less at
    # every start. Only redone when a method file is newer than the compiled data.
    local compiled="$ROOT/resources/methods/compiled-methods.json"
    if [ -f "$compiled" ] && [ -z "$(find "$ROOT/resources/methods" -name '*.toml' -newer "$compiled")" ]; then
        return 0
    fi
    "$VENV/bin/python" -m intervisie_desktop.core.methods.compiled "$ROOT/resources/methods" >&2
}

system_libraries
virtualenv
translations
bytecode
methods
