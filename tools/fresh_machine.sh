#!/usr/bin/env bash
# The fresh-machine check: the README's two commands on a bare Debian 12, as root and as a normal
# user, and the .deb installed into a bare Debian 12 and purged again. Not part of the test
# command (it needs root, debootstrap and about half an hour); run it before a release:
#
#   sudo tools/fresh_machine.sh [--mirror URL] [--work DIR] [--out DIR] [--part root|user|deb]...
#                               [--user-full] [--pip-cert CA_FILE]
#
# It makes a bare root with `debootstrap --variant=minbase bookworm` (plus git), clones the
# committed HEAD of this checkout into it, and runs exactly `./scripts/start.sh` (under Xvfb until
# its window is up, then a screenshot; under a headless Weston for Wayland) and
# `./scripts/test.sh`. As a normal user, start.sh must first stop and name the missing system
# packages with a command that works without sudo; that command is run as root, then both
# commands again, and a second clone of the same user must not download the Python packages
# again. One line per step with its time; screenshots and logs go to --out (default /tmp/fresh).
#
# Host needs: debootstrap, xvfb, x11-utils, imagemagick, weston (optional: without it the Wayland
# step only checks that the Qt Wayland plugin finds all its libraries).
set -euo pipefail

SRC="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MIRROR="$(sed -n 's/^URIs: *\(http[^ ]*debian\)$/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -1)"
MIRROR="${MIRROR:-http://deb.debian.org/debian}"
WORK=/var/tmp/intervisie-fresh
OUT=/tmp/fresh
PARTS=()
PIP_CERT_FILE="${PIP_CERT:-}"  # a network whose TLS proxy has its own CA: pip in the machines trusts it
USER_TESTS=(-m "not slow")  # the normal user's test run; --user-full for all of it
while [ $# -gt 0 ]; do
    case "$1" in
        --mirror) MIRROR="$2"; shift 2 ;;
        --work) WORK="$2"; shift 2 ;;
        --out) OUT="$2"; shift 2 ;;
        --part) PARTS+=("$2"); shift 2 ;;
        --pip-cert) PIP_CERT_FILE="$2"; shift 2 ;;
        --user-full) USER_TESTS=(); shift ;;
        *) sed -n '2,/^set -e/p' "$0" | sed '$d' >&2; exit 2 ;;
    esac
done
[ ${#PARTS[@]} -gt 0 ] || PARTS=(root user deb)
wants() { [[ " ${PARTS[*]} " == *" $1 "* ]]; }

[ "$(id -u)" -eq 0 ] || { echo "fresh_machine: run as root (chroot, mounts)" >&2; exit 1; }
for tool in debootstrap Xvfb xwininfo import git; do
    command -v "$tool" >/dev/null || { echo "fresh_machine: needs $tool on this machine" >&2; exit 1; }
done

mkdir -p "$OUT" "$WORK"
LOG="$OUT/log"
: > "$LOG"
T0=$SECONDS
MOUNTS=()
PIDS=()

line() { printf '%-58s %s\n' "$1" "$2" | tee -a "$OUT/summary.txt"; }
note() { printf '    %s\n' "$*" | tee -a "$OUT/summary.txt"; }

# step NAME COMMAND...: runs it (output to the log), one line with its time, stops on failure.
# test_step: the same for a test run, whose failure is counted and the check goes on.
FAILURES=0
step() {
    local name="$1" start=$SECONDS rc=0
    shift
    printf '\n== %s\n' "$name" >> "$LOG"
    "$@" >> "$LOG" 2>&1 || rc=$?
    if [ $rc -eq 0 ]; then
        line "$name" "ok    $((SECONDS - start)) s"
    else
        line "$name" "FAILED (exit $rc) after $((SECONDS - start)) s; see $LOG"
        [ "${KEEP_GOING:-}" = 1 ] || exit 1
        FAILURES=$((FAILURES + 1))
    fi
}
test_step() { KEEP_GOING=1 step "$@"; }

# pytest's last line and its failures, from the log lines after line $1 only (one run's own).
test_outcome() {
    local run; run=$(tail -n +"$(($1 + 1))" "$LOG")
    note "pytest: $(grep -E '^=+ .*(passed|failed|error).* =+$' <<< "$run" | tail -1)"
    grep -E '^FAILED tests/' <<< "$run" | sort -u | sed 's/^/    /' | tee -a "$OUT/summary.txt" || true
}

rx_bytes() {  # bytes received by this machine's network interfaces (all traffic, not only ours)
    awk -F'[: ]+' 'NR > 2 && $2 != "lo" {sum += $3} END {printf "%.0f\n", sum}' /proc/net/dev
}
mb() { awk -v b="$1" 'BEGIN {printf "%.1f MB", b / 1e6}'; }
size_of() { du -sb "$1" 2>/dev/null | cut -f1 || echo 0; }

# --- machines -------------------------------------------------------------------------------

# A private /dev for the chroot (a tmpfs with its own nodes and its own devpts): nothing done in
# there can replace the host's /dev/null.
mount_machine() {
    local m="$1" node
    mount -t proc proc "$m/proc"; MOUNTS+=("$m/proc")
    mount -t sysfs -o ro sysfs "$m/sys"; MOUNTS+=("$m/sys")
    mount -t tmpfs -o mode=0755,nosuid tmpfs "$m/dev"; MOUNTS+=("$m/dev")
    for node in "null 1 3" "zero 1 5" "full 1 7" "random 1 8" "urandom 1 9" "tty 5 0"; do
        set -- $node
        mknod -m 0666 "$m/dev/$1" c "$2" "$3"
    done
    mkdir -p "$m/dev/pts" "$m/dev/shm"
    mount -t devpts -o newinstance,ptmxmode=0666,mode=0620 devpts "$m/dev/pts"; MOUNTS+=("$m/dev/pts")
    ln -s pts/ptmx "$m/dev/ptmx"
    ln -s /proc/self/fd "$m/dev/fd"
    mount -t tmpfs -o mode=1777 tmpfs "$m/dev/shm"; MOUNTS+=("$m/dev/shm")
    mkdir -p "$m/tmp/.X11-unix" "$m/run/wayland"
    mount --bind /tmp/.X11-unix "$m/tmp/.X11-unix"; MOUNTS+=("$m/tmp/.X11-unix")
    mount --bind "$WORK/wayland" "$m/run/wayland"; MOUNTS+=("$m/run/wayland")
    mkdir -p "$m/srv/origin.git"
    mount --bind -o ro "$WORK/origin.git" "$m/srv/origin.git"; MOUNTS+=("$m/srv/origin.git")
    cp /etc/resolv.conf "$m/etc/resolv.conf"
    # What Debian's installer writes and a bare debootstrap root lacks: without it "localhost"
    # does not resolve (the browser test's driver connects to localhost).
    [ -e "$m/etc/hosts" ] || printf '127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\n' > "$m/etc/hosts"
    if [ -n "$PIP_CERT_FILE" ]; then  # the network's, not the project's: /etc/pip.conf of the machine
        cp "$PIP_CERT_FILE" "$m/etc/fresh-check-ca.crt"
        printf '[global]\ncert = /etc/fresh-check-ca.crt\n' > "$m/etc/pip.conf"
    fi
}

# Processes still running inside one of our machines (ours: nothing else lives there).
inside() {
    local p
    for p in /proc/[0-9]*; do
        [[ "$(readlink "$p/root" 2>/dev/null)" == "$WORK"/m-* ]] && echo "${p#/proc/}"
    done
    return 0
}

cleanup() {
    local pid i
    for pid in $(inside); do kill "$pid" 2>/dev/null || true; done
    sleep 1
    for pid in $(inside); do kill -9 "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do
        umount "${MOUNTS[i]}" 2>/dev/null || umount -l "${MOUNTS[i]}" 2>/dev/null || true
    done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

ENV=(env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 TERM=dumb)
as_root() { local m="$1"; shift; chroot "$m" "${ENV[@]}" HOME=/root bash -c "cd /root && $*"; }
as_user() { local m="$1"; shift; chroot "$m" "${ENV[@]}" su - tester -c "$*"; }

# --- displays -------------------------------------------------------------------------------

DISPLAY_NO=$((90 + RANDOM % 100))
start_displays() {
    mkdir -p "$WORK/wayland" && chmod 0755 "$WORK/wayland"
    Xvfb ":$DISPLAY_NO" -screen 0 1280x800x24 -nolisten tcp -ac >> "$LOG" 2>&1 &
    PIDS+=($!)
    if command -v weston >/dev/null; then
        XDG_RUNTIME_DIR="$WORK/wayland" weston --backend=headless-backend.so \
            --socket=wayland-fresh --idle-time=0 --width=1280 --height=800 >> "$LOG" 2>&1 &
        PIDS+=($!)
    fi
    for _ in $(seq 50); do
        [ -S "/tmp/.X11-unix/X$DISPLAY_NO" ] && return 0
        sleep 0.2
    done
    echo "Xvfb did not start" >&2
    return 1
}

# x11_window MACHINE WHO PNG DIR: ./scripts/start.sh under Xvfb until a viewable window of class
# Intervisie is there, then a screenshot; the program is stopped afterwards.
x11_window() {
    local m="$1" who="$2" png="$3" dir="$4" pid id deadline=$((SECONDS + 1500))
    local cmd="cd $dir && DISPLAY=:$DISPLAY_NO ./scripts/start.sh"
    if [ "$who" = root ]; then
        setsid chroot "$m" "${ENV[@]}" HOME=/root bash -c "$cmd" &
    else
        setsid chroot "$m" "${ENV[@]}" su - tester -c "$cmd" &
    fi
    pid=$!
    while [ $SECONDS -lt $deadline ]; do
        if ! kill -0 "$pid" 2>/dev/null; then
            wait "$pid" || echo "start.sh ended with exit $?"
            return 1
        fi
        for id in $(DISPLAY=":$DISPLAY_NO" xwininfo -root -children 2>/dev/null \
                    | awk '/"Intervisie"\)/ {print $1}'); do
            if DISPLAY=":$DISPLAY_NO" xwininfo -id "$id" | grep -q 'Map State: IsViewable'; then
                sleep 3  # let it paint
                DISPLAY=":$DISPLAY_NO" xwininfo -root -children | grep '"Intervisie"'
                DISPLAY=":$DISPLAY_NO" import -window root "$png"
                kill -- -"$pid" 2>/dev/null || true
                wait "$pid" 2>/dev/null || true
                return 0
            fi
        done
        sleep 1
    done
    kill -- -"$pid" 2>/dev/null || true
    echo "no window within the time"
    return 1
}

# wayland_window MACHINE DIR: the same start on the headless Weston (no X display), until the
# program reports its first painted window (INTERVISIE_STARTUP_PROBE=1).
wayland_window() {
    local m="$1" dir="$2" out="$WORK/wayland-start.txt"
    local plugin="$dir/.venv/lib/python3.11/site-packages/PySide6/Qt/plugins/platforms/libqwayland.so"
    echo "ldd of the Qt Wayland plugin:"
    as_root "$m" "ldd $plugin" | tee "$WORK/ldd.txt"
    if grep -q 'not found' "$WORK/ldd.txt"; then return 1; fi
    [ -S "$WORK/wayland/wayland-fresh" ] || { echo "no weston: the plugin's libraries only"; return 0; }
    setsid chroot "$m" "${ENV[@]}" HOME=/root XDG_RUNTIME_DIR=/run/wayland \
        WAYLAND_DISPLAY=wayland-fresh XDG_SESSION_TYPE=wayland QT_QPA_PLATFORM=wayland \
        INTERVISIE_STARTUP_PROBE=1 bash -c "cd $dir && ./scripts/start.sh" > "$out" 2>&1 &
    local pid=$! deadline=$((SECONDS + 300))
    while [ $SECONDS -lt $deadline ] && kill -0 "$pid" 2>/dev/null; do
        if grep -q '^startup-probe visible' "$out"; then
            sleep 2
            kill -- -"$pid" 2>/dev/null || true
            wait "$pid" 2>/dev/null || true
            cat "$out"
            return 0
        fi
        sleep 1
    done
    kill -- -"$pid" 2>/dev/null || true
    cat "$out"
    return 1
}

# --- the parts ------------------------------------------------------------------------------

make_base() {
    unmount_under "$WORK"
    rm -rf --one-file-system "$WORK/base"
    debootstrap --variant=minbase --include=git bookworm "$WORK/base" "$MIRROR"
}

# Mounts a killed earlier run left under DIR, deepest first: removing a machine must never reach
# through a bind mount into the host's /tmp/.X11-unix or the repository.
unmount_under() {
    local dir="$1" point
    for point in $(awk -v d="$dir/" 'index($2, d) == 1 { print $2 }' /proc/self/mounts | sort -r); do
        umount "$point" 2>/dev/null || umount -l "$point" || true
    done
}

new_machine() {  # a copy of the bare root, mounted
    local m="$WORK/m-$1"
    unmount_under "$m"
    rm -rf --one-file-system "$m"
    cp -a "$WORK/base" "$m"
    mount_machine "$m"
}

pip_cache() { size_of "$1/.cache/pip"; }

root_part() {
    local m="$WORK/m-root" rx cache
    step "root: new machine (copy of the bare root)" new_machine root
    step "root: git clone" as_root "$m" "git clone -q /srv/origin.git intervisie"
    rx=$(rx_bytes); cache=$(pip_cache "$m/root")
    step "root: ./scripts/start.sh, X11 window up (Xvfb)" \
        x11_window "$m" root "$OUT/root-x11.png" /root/intervisie
    note "screenshot: $OUT/root-x11.png"
    note ".venv: $(mb "$(size_of "$m/root/intervisie/.venv")"); pip cache grew by $(mb $(($(pip_cache "$m/root") - cache))); machine received $(mb $(($(rx_bytes) - rx)))"
    step "root: ./scripts/start.sh, Wayland window up (Weston headless)" \
        wayland_window "$m" /root/intervisie
    local seen; seen=$(wc -l < "$LOG")
    test_step "root: ./scripts/test.sh" as_root "$m" "cd intervisie && ./scripts/test.sh"
    test_outcome "$seen"
    if wants deb; then
        step "root: frozen build and tools/build_deb.sh" as_root "$m" \
            "cd intervisie && .venv/bin/pyinstaller --noconfirm --clean --log-level WARN build.spec && tools/build_deb.sh"
        rm -f "$WORK"/intervisie_*.deb  # a package of an earlier run must not be taken for this one
        cp "$m"/root/intervisie/dist/intervisie_*.deb "$WORK/"
        note "package: $(ls "$WORK"/intervisie_*.deb), $(mb "$(size_of "$WORK"/intervisie_*.deb)")"
    fi
}

# stops_and_names MACHINE SCRIPT ROLES: not root, ./scripts/SCRIPT must stop and name every
# package of those roles the machine lacks, with a command that works without sudo; that command
# is then run as root.
stops_and_names() {
    local m="$1" script="$2" roles="$3" named want label="user: ./scripts/$2 stops and names packages"
    printf '\n== %s\n' "$label" >> "$LOG"
    if as_user "$m" "cd intervisie && DISPLAY=:$DISPLAY_NO ./scripts/$script" > "$WORK/stop.txt" 2>&1; then
        line "$label" "FAILED: it did not stop"; exit 1
    fi
    cat "$WORK/stop.txt" >> "$LOG"
    named="$(sed -n "s/.*su -c '\(.*\)'.*/\1/p" "$WORK/stop.txt")"
    want="$(as_root "$m" "while read -r p r l; do case \"\$p\" in ''|'#'*) continue;; esac; case \",\$r,\" in $(echo "$roles" | sed 's/[^|]*/*,&,*/g')) dpkg-query -W -f='\${Status}' \"\$p\" 2>/dev/null | grep -q 'install ok installed' || echo \"\$p\";; esac; done < /home/tester/intervisie/packaging/system-packages.txt" | sort | tr '\n' ' ')"
    if [ -z "$named" ] || [ "$(echo "$named" | grep -o 'install .*' | cut -d' ' -f2- | tr ' ' '\n' | sort | tr '\n' ' ')" != "$want" ]; then
        line "$label" "FAILED: named [$named], missing [$want]"; exit 1
    fi
    line "$label" "ok    ($(echo "$want" | wc -w) packages)"
    note "$(tail -1 "$WORK/stop.txt" | cut -c1-160)$([ "$(tail -1 "$WORK/stop.txt" | wc -c)" -gt 161 ] && echo ...)"
    step "user: the named command, run as root" as_root "$m" "yes | { $named; }"
}

user_part() {
    local m="$WORK/m-user" rx cache named want
    step "user: new machine, useradd -m tester" new_machine user
    as_root "$m" "useradd -m -s /bin/bash tester"
    # The user's own copy of the repository: git refuses to clone from one owned by root.
    as_root "$m" "git clone -q --bare /srv/origin.git /srv/user.git && chown -R tester: /srv/user.git"
    step "user: git clone" as_user "$m" "git clone -q /srv/user.git intervisie"
    stops_and_names "$m" start.sh "run|setup"
    rx=$(rx_bytes); cache=$(pip_cache "$m/home/tester")
    step "user: ./scripts/start.sh, X11 window up (Xvfb)" \
        x11_window "$m" tester "$OUT/user-x11.png" /home/tester/intervisie
    note "screenshot: $OUT/user-x11.png"
    note ".venv: $(mb "$(size_of "$m/home/tester/intervisie/.venv")"); pip cache grew by $(mb $(($(pip_cache "$m/home/tester") - cache))); machine received $(mb $(($(rx_bytes) - rx)))"
    stops_and_names "$m" test.sh "run|setup|test"
    local seen; seen=$(wc -l < "$LOG")
    test_step "user: ./scripts/test.sh ${USER_TESTS[*]}" as_user "$m" \
        "cd intervisie && ./scripts/test.sh $(printf "'%s' " "${USER_TESTS[@]}")"
    test_outcome "$seen"
    step "user: second clone" as_user "$m" "git clone -q /srv/user.git intervisie2"
    rx=$(rx_bytes); cache=$(pip_cache "$m/home/tester")
    step "user: second clone ./scripts/start.sh, X11 window up" \
        x11_window "$m" tester "$OUT/user-second-x11.png" /home/tester/intervisie2
    note "second clone: pip cache grew by $(mb $(($(pip_cache "$m/home/tester") - cache))); machine received $(mb $(($(rx_bytes) - rx)))"
}

files_of() {  # every path in the machine but the state that changes anyway
    (cd "$1" && find . -xdev \( -path ./proc -o -path ./sys -o -path ./dev -o -path ./tmp \
        -o -path ./run -o -path ./var/cache -o -path ./var/log -o -path ./var/lib/apt \
        -o -path ./var/lib/dpkg -o -path ./srv \) -prune -o -print | sed 's|^\.||' | sort)
}

# What the package leaves after its purge: its own paths still there (a folder only when no
# other package owns it), and anything named after it outside the home folders.
left_behind() {
    local m="$1" f
    while read -r f; do
        [ "$f" != /. ] || continue  # dpkg -L starts with the root folder
        [ -e "$m$f" ] || [ -L "$m$f" ] || continue
        if [ -d "$m$f" ] && [ ! -L "$m$f" ] && as_root "$m" "dpkg -S '$f'" >/dev/null 2>&1; then
            continue
        fi
        echo "$f"
    done < "$WORK/ours.txt"
    (cd "$m" && find . -xdev \( -path ./proc -o -path ./sys -o -path ./dev -o -path ./root \
        -o -path ./home \) -prune -o -iname '*intervisie*' -print | sed 's|^\.||')
}

deb_part() {
    local m="$WORK/m-deb" deb left name
    deb="$(ls "$WORK"/intervisie_*.deb 2>/dev/null | tail -1)"
    [ -n "$deb" ] || { line "deb: package" "FAILED: no .deb (run the root part first)"; exit 1; }
    name="$(basename "$deb")"
    step "deb: new machine" new_machine deb
    cp "$deb" "$m/root/"
    files_of "$m" > "$WORK/before.txt"
    step "deb: apt-get install ./$name" as_root "$m" \
        "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y ./$name"
    note "Depends: $(dpkg-deb --field "$deb" Depends)"
    as_root "$m" "dpkg -L intervisie" > "$WORK/ours.txt"
    step "deb: intervisie-cli self-check (as root, then as a user)" as_root "$m" \
        "intervisie-cli --version && intervisie-cli self-check && useradd -m tester && su - tester -c 'intervisie-cli self-check'"
    note "$(as_root "$m" "command -v intervisie intervisie-cli | tr '\n' ' '"); $(grep -c -E '^/usr/share/(applications|icons)/.*intervisie' "$WORK/ours.txt") desktop and icon files"
    step "deb: apt-get purge intervisie" as_root "$m" \
        "DEBIAN_FRONTEND=noninteractive apt-get purge -y intervisie"
    left="$(left_behind "$m")"
    if [ -n "$left" ]; then
        line "deb: nothing of the package left after purge" "FAILED:"
        echo "$left" | head -20 | tee -a "$OUT/summary.txt"
        exit 1
    fi
    line "deb: nothing of the package left after purge" "ok    ($(wc -l < "$WORK/ours.txt") paths checked)"
    files_of "$m" > "$WORK/after.txt"
    note "new since the bare root: $(comm -13 "$WORK/before.txt" "$WORK/after.txt" | grep -c -v -E '^/(root|home)(/|$)') paths (the dependencies stay installed)"
    note "user data kept: $(cd "$m" && find root/.local/share/intervisie-desktop home/tester/.local/share/intervisie-desktop -type f 2>/dev/null | wc -l) files in /root and /home/tester/.local/share/intervisie-desktop"
}

# --- run ------------------------------------------------------------------------------------

: > "$OUT/summary.txt"
line "fresh-machine check of $(git -C "$SRC" rev-parse --short HEAD) ($(git -C "$SRC" branch --show-current))" "parts: ${PARTS[*]}; mirror $MIRROR"
rm -rf "$WORK/origin.git"
git clone -q --bare --single-branch --branch "$(git -C "$SRC" branch --show-current)" "$SRC" "$WORK/origin.git"
git -C "$WORK/origin.git" symbolic-ref HEAD "refs/heads/$(git -C "$SRC" branch --show-current)"
[ -z "$PIP_CERT_FILE" ] || line "network: pip in the machines trusts $PIP_CERT_FILE" "(--pip-cert)"
step "start Xvfb :$DISPLAY_NO and Weston (headless)" start_displays
if wants root || wants user || wants deb; then
    step "debootstrap --variant=minbase bookworm (+ git)" make_base
fi
if wants root; then root_part; fi
if wants user; then user_part; fi
if wants deb; then deb_part; fi
if [ $FAILURES -eq 0 ]; then
    line "all passed" "$(( (SECONDS - T0) / 60 )) min $(( (SECONDS - T0) % 60 )) s"
else
    line "$FAILURES test run(s) FAILED, the rest passed" "$(( (SECONDS - T0) / 60 )) min $(( (SECONDS - T0) % 60 )) s"
    exit 1
fi
