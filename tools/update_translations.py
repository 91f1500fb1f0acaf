"""Keep the translations in step with the code: lupdate into translations/*.ts, lrelease to .qm.

    python tools/update_translations.py            # after changing text: update .ts, build .qm
    python tools/update_translations.py --check    # exit 1 if a .ts or .qm is out of date
    python tools/update_translations.py --add fr   # start a translation (then translate it)

lupdate reads every module of the package, core/ included: core's Qt-free
``translate("core.x", "...")`` and ``QT_TRANSLATE_NOOP("core.x", "...")`` calls look to it like
Qt's own, so no extra extraction step is needed. The .ts files are the sources translators
edit (Qt Linguist: ``pyside6-linguist translations/baclofen_companion_de.ts``); the compiled
.qm files ship inside the package (resources/i18n/), and tests check both are up to date.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "baclofen_companion"
TS_DIR = ROOT / "translations"
QM_DIR = ROOT / "resources" / "i18n"
STEM = "baclofen_companion"
LUPDATE_OPTIONS = ("-locations", "relative", "-no-obsolete", "-source-language", "en")


def tool(name: str) -> str:
    """pyside6-lupdate or pyside6-lrelease: beside this Python (a venv), else on PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e '.[dev]')")
    return found


def sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def ts_files() -> dict[str, Path]:
    """Language code -> its .ts file."""
    return {p.stem.removeprefix(f"{STEM}_"): p for p in sorted(TS_DIR.glob(f"{STEM}_*.ts"))}


def qm_file(code: str) -> Path:
    return QM_DIR / f"{STEM}_{code}.qm"


def lupdate(ts: Path, code: str) -> None:
    """Merge the code's current strings into ``ts`` (created if missing)."""
    # A list file keeps the command line short on Windows, whatever the number of modules.
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as lst:
        lst.write("\n".join(str(p) for p in sources()))
    try:
        subprocess.run(
            [tool("pyside6-lupdate"), *LUPDATE_OPTIONS, "-target-language", code, "-silent",
             f"@{lst.name}", "-ts", str(ts)],
            check=True,
        )  # fmt: skip
    finally:
        Path(lst.name).unlink(missing_ok=True)


def lrelease(ts: Path, qm: Path) -> None:
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
        check=True,
    )


Message = tuple[str, str]
"""(context, source text)"""


def messages(ts: Path) -> dict[Message, ET.Element]:
    """Every message of a .ts file by (context, source), obsolete and vanished ones included."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found[name, message.findtext("source", "")] = message
    return found


PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}")
MNEMONIC = re.compile(r"&(?=[^&\s])")


def problems(ts: Path) -> list[str]:
    """What is wrong with a translation: unfinished or empty messages, stale ones,
    translations whose {placeholders} differ from the source's (they would crash .format)
    and ones that lose the source's &shortcut letter."""
    found = []
    for (context, source), message in messages(ts).items():
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        text = (translation.text or "") if translation is not None else ""
        where = f"{ts.name}: [{context}] {source!r}"
        if kind in ("obsolete", "vanished"):
            found.append(f"{where} is no longer in the code (run tools/update_translations.py)")
        elif kind is not None or not text.strip():
            found.append(f"{where} is not translated")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            found.append(f"{where}: the translation's {{placeholders}} differ")
        elif len(MNEMONIC.findall(source)) != len(MNEMONIC.findall(text)):
            found.append(f"{where}: the translation needs one &shortcut letter, as the source")
    return found


def out_of_date(code: str, ts: Path) -> list[str]:
    """Strings in the code that ``ts`` lacks, and a shipped .qm that is not ``ts`` compiled."""
    found = []
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / ts.name
        shutil.copy(ts, fresh)
        lupdate(fresh, code)
        have = messages(ts)
        for key, message in messages(fresh).items():
            if key not in have:
                found.append(f"{ts.name} lacks [{key[0]}] {key[1]!r}")
            translation = message.find("translation")
            if key in have and translation is not None and translation.get("type") == "vanished":
                found.append(f"{ts.name} holds [{key[0]}] {key[1]!r}, no longer in the code")
        built = Path(folder) / "built.qm"
        lrelease(ts, built)
        qm = qm_file(code)
        if not qm.exists():
            found.append(f"{qm.relative_to(ROOT)} is missing")
        elif qm.read_bytes() != built.read_bytes():
            found.append(f"{qm.relative_to(ROOT)} is not {ts.name} compiled (older or edited)")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if stale")
    parser.add_argument("--add", metavar="CODE", help="start a translation, e.g. fr or pt_BR")
    args = parser.parse_args(argv)
    languages = ts_files()
    if args.add:
        TS_DIR.mkdir(exist_ok=True)
        languages[args.add] = TS_DIR / f"{STEM}_{args.add}.ts"
    if args.check:
        found = [p for code, ts in languages.items() for p in out_of_date(code, ts) + problems(ts)]
        for problem in found:
            print(problem, file=sys.stderr)
        return 1 if found else 0
    for code, ts in languages.items():
        lupdate(ts, code)
        lrelease(ts, qm_file(code))
        left = problems(ts)
        print(f"{ts.relative_to(ROOT)}: {len(messages(ts))} messages, {len(left)} to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main())
