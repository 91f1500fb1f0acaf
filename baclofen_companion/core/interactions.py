"""A small curated list of medicines that add to baclofen's drowsiness (DOMAIN.md: label)."""

from __future__ import annotations

import re

from baclofen_companion.core.text import QT_TRANSLATE_NOOP, translate

# Generic names by group. Matching is by whole word, case-insensitive; no network is used.
ADDED_DROWSINESS: dict[str, tuple[str, ...]] = {
    QT_TRANSLATE_NOOP("core.interactions", "opioid painkillers"): (
        "morphine",
        "oxycodone",
        "hydrocodone",
        "codeine",
        "tramadol",
        "tapentadol",
        "fentanyl",
        "methadone",
        "buprenorphine",
        "hydromorphone",
        "dihydrocodeine",
    ),
    QT_TRANSLATE_NOOP("core.interactions", "benzodiazepines"): (
        "diazepam",
        "lorazepam",
        "alprazolam",
        "clonazepam",
        "temazepam",
        "nitrazepam",
        "chlordiazepoxide",
        "midazolam",
        "oxazepam",
    ),
    QT_TRANSLATE_NOOP("core.interactions", "sleep medicines (z-drugs)"): (
        "zolpidem",
        "zopiclone",
        "eszopiclone",
        "zaleplon",
    ),
    QT_TRANSLATE_NOOP("core.interactions", "gabapentinoids"): ("gabapentin", "pregabalin"),
    QT_TRANSLATE_NOOP("core.interactions", "sedating antihistamines"): (
        "diphenhydramine",
        "promethazine",
        "chlorphenamine",
        "chlorpheniramine",
        "hydroxyzine",
        "doxylamine",
        "cyclizine",
    ),
    QT_TRANSLATE_NOOP("core.interactions", "other muscle relaxants"): (
        "tizanidine",
        "cyclobenzaprine",
        "methocarbamol",
        "carisoprodol",
        "dantrolene",
        "orphenadrine",
        "metaxalone",
    ),
}


def drowsiness_group(name: str) -> str | None:
    """The group a medicine's name belongs to, if it is on the list."""
    words = set(re.findall(r"[a-z]+", name.lower()))
    for group, names in ADDED_DROWSINESS.items():
        if words.intersection(names):
            return group
    return None


def caution_text(new_name: str, group: str) -> str:
    """``group`` as drowsiness_group() gave it (English as written)."""
    return translate(
        "core.interactions",
        "{medicine} is one of the {group}. Taken with baclofen it can add to drowsiness and "
        "dizziness. Check with your prescriber or pharmacist, take care driving, and avoid "
        "alcohol.",
    ).format(medicine=new_name, group=translate("core.interactions", group))
