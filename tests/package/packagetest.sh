#!/usr/bin/env bash
# The Debian package, end to end, without root: build it with cpack, unpack it into a scratch root
# with dpkg-deb -x, check its metadata and desktop files, and run both installed programs.
#
#   packagetest.sh build    <cpack> <CPackConfig.cmake> <out dir>
#   packagetest.sh contents <out dir> <version> <app id>
#   packagetest.sh run      <out dir> <version> <app id>
#
# "build" is the ctest fixture the other two need (the build itself never runs cpack).
# pass always succeeds, so "check && pass … || fail …" is an if-then-else here:
# shellcheck disable=SC2015
set -euo pipefail
export LC_ALL=C.UTF-8

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
pass() { echo "PASS: $*"; }
require_tool() {
    command -v "$1" >/dev/null || {
        echo "FAIL: $1 is missing; packaging/install-deps.sh installs it" >&2
        exit 1
    }
}

mode=${1:?mode: build, contents or run}
shift

if [ "$mode" = build ]; then
    cpack=$1 config=$2 out=$3
    require_tool dpkg-shlibdeps
    rm -rf "$out"
    mkdir -p "$out"
    "$cpack" -G DEB --config "$config" -B "$out"
    ls "$out"/ridewatch_*.deb
    exit 0
fi

out=$1 version=$2 appid=$3
require_tool dpkg-deb
require_tool file
debs=("$out"/ridewatch_"$version"-*_*.deb)
[ -f "${debs[0]}" ] || {
    echo "FAIL: no ridewatch_$version package in $out (did package_build run?)" >&2
    exit 1
}
deb=${debs[0]}

scratch=$(mktemp -d "${TMPDIR:-/tmp}/ridewatch-package.XXXXXX")
pids=()
cleanup() {
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    rm -rf "$scratch"
}
trap cleanup EXIT
root=$scratch/root
mkdir -p "$root"
dpkg-deb -x "$deb" "$root"

check_contents() {
    # Control data: the name, version and the dependencies no ELF file names.
    local info
    info=$(dpkg-deb -I "$deb")
    local field
    for field in "Package: ridewatch" "Version: $version-" "Architecture: $(dpkg --print-architecture)" \
        "Section: " "Maintainer: " "Homepage: "; do
        grep -q "^ $field" <<<"$info" && pass "control has $field" || fail "control lacks \"$field\""
    done
    local depends
    depends=$(dpkg-deb -f "$deb" Depends)
    local dep
    for dep in fonts-noto-cjk qt6-translations-l10n libqt6positioning6-plugins libqt6core6 libqt6widgets6 \
        libqt6network6 libssl3 libsqlite3-0; do
        grep -Eq "(^|, )$dep( |,|$)" <<<"$depends" && pass "Depends names $dep" ||
            fail "Depends lacks $dep: $depends"
    done
    # The maintainer scripts reload systemd but never enable or start the platform.
    local script
    for script in postinst prerm postrm; do
        grep -Eq "^ +[0-9]+ bytes, +[0-9]+ lines +\* +$script " <<<"$info" && pass "$script is executable" ||
            fail "$script missing or not executable"
    done
    if dpkg-deb --ctrl-tarfile "$deb" | tar -xO ./postinst | grep -Eq 'systemctl[^#]*[[:space:]](enable|start)([[:space:]]|$)|deb-systemd-helper'; then
        fail "postinst enables or starts the service"
    fi

    # Exactly the two programs; no test, benchmark or build tool.
    local bins
    bins=$(find "$root/usr/bin" -mindepth 1 -printf '%f\n' | sort | tr '\n' ' ')
    [ "$bins" = "ridewatch ridewatch-platform " ] && pass "usr/bin holds the two programs" ||
        fail "usr/bin holds: $bins"
    if dpkg-deb -c "$deb" | grep -Eq '/tst_|/bench_|/fuzz_|iconrender|registry-gen|\.a$|/include/'; then
        fail "the package contains test or build files: $(dpkg-deb -c "$deb" | grep -E '/tst_|/bench_|/fuzz_|iconrender|registry-gen|\.a$|/include/')"
    fi
    local binary
    for binary in ridewatch ridewatch-platform; do
        file -b "$root/usr/bin/$binary" | grep -q "ELF 64-bit.*stripped" && ! file -b "$root/usr/bin/$binary" | grep -q "not stripped" &&
            pass "$binary is a stripped ELF" || fail "$binary: $(file -b "$root/usr/bin/$binary")"
    done

    grep -q "GeoNames" "$root/usr/share/doc/ridewatch/copyright" 2>/dev/null &&
        pass "usr/share/doc/ridewatch/copyright credits the map data" || fail "no copyright file crediting GeoNames"

    # The desktop entry and the AppStream metadata.
    local desktop=$root/usr/share/applications/$appid.desktop
    local metainfo=$root/usr/share/metainfo/$appid.metainfo.xml
    require_tool desktop-file-validate
    require_tool appstreamcli
    local report
    if report=$(desktop-file-validate "$desktop" 2>&1) && [ -z "$report" ]; then
        pass "desktop-file-validate $appid.desktop"
    else
        fail "desktop-file-validate: $report"
    fi
    grep -q '^Name\[zh_CN\]=网约车监管控制台$' "$desktop" && pass "desktop entry has the Chinese name" ||
        fail "desktop entry lacks Name[zh_CN]"
    grep -q "^Icon=$appid$" "$desktop" && pass "desktop entry's Icon is $appid" || fail "desktop entry's Icon is not $appid"
    local exec
    exec=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop" 2>/dev/null || true)
    [ -n "$exec" ] && [ -f "$root/usr/bin/$exec" ] && [ -x "$root/usr/bin/$exec" ] && pass "desktop entry's Exec ($exec) is installed" ||
        fail "desktop entry's Exec \"$exec\" is not in usr/bin"
    # appstreamcli exits 0 on pedantic notes (the id's capitals); infos, warnings and errors fail.
    if report=$(appstreamcli validate --no-net "$metainfo" 2>&1) && ! grep -Eq '^[IWE]:' <<<"$report"; then
        pass "appstreamcli validate --no-net $appid.metainfo.xml"
    else
        fail "appstreamcli validate: $report"
    fi
    if report=$(appstreamcli validate-tree --no-net "$root" 2>&1) && ! grep -Eq '^[IWE]:' <<<"$report"; then
        pass "appstreamcli validate-tree (metainfo, desktop entry and icons together)"
    else
        fail "appstreamcli validate-tree: $report"
    fi
    grep -q "<launchable type=\"desktop-id\">$appid.desktop</launchable>" "$metainfo" &&
        pass "metainfo launches $appid.desktop" || fail "metainfo's launchable is not $appid.desktop"
    grep -q "<name xml:lang=\"zh-CN\">网约车监管控制台</name>" "$metainfo" && pass "metainfo has the Chinese name" ||
        fail "metainfo lacks the zh-CN name"
    local newest
    newest=$(grep -o '<release version="[^"]*"' "$metainfo" 2>/dev/null | head -1 | cut -d'"' -f2 || true)
    [ "$newest" = "$version" ] && pass "metainfo's newest release is $version" ||
        fail "metainfo's newest release is \"$newest\", the project is $version (add a <release>)"

    # Icons: a PNG of the right size in every hicolor size, and the scalable SVG.
    local size png
    for size in 16 24 32 48 64 128 256; do
        png=$root/usr/share/icons/hicolor/${size}x${size}/apps/$appid.png
        if [ -f "$png" ] && file -b "$png" | grep -q "^PNG image data, $size x $size, 8-bit/color RGBA"; then
            pass "icon ${size}x${size}"
        else
            fail "icon ${size}x${size}: $( [ -f "$png" ] && file -b "$png" || echo missing)"
        fi
    done
    local svg=$root/usr/share/icons/hicolor/scalable/apps/$appid.svg
    file -b "$svg" | grep -q "SVG" && grep -q 'viewBox="0 0 256 256"' "$svg" && pass "scalable icon" ||
        fail "scalable icon: $(file -b "$svg" 2>&1)"

    # The platform's service: installed, not enabled (no [Install] symlinks shipped), and valid.
    local unit=$root/usr/lib/systemd/system/ridewatch-platform.service
    [ -f "$unit" ] && pass "ridewatch-platform.service installed" || fail "ridewatch-platform.service missing"
    grep -q '^ExecStart=/usr/bin/ridewatch-platform ' "$unit" && pass "the unit runs /usr/bin/ridewatch-platform" ||
        fail "the unit's ExecStart: $(grep ExecStart= "$unit")"
    [ ! -e "$root/etc/systemd" ] && pass "no unit is enabled by the package" || fail "the package ships etc/systemd"
    local key
    for key in DynamicUser=yes StateDirectory=ridewatch NoNewPrivileges=yes ProtectSystem=strict \
        ProtectHome=yes PrivateTmp=yes Restart=on-failure; do
        grep -q "^$key$" "$unit" && pass "unit sets $key" || fail "unit lacks $key"
    done
    if command -v systemd-analyze >/dev/null; then
        # verify checks the executable exists: point a copy at the unpacked binary.
        local copy=$scratch/ridewatch-platform.service
        sed "s|^ExecStart=/usr/bin/ridewatch-platform|ExecStart=$root/usr/bin/ridewatch-platform|" "$unit" >"$copy"
        if report=$(systemd-analyze verify --man=no "$copy" 2>&1) && [ -z "$report" ]; then
            pass "systemd-analyze verify"
        else
            fail "systemd-analyze verify: $report"
        fi
        # Exposure 0 (locked down) to 10 (unprotected); the threshold counts tenths.
        if report=$(systemd-analyze security --offline=yes --threshold=20 "$copy" 2>&1); then
            pass "systemd-analyze security: $(grep -o 'Overall exposure level.*' <<<"$report")"
        else
            fail "systemd-analyze security above 2.0: $(tail -1 <<<"$report")"
        fi
    else
        echo "SKIP: systemd-analyze is not installed; the unit's syntax is not verified"
    fi
}

# Waits up to $2 seconds for a line matching $3 in file $1; prints it.
wait_for_line() {
    local file=$1 seconds=$2 pattern=$3 i
    for ((i = 0; i < seconds * 10; i++)); do
        if grep -Eq "$pattern" "$file" 2>/dev/null; then
            grep -E -m1 "$pattern" "$file"
            return 0
        fi
        sleep 0.1
    done
    return 1
}

check_run() {
    require_tool openssl
    # A private profile: nothing reads or writes the real home, settings or caches.
    export HOME=$scratch/home XDG_CONFIG_HOME=$scratch/home/.config XDG_DATA_HOME=$scratch/home/.local/share \
        XDG_CACHE_HOME=$scratch/home/.cache XDG_STATE_HOME=$scratch/home/.local/state \
        XDG_RUNTIME_DIR=$scratch/run
    mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
    chmod 700 "$XDG_RUNTIME_DIR"
    export QT_QPA_PLATFORM=offscreen RIDEWATCH_LANG=en
    local platform=$root/usr/bin/ridewatch-platform console=$root/usr/bin/ridewatch
    local state=$scratch/var/lib/ridewatch
    mkdir -p "$state"

    "$platform" --version | grep -q "$version" && pass "ridewatch-platform --version says $version" ||
        fail "ridewatch-platform --version: $("$platform" --version 2>&1)"

    # The service's own command line (the unit's ExecStart), moved into the scratch root, with the
    # options an administrator would put in /etc/default/ridewatch-platform.
    local command
    command=$(sed -n 's/^ExecStart=//p' "$root/usr/lib/systemd/system/ridewatch-platform.service")
    command=${command//\/usr\/bin\//$root/usr/bin/}
    command=${command//\/var\/lib\/ridewatch/$state}
    command=${command//\$RIDEWATCH_PLATFORM_OPTIONS/--listen 127.0.0.1 --port 0}
    local -a argv
    read -ra argv <<<"$command"
    [ "${argv[0]:-}" = "$platform" ] && pass "the unit's command line: ${argv[*]#"$scratch"}" ||
        fail "the unit's ExecStart does not start /usr/bin/ridewatch-platform: $command"
    "${argv[@]}" >"$scratch/platform.out" 2>"$scratch/platform.err" &
    local platform_pid=$!
    pids+=("$platform_pid")
    local listening port fingerprint
    if listening=$(wait_for_line "$scratch/platform.out" 30 '^listening on https://127\.0\.0\.1:[0-9]+'); then
        port=${listening##*:}
        port=${port%%/*}
        pass "ridewatch-platform listens on 127.0.0.1:$port"
        fingerprint=$(wait_for_line "$scratch/platform.out" 5 '^certificate sha256 ' | cut -d' ' -f3 || true)
        [ -s "$state/platform.key" ] && [ -s "$state/platform.crt" ] && pass "TLS key and certificate in the state directory" ||
            fail "no platform.key/platform.crt in the state directory: $(ls "$state")"
        local secret
        for secret in platform.key platform.sqlite.keys; do
            [ "$(stat -c %a "$state/$secret" 2>/dev/null)" = 600 ] && pass "$secret is owner-only" ||
                fail "$secret: mode $(stat -c %a "$state/$secret" 2>&1)"
        done
        # As in README: the first administrator, made while the service runs, on its database.
        local admin
        if admin=$(timeout 30 "$platform" --database "$state/platform.sqlite" --init-admin alice 2>&1) &&
            grep -q "System administrator alice created" <<<"$admin" && grep -q "otpauth://" <<<"$admin"; then
            pass "ridewatch-platform --init-admin alice"
        else
            fail "ridewatch-platform --init-admin: $admin"
        fi

        # It answers HTTPS with the certificate it announced; an unsigned request is refused (401).
        local served reply
        served=$(openssl s_client -connect "127.0.0.1:$port" </dev/null 2>/dev/null |
            openssl x509 -noout -fingerprint -sha256 | cut -d= -f2 || true)
        [ -n "$fingerprint" ] && [ "$served" = "$fingerprint" ] && pass "the served certificate is the announced one" ||
            fail "served certificate $served, announced \"$fingerprint\""
        reply=$(printf 'GET /api/v1/alerts HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' |
            timeout 10 openssl s_client -quiet -connect "127.0.0.1:$port" 2>/dev/null | head -1 | tr -d '\r' || true)
        grep -Eq '^HTTP/1\.1 401' <<<"$reply" && pass "GET /api/v1/alerts without a session: $reply" ||
            fail "GET /api/v1/alerts without a session answered \"$reply\""
        # SIGTERM (systemctl stop) ends it cleanly.
        kill -TERM "$platform_pid"
        local rc=0 i
        for ((i = 0; i < 100; i++)); do
            kill -0 "$platform_pid" 2>/dev/null || break
            sleep 0.1
        done
        if kill -0 "$platform_pid" 2>/dev/null; then
            fail "ridewatch-platform still runs 10 s after SIGTERM"
        else
            wait "$platform_pid" || rc=$?
            [ "$rc" -eq 0 ] && pass "ridewatch-platform exits 0 on SIGTERM" || fail "ridewatch-platform exited $rc on SIGTERM"
        fi
    else
        fail "ridewatch-platform did not announce its port: $(cat "$scratch/platform.out" "$scratch/platform.err")"
    fi

    # The console, offscreen: it starts the embedded platform, signs in as demo.city, saves a
    # screenshot after a few seconds and quits.
    local shot=$scratch/console.png rc=0
    timeout 60 "$console" --screenshot "$shot" >"$scratch/console.out" 2>&1 || rc=$?
    if [ "$rc" -eq 0 ]; then
        pass "ridewatch --screenshot exits 0"
    else
        fail "ridewatch --screenshot exited $rc: $(tail -20 "$scratch/console.out")"
    fi
    local kind bytes
    kind=$(file -b "$shot" 2>&1 || true)
    bytes=$(stat -c %s "$shot" 2>/dev/null || echo 0)
    local width height
    read -r width height < <(sed -n 's/^PNG image data, \([0-9]*\) x \([0-9]*\),.*/\1 \2/p' <<<"$kind") || true
    if [ -n "${width:-}" ] && [ "$width" -ge 800 ] && [ "$height" -ge 500 ] && [ "$bytes" -gt 30000 ]; then
        pass "console screenshot ${width}x${height}, $bytes bytes"
    else
        fail "console screenshot: $kind, $bytes bytes"
    fi
    local embedded
    embedded=$(find "$XDG_DATA_HOME" -name embedded-platform.sqlite 2>/dev/null | head -1)
    [ -n "$embedded" ] && pass "the embedded platform's database is in the private profile ($embedded)" ||
        fail "no embedded-platform.sqlite under $XDG_DATA_HOME"
}

case "$mode" in
contents) check_contents ;;
run) check_run ;;
*)
    echo "unknown mode $mode" >&2
    exit 2
    ;;
esac

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all checks passed"
