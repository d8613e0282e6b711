#!/usr/bin/env bash
# Installs what the tests need when it is missing: the aarch64 cross linker
# and qemu, valgrind, the mold linker, gdb and gdb-multiarch (Debian
# packages), the Rust aarch64 target, and the rustfmt and clippy
# components. Fails loudly rather than letting a test skip.
set -euo pipefail

need_apt=()
command -v aarch64-linux-gnu-gcc >/dev/null || need_apt+=(gcc-aarch64-linux-gnu)
command -v qemu-aarch64 >/dev/null || need_apt+=(qemu-user)
[ -x /usr/bin/time ] || need_apt+=(time)
command -v valgrind >/dev/null || need_apt+=(valgrind)
# alc links with mold when it is installed: five times faster than GNU ld.
command -v mold >/dev/null || need_apt+=(mold)
# tests/debug.rs debugs `-g` programs natively and under qemu's gdb stub.
command -v gdb >/dev/null || need_apt+=(gdb)
command -v gdb-multiarch >/dev/null || need_apt+=(gdb-multiarch)
if [ ${#need_apt[@]} -gt 0 ]; then
    echo "setup: installing ${need_apt[*]}" >&2
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get install -y "${need_apt[@]}" >/dev/null 2>&1 || {
        $SUDO apt-get update >/dev/null
        $SUDO apt-get install -y "${need_apt[@]}" >/dev/null
    }
fi

if ! rustup target list --installed | grep -qx aarch64-unknown-linux-gnu; then
    echo "setup: adding the Rust target aarch64-unknown-linux-gnu" >&2
    rustup target add aarch64-unknown-linux-gnu
fi

for component in rustfmt clippy; do
    if ! rustup component list --installed | grep -q "^$component-"; then
        echo "setup: adding the Rust component $component" >&2
        rustup component add "$component"
    fi
done
