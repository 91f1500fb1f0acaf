"""Time zones by the names people use: "London", "Tokyo", "Germany", "Europe/Berlin".

The one reader of a typed zone for every zone field (first run, Add a person, Travel). A city is
the last part of an IANA name ("New York" is America/New_York); a country comes from the small
table below, which names each country's zones (the main one first). Pure Python: the widgets
show the suggestions, the rule is here.
"""

from __future__ import annotations

from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from baclofen_companion.core.errors import ValidationError
from baclofen_companion.core.text import translate

# Countries by their English (and, where it differs, German) name. One zone: the country's
# only or near-universal zone; several: each is offered, the most populous first.
_COUNTRIES: dict[tuple[str, ...], tuple[str, ...]] = {
    ("Argentina", "Argentinien"): ("America/Argentina/Buenos_Aires",),
    ("Australia", "Australien"): (
        "Australia/Sydney",
        "Australia/Melbourne",
        "Australia/Brisbane",
        "Australia/Perth",
        "Australia/Adelaide",
        "Australia/Darwin",
        "Australia/Hobart",
    ),
    ("Austria", "Österreich"): ("Europe/Vienna",),
    ("Belgium", "Belgien"): ("Europe/Brussels",),
    ("Brazil", "Brasilien"): (
        "America/Sao_Paulo",
        "America/Manaus",
        "America/Fortaleza",
        "America/Recife",
    ),
    ("Bulgaria", "Bulgarien"): ("Europe/Sofia",),
    ("Canada", "Kanada"): (
        "America/Toronto",
        "America/Vancouver",
        "America/Edmonton",
        "America/Winnipeg",
        "America/Halifax",
        "America/St_Johns",
        "America/Regina",
    ),
    ("Chile",): ("America/Santiago",),
    ("China",): ("Asia/Shanghai",),
    ("Croatia", "Kroatien"): ("Europe/Zagreb",),
    ("Cyprus", "Zypern"): ("Asia/Nicosia",),
    ("Czechia", "Czech Republic", "Tschechien"): ("Europe/Prague",),
    ("Denmark", "Dänemark"): ("Europe/Copenhagen",),
    ("Egypt", "Ägypten"): ("Africa/Cairo",),
    ("England", "Scotland", "Wales", "United Kingdom", "UK", "Great Britain", "Britain"): (
        "Europe/London",
    ),
    ("Großbritannien", "Vereinigtes Königreich", "Schottland"): ("Europe/London",),
    ("Estonia", "Estland"): ("Europe/Tallinn",),
    ("Finland", "Finnland"): ("Europe/Helsinki",),
    ("France", "Frankreich"): ("Europe/Paris",),
    ("Germany", "Deutschland"): ("Europe/Berlin",),
    ("Greece", "Griechenland"): ("Europe/Athens",),
    ("Hong Kong",): ("Asia/Hong_Kong",),
    ("Hungary", "Ungarn"): ("Europe/Budapest",),
    ("Iceland", "Island"): ("Atlantic/Reykjavik",),
    ("India", "Indien"): ("Asia/Kolkata",),
    ("Indonesia", "Indonesien"): ("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"),
    ("Ireland", "Irland"): ("Europe/Dublin",),
    ("Israel",): ("Asia/Jerusalem",),
    ("Italy", "Italien"): ("Europe/Rome",),
    ("Japan",): ("Asia/Tokyo",),
    ("Kenya", "Kenia"): ("Africa/Nairobi",),
    ("Latvia", "Lettland"): ("Europe/Riga",),
    ("Lithuania", "Litauen"): ("Europe/Vilnius",),
    ("Luxembourg", "Luxemburg"): ("Europe/Luxembourg",),
    ("Malta",): ("Europe/Malta",),
    ("Mexico", "Mexiko"): ("America/Mexico_City", "America/Cancun", "America/Tijuana"),
    ("Morocco", "Marokko"): ("Africa/Casablanca",),
    ("Netherlands", "Holland", "Niederlande"): ("Europe/Amsterdam",),
    ("New Zealand", "Neuseeland"): ("Pacific/Auckland",),
    ("Nigeria",): ("Africa/Lagos",),
    ("Norway", "Norwegen"): ("Europe/Oslo",),
    ("Philippines", "Philippinen"): ("Asia/Manila",),
    ("Poland", "Polen"): ("Europe/Warsaw",),
    ("Portugal",): ("Europe/Lisbon", "Atlantic/Azores", "Atlantic/Madeira"),
    ("Romania", "Rumänien"): ("Europe/Bucharest",),
    ("Russia", "Russland"): (
        "Europe/Moscow",
        "Asia/Yekaterinburg",
        "Asia/Novosibirsk",
        "Asia/Krasnoyarsk",
        "Asia/Irkutsk",
        "Asia/Vladivostok",
        "Europe/Kaliningrad",
    ),
    ("Saudi Arabia", "Saudi-Arabien"): ("Asia/Riyadh",),
    ("Singapore", "Singapur"): ("Asia/Singapore",),
    ("Slovakia", "Slowakei"): ("Europe/Bratislava",),
    ("Slovenia", "Slowenien"): ("Europe/Ljubljana",),
    ("South Africa", "Südafrika"): ("Africa/Johannesburg",),
    ("South Korea", "Korea", "Südkorea"): ("Asia/Seoul",),
    ("Spain", "Spanien"): ("Europe/Madrid", "Atlantic/Canary"),
    ("Sweden", "Schweden"): ("Europe/Stockholm",),
    ("Switzerland", "Schweiz"): ("Europe/Zurich",),
    ("Taiwan",): ("Asia/Taipei",),
    ("Thailand",): ("Asia/Bangkok",),
    ("Turkey", "Türkiye", "Türkei"): ("Europe/Istanbul",),
    ("Ukraine",): ("Europe/Kyiv",),
    ("United Arab Emirates", "UAE", "Vereinigte Arabische Emirate"): ("Asia/Dubai",),
    ("United States", "USA", "US", "America", "Vereinigte Staaten"): (
        "America/New_York",
        "America/Chicago",
        "America/Denver",
        "America/Phoenix",
        "America/Los_Angeles",
        "America/Anchorage",
        "Pacific/Honolulu",
    ),
    ("Vietnam",): ("Asia/Ho_Chi_Minh",),
}


def _key(text: str) -> str:
    return " ".join(text.replace("_", " ").split()).casefold()


@cache
def zone_names() -> tuple[str, ...]:
    """Place-named zones ("Europe/London"), sorted; read once (the scan costs tens of ms)."""
    return tuple(
        sorted(
            z
            for z in available_timezones()
            if "/" in z and not z.startswith(("Etc/", "SystemV/", "posix/", "right/"))
        )
    )


@cache
def _countries() -> dict[str, tuple[str, ...]]:
    known = set(zone_names())
    return {
        _key(name): tuple(z for z in zones if z in known)
        for names, zones in _COUNTRIES.items()
        for name in names
    }


@cache
def country_names() -> tuple[str, ...]:
    """Every country name the table knows, for a field's suggestions."""
    return tuple(sorted(name for names in _COUNTRIES for name in names))


def _is_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # "Europe/" half typed is a folder
        return False
    return True


def zone_matches(text: str) -> list[str]:
    """The zones that ``text`` names exactly: a zone name in any case, a city or a country."""
    wanted = _key(text)
    if not wanted:
        return []
    exact = [z for z in zone_names() if _key(z) == wanted]
    if exact:
        return exact
    if "/" not in text and text.strip() in ("UTC", "GMT") and _is_zone(text.strip()):
        return [text.strip()]
    cities = [z for z in zone_names() if _key(z.rsplit("/", 1)[-1]) == wanted]
    return cities or list(_countries().get(wanted, ()))


def zone_suggestions(text: str, most: int = 12) -> list[str]:
    """Zones worth offering while ``text`` is typed: exact matches first, then zones whose
    city, region or country starts with it, then those that merely contain it."""
    wanted = _key(text)
    if not wanted:
        return []
    found = list(zone_matches(text))
    for country, zones in _countries().items():
        if country.startswith(wanted):
            found.extend(zones)
    starts = [z for z in zone_names() if _key(z.rsplit("/", 1)[-1]).startswith(wanted)]
    contains = [z for z in zone_names() if wanted in _key(z)]
    return list(dict.fromkeys(found + starts + contains))[:most]


def resolve_zone(text: str, field: str = "time zone") -> str:
    """The one zone ``text`` names, or a ValidationError naming ``field``: unknown, or which
    of several it could be."""
    typed = text.strip()
    if not typed:
        raise ValidationError(
            field,
            translate("core.zones", "Type a city or country, for example London or Germany."),
        )
    matches = zone_matches(typed)
    if len(matches) == 1:
        return matches[0]
    if not matches and _is_zone(typed) and "/" in typed:
        return typed
    if matches:
        raise ValidationError(
            field,
            translate("core.zones", "“{name}” has several time zones; choose one: {zones}.").format(
                name=typed, zones=", ".join(matches)
            ),
        )
    raise ValidationError(
        field,
        translate(
            "core.zones", "Unknown time zone “{name}”: type a nearby city or the country."
        ).format(name=typed),
    )
