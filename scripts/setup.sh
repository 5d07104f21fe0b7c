#!/usr/bin/env bash
# Brings this checkout to a runnable state: the system packages of packaging/system-packages.txt
# (Debian/Ubuntu as root; otherwise it names them and stops), a virtualenv installed from the
# lock (downloads are kept in pip's own cache, so another checkout reuses them), compiled
# translations and bytecode. Safe to run again: it only redoes what changed. Argument: "test" for
# the test command's packages too. Sourced by start.sh and test.sh; prints progress on stderr.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
LOCK="$ROOT/requirements.lock"

say() { printf 'setup: %s\n' "$*" >&2; }

# The system packages, from their one list (see its head): setup and run entries for both
# commands, test entries too when the argument is "test".
PACKAGES="$ROOT/packaging/system-packages.txt"
FOR="${1:-run}"

listed() {  # "setup": setup packages; "wanted": run (and test) packages; "libs": run libraries
    local package roles libs
    while read -r package roles libs; do
        case "$package" in ''|'#'*) continue ;; esac
        roles=",$roles,"
        if [ "$1" = libs ]; then
            [[ "$roles" == *,run,* ]] && printf '%s\n' ${libs%%#*}
        elif [ "$1" = setup ]; then
            [[ "$roles" == *,setup,* ]] && echo "$package"
        elif [[ "$roles" == *,run,* ]] || { [ "$FOR" = test ] && [[ "$roles" == *,test,* ]]; }; then
            echo "$package"
        fi
    done < "$PACKAGES"
    return 0
}

system_libraries() {
    if [ "$(uname -s)" != "Linux" ]; then
        return 0  # macOS and Windows: the Qt wheels carry what they need.
    fi
    if command -v dpkg-query >/dev/null 2>&1; then
        local missing=() p py
        py="$(pick_python)"
        for p in $(listed wanted); do
            # libpython of the Python the virtualenv is made with (the list names Debian 12's)
            if [[ "$p" == libpython3.* ]] && [ -n "$py" ]; then
                p="libpython$("$py" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
            fi
            dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
        done
        if [ -z "$py" ]; then missing+=($(listed setup)); fi
        [ ${#missing[@]} -eq 0 ] && return 0
        if [ "$(id -u)" -eq 0 ]; then
            say "installing system packages: ${missing[*]}"
            export DEBIAN_FRONTEND=noninteractive
            apt-get update -qq >&2
            apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
        else
            say "missing system packages: ${missing[*]}"
            if command -v sudo >/dev/null 2>&1; then
                say "install them, then run this again: sudo apt-get update && sudo apt-get install ${missing[*]}"
            else
                say "install them as root, then run this again: su -c 'apt-get update && apt-get install ${missing[*]}'"
            fi
            exit 1
        fi
    else
        local missing=() lib
        for lib in $(listed libs); do
            case "$lib" in ld-linux*) continue ;; esac  # the loader's name depends on the machine
            ldconfig -p 2>/dev/null | grep -q "^[[:space:]]$lib " || missing+=("$lib")
        done
        if [ ${#missing[@]} -gt 0 ]; then
            say "missing shared libraries: ${missing[*]}"
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
    locked_packages
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --no-index --no-deps --no-build-isolation -e "$ROOT" >&2
    printf '%s' "$want" > "$stamp"
}

locked_packages() {
    # The lock's wheels are kept in a folder of pip's own cache and installed from there: another
    # checkout on this machine (same user) installs without downloading them again. pip's HTTP
    # cache alone does not do that where a proxy strips the caching headers of the downloads.
    local pip=("$VENV/bin/python" -m pip --disable-pip-version-check) cache wheels
    cache="$("${pip[@]}" cache dir 2>/dev/null)" || cache="${XDG_CACHE_HOME:-$HOME/.cache}/pip"
    wheels="$cache/locked-wheels"
    local install=("${pip[@]}" install --quiet --no-index --find-links "$wheels" --only-binary=:all:
                   --require-hashes --no-deps -r "$LOCK")
    if [ -d "$wheels" ] && "${install[@]}" >/dev/null 2>&1; then
        say "installed from the wheels kept in $wheels (nothing downloaded)"
        return 0
    fi
    mkdir -p "$wheels"
    "${pip[@]}" download --quiet --only-binary=:all: --require-hashes --no-deps -r "$LOCK" -d "$wheels" >&2
    "${install[@]}" >&2
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
