"""Build the standalone one-folder bundle with PyInstaller, run its self-test, print its size.
Same command and spec on Linux, macOS and Windows; see packaging/README.md."""

# Build on the system you ship for, since PyInstaller does not cross-compile:
#     Linux, macOS:  python3 packaging/build_bundle.py
#     Windows:       py -3.11 packaging\build_bundle.py
# The result is dist/baclofen-companion/ (plus dist/Baclofen Companion.app on macOS). The app is
# installed from a freshly built wheel, not from the checkout, into a venv of its own
# (build/bundle-venv, reused by later runs), so the bundle holds exactly what pip would install.

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "pyinstaller" / "baclofen-companion.spec"
sys.path.insert(0, str(SPEC.parent))
from bundle_rules import GLIBC_FLOOR, INTERPRETER, INTERPRETER_SYMBOLS, programs_for  # noqa: E402

NAME = "baclofen-companion"
PYINSTALLER = "pyinstaller>=6.10,<7"


def venv_python(env: Path) -> Path:
    if sys.platform == "win32":
        return env / "Scripts" / "python.exe"
    return env / "bin" / "python"


def run(command: list[str | Path], cwd: Path | None = None) -> None:
    print("+", " ".join(str(part) for part in command), flush=True)
    subprocess.run([str(part) for part in command], cwd=cwd, check=True)


def prepare_venv(env: Path, work: Path) -> Path:
    python = venv_python(env)
    if not python.exists():
        venv.create(env, with_pip=True)
    wheels = work / "wheel"
    shutil.rmtree(wheels, ignore_errors=True)
    pip: list[str | Path] = [python, "-m", "pip", "--disable-pip-version-check"]
    run([*pip, "wheel", "--quiet", "--no-deps", "--wheel-dir", wheels, ROOT])
    (wheel,) = wheels.glob("*.whl")
    run([*pip, "install", "--quiet", wheel, PYINSTALLER])
    # A reused venv already holds this version of the app; replace it with this build.
    run([*pip, "install", "--quiet", "--force-reinstall", "--no-deps", wheel])
    return python


def self_test(program: Path) -> None:
    """--self-test as a machine without system time-zone data runs it (PYTHONTZPATH empty, so
    only the bundled tzdata can answer), printing a packing list to a PDF printer."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONTZPATH": ""}
    with tempfile.TemporaryDirectory() as data:
        pdf = Path(data) / "packing-list.pdf"
        result = subprocess.run(
            [str(program), "--self-test", "--data-dir", data, "--self-test-pdf", str(pdf)],
            capture_output=True,
            text=True,
            env=env,
            timeout=180,
            check=False,
        )
        output = result.stdout.strip()
        # A windowed Windows program has no console, so its print() goes nowhere: only the exit
        # code can tell there.
        if result.returncode != 0 or (sys.platform != "win32" and output != "self-test ok"):
            raise SystemExit(
                f"bundle self-test failed (exit {result.returncode}):\n{output}\n{result.stderr}"
            )
        print(f"bundle self-test: {output or 'exit 0'}")
        check_pdf(pdf)


def check_pdf(pdf: Path) -> None:
    """The printed packing list reads back as one (with pdftotext, from poppler-utils)."""
    if shutil.which("pdftotext") is None:
        if os.environ.get("CI"):
            raise SystemExit("pdftotext is missing: install poppler-utils")
        print("bundle print: not read back (no pdftotext here)")
        return
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    if "Baclofen Companion" not in text:
        raise SystemExit(f"the printed packing list does not read back:\n{text}")
    print(f"bundle print: {pdf.stat().st_size} bytes of PDF, {len(text.split())} words")


def console_test(program: Path) -> None:
    """The console twin prints, as report, export and backup need it to."""
    result = subprocess.run(
        [str(program), "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    if result.returncode != 0 or not result.stdout.startswith(NAME + " "):
        raise SystemExit(f"{program.name} --version printed {result.stdout!r} {result.stderr}")
    print(f"{program.name}: {result.stdout.strip()}")


def glibc_symbols(objdump_output: str) -> dict[str, tuple[int, ...]]:
    """Each symbol in ``objdump -T`` output that carries a glibc version, with that version."""
    found = {}
    for match in re.finditer(r"\(?GLIBC_(\d+(?:\.\d+)+)\)?\s+(\S+)\s*$", objdump_output, re.M):
        found[match[2]] = tuple(int(part) for part in match[1].split("."))
    return found


def too_new_for_glibc(
    folder: Path, floor: tuple[int, ...]
) -> dict[str, dict[str, tuple[int, ...]]]:
    """Each ELF file in the bundle with the symbols it needs from a glibc newer than ``floor``."""
    found: dict[str, dict[str, tuple[int, ...]]] = {}
    for path in sorted(folder.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        with path.open("rb") as file:
            if file.read(4) != b"\x7fELF":
                continue
        dump = subprocess.run(
            ["objdump", "-T", str(path)], capture_output=True, text=True, check=True
        ).stdout
        newer = {name: v for name, v in glibc_symbols(dump).items() if v > floor}
        if newer:
            found[str(path.relative_to(folder))] = newer
    return found


def check_glibc(folder: Path) -> bool:
    """Say what needs a glibc above GLIBC_FLOOR; False if anything but the interpreter's known
    symbols does."""
    floor = ".".join(map(str, GLIBC_FLOOR))
    failed = allowed = False
    for name, symbols in too_new_for_glibc(folder, GLIBC_FLOOR).items():
        interpreter = Path(name).name.startswith(INTERPRETER)
        for symbol, version in sorted(symbols.items()):
            known = interpreter and symbol in INTERPRETER_SYMBOLS
            failed = failed or not known
            allowed = allowed or known
            print(
                f"{name} needs {symbol}@GLIBC_{'.'.join(map(str, version))}"
                + (" (this build machine's Python; see packaging/README.md)" if known else ""),
                file=sys.stderr,
            )
    if failed:
        print(f"the bundle needs a glibc newer than {floor}", file=sys.stderr)
    else:
        but = " but the interpreter named above" if allowed else ""
        print(f"glibc: nothing in the bundle{but} needs more than {floor}")
    return not failed


def size_of(folder: Path) -> int:
    # lstat: symlinks inside the bundle (Qt's libraries on Linux) must not count twice.
    return sum(path.lstat().st_size for path in folder.rglob("*") if not path.is_dir())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--venv", type=Path, default=ROOT / "build" / "bundle-venv")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument(
        "--max-mb", type=float, help="fail if the bundle is larger than this many MB (10^6 bytes)"
    )
    args = parser.parse_args(argv)
    work = ROOT / "build" / "bundle"
    work.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    python = prepare_venv(args.venv.resolve(), work)
    frozen_at = time.monotonic()
    # Run outside the checkout: from the repository root, its baclofen_companion/ (which lacks
    # resources/) would shadow the installed package.
    run(
        [
            python,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            args.dist.resolve(),
            "--workpath",
            work / "pyinstaller",
            SPEC,
        ],
        cwd=work,
    )
    built = time.monotonic()
    folder = args.dist.resolve() / NAME
    suffix = ".exe" if sys.platform == "win32" else ""
    self_test(folder / f"{NAME}{suffix}")
    for name, console in programs_for(sys.platform):
        if console:
            console_test(folder / f"{name}{suffix}")
    if sys.platform.startswith("linux") and not check_glibc(folder):
        return 1
    size = size_of(folder)
    print(f"bundle: {folder}")
    if sys.platform == "darwin":
        print(f"app: {args.dist.resolve() / 'Baclofen Companion.app'}")
    print(f"size: {size / 1e6:.1f} MB ({size / 2**20:.1f} MiB)")
    print(
        f"time: {built - started:.0f} s in all, {built - frozen_at:.0f} s of it PyInstaller, "
        f"{frozen_at - started:.0f} s preparing the venv"
    )
    if args.max_mb is not None and size > args.max_mb * 1e6:
        print(f"the bundle is over the limit of {args.max_mb:.0f} MB", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except subprocess.CalledProcessError as err:
        sys.exit(f"failed: {err}")
