from __future__ import annotations

import pytest

from baclofen_companion.core.errors import ValidationError
from baclofen_companion.core.model import DoseForm, Medication
from baclofen_companion.core.units import check_deliverable, dose_label, units_text


def med(form: DoseForm, strength: float, scored: bool = False) -> Medication:
    return Medication(1, 1, "Baclofen", form, strength, scored)


@pytest.mark.parametrize(
    ("amount", "expected"),
    [(5, "½ tablet"), (10, "1 tablet"), (15, "1½ tablets"), (20, "2 tablets"), (25, "2½ tablets")],
)
def test_scored_tablets_in_halves(amount: float, expected: str) -> None:
    assert units_text(amount, DoseForm.TABLET, 10, True) == expected


def test_dose_label_shows_mg_and_units() -> None:
    assert dose_label(5, DoseForm.TABLET, 10, True) == "5 mg — ½ tablet"
    assert dose_label(7.5, DoseForm.OTHER, 1, False) == "7.5 mg"


def test_liquid_in_ml_and_the_two_concentrations_differ() -> None:
    # ISMP: 1 mg/mL and 5 mg/mL products get confused; the mL shown must follow the strength.
    assert units_text(5, DoseForm.LIQUID, 1, False) == "5 mL"
    assert units_text(5, DoseForm.LIQUID, 5, False) == "1 mL"
    assert units_text(2.5, DoseForm.LIQUID, 1, False) == "2.5 mL"


def test_granule_packets() -> None:
    assert units_text(10, DoseForm.GRANULES, 5, False) == "2 packets"
    assert units_text(5, DoseForm.GRANULES, 5, False) == "1 packet"


def test_three_mg_cannot_come_from_a_ten_mg_tablet() -> None:
    with pytest.raises(ValidationError) as err:
        check_deliverable(3, med(DoseForm.TABLET, 10, scored=True), "amount in row 1")
    assert err.value.field == "amount in row 1"
    assert "3 mg cannot be made from 10 mg tablets" in err.value.message


def test_halves_need_a_scored_tablet() -> None:
    check_deliverable(5, med(DoseForm.TABLET, 10, scored=True))
    with pytest.raises(ValidationError, match="1 tablet"):
        check_deliverable(5, med(DoseForm.TABLET, 10, scored=False))


def test_float_noise_does_not_refuse_a_real_dose() -> None:
    check_deliverable(0.1 + 0.2, med(DoseForm.LIQUID, 0.1))
    check_deliverable(7.5, med(DoseForm.TABLET, 2.5))


def test_liquid_steps_of_a_tenth_ml() -> None:
    check_deliverable(2.5, med(DoseForm.LIQUID, 5))  # 0.5 mL
    with pytest.raises(ValidationError, match=r"0\.1 mL"):
        check_deliverable(0.25, med(DoseForm.LIQUID, 5))  # 0.05 mL
