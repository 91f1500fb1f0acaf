#!/usr/bin/env bash
# Packaging checks, run by CI from the repository root after the test suite, on Debian as root
# (or with sudo): the desktop files validate, the committed icons match their SVGs, the wheel
# installs into a fresh venv and starts with its icons and licence, the sdist holds every
# tracked file and its test suite passes, and the PyInstaller bundle builds, passes its self-test
# with no system time-zone data while printing a packing list to PDF, its console program
# prints, it needs no glibc newer than PySide6 does, and it stays under 150 MB. Qt's system
# libraries are installed by .ci/run beforehand.
set -euo pipefail
cd "$(dirname "$0")/.."

export DEBIAN_FRONTEND=noninteractive
export PIP_DISABLE_PIP_VERSION_CHECK=1
started=$SECONDS

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

# The validators; binutils (objdump, strip) and the shared libpython are what PyInstaller
# needs on Linux (Debian's python3 binary is linked statically and ships the .so apart).
# poppler-utils (pdftotext) reads back the packing list the bundle's self-test prints.
pyver=$(python3 -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
apt_packages=(desktop-file-utils appstream binutils poppler-utils "libpython${pyver}")
if ! python3 -c "import venv, ensurepip" 2>/dev/null; then
    apt_packages+=(python3-venv)
fi
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${apt_packages[@]}" >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== desktop entry and AppStream metainfo"
# desktop-file-validate exits 0 on hints; any output at all fails here.
hints=$(desktop-file-validate packaging/linux/io.github.baclofencompanion.baclofen_companion.desktop)
if [ -n "$hints" ]; then echo "$hints"; exit 1; fi
# appstreamcli exits 0 on pedantic and info notes; any note at all ("P: ...", "I: ...") fails here.
report=$(appstreamcli validate --pedantic --no-net packaging/linux/io.github.baclofencompanion.baclofen_companion.metainfo.xml)
notes=$(echo "$report" | grep -E '^[EWIP]: ' || true)
if [ -n "$notes" ]; then echo "$notes"; exit 1; fi

echo "== wheel, installed into a fresh venv"
python3 -m venv "$work/venv"
"$work/venv/bin/pip" wheel -q --no-deps --wheel-dir "$work/wheel" .
wheel=$(echo "$work"/wheel/baclofen_companion-*.whl)
"$work/venv/bin/pip" install -q "$wheel"
# From an empty folder, so nothing in the checkout can stand in for the installed package.
cd "$work"
result=$(QT_QPA_PLATFORM=offscreen "$work/venv/bin/baclofen-companion" --self-test \
    --data-dir "$(mktemp -d -p "$work")")
cd - >/dev/null
echo "$result"
[ "$result" = "self-test ok" ]
# Every icon format ships in the wheel, and the menu entry installs from it and validates.
XDG_DATA_HOME="$work/share" "$work/venv/bin/python" -I - <<'EOF'
from importlib import resources

from baclofen_companion.services import desktop_entry

names = {p.name for p in resources.files("baclofen_companion.resources").iterdir()}
for suffix in (".svg", ".png", ".ico", ".icns"):
    assert any(n.endswith(suffix) for n in names), f"no {suffix} in the wheel: {sorted(names)}"
# The licence travels with the wheel: its SPDX expression and the full text.
from importlib import metadata

meta = metadata.metadata("baclofen-companion")
assert meta["License-Expression"] == "GPL-3.0-or-later", meta["License-Expression"]
assert any(f.name == "LICENSE" for f in metadata.files("baclofen-companion") or [])
for path in desktop_entry.install(desktop_entry.launch_command()):
    print("installed", path)
EOF
hints=$(desktop-file-validate "$work/share/applications/io.github.baclofencompanion.baclofen_companion.desktop")
if [ -n "$hints" ]; then echo "$hints"; exit 1; fi

echo "== sdist: every tracked file, built without a setuptools warning, and the suite passes from it"
# From a clean export of HEAD, as a release is built: no caches, no local leftovers.
mkdir "$work/export"
git archive HEAD | tar -x -C "$work/export"
"$work/venv/bin/pip" install -q build
# Unset so a byte-compile note of this environment's own is not taken for a packaging warning.
log=$(cd "$work/export" && env -u PYTHONDONTWRITEBYTECODE \
    "$work/venv/bin/python" -m build --outdir "$work/dist" . 2>&1)
warnings=$(echo "$log" | grep -i 'warn' || true)
if [ -n "$warnings" ]; then echo "$warnings"; exit 1; fi
sdist=$(echo "$work"/dist/baclofen_companion-*.tar.gz)
missing=$(comm -23 <(git ls-files | grep -vx '.gitignore' | sort) \
    <(tar -tzf "$sdist" | sed 's#^[^/]*/##' | sort))
if [ -n "$missing" ]; then echo "not in the sdist:"; echo "$missing"; exit 1; fi
mkdir "$work/from-sdist"
tar -xzf "$sdist" -C "$work/from-sdist" --strip-components=1
python3 -m venv "$work/sdist-venv"
(cd "$work/from-sdist" && "$work/sdist-venv/bin/pip" install -q -e '.[test]' \
    && "$work/sdist-venv/bin/python" -m pytest -q -p no:cacheprovider) || exit 1

echo "== committed icons match their SVGs"
"$work/venv/bin/python" packaging/make_icons.py --check

echo "== PyInstaller bundle"
python3 packaging/build_bundle.py --venv "$work/bundle-venv" --max-mb 150

echo "packaging checks passed in $((SECONDS - started)) s"
