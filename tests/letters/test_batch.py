"""Many letters at once, in one process and in two, with progress reported."""

from __future__ import annotations

import dataclasses
import datetime
import functools

import pytest

from app.domain.enums import LetterKind
from app.letters.batch import LetterJob, render_and_sign_many
from app.letters.samples import sample_letter
from app.letters.signers import Pkcs12Signer, WrongPasswordError
from app.letters.verify import verify_letter
from tests.letters.conftest import P12_PASSWORD, Pki


def _jobs(n: int) -> list[LetterJob]:
    kinds = list(LetterKind)
    return [LetterJob(sample_letter(kinds[i % 3], "lt" if i % 2 else "en", number=1000 + i),
                      role="Direktorė",
                      when=datetime.datetime(2026, 11, 25, 9, 0, tzinfo=datetime.UTC))
            for i in range(n)]


@pytest.mark.parametrize("workers", [1, 2])
def test_batch_signs_in_order_and_reports_progress(pki: Pki, workers: int) -> None:
    calls: list[tuple[int, int, str]] = []
    jobs = _jobs(60)
    factory = functools.partial(Pkcs12Signer.load, pki.ec_p12, P12_PASSWORD)
    out = render_and_sign_many(jobs, factory, lambda d, t, m: calls.append((d, t, m)),
                               workers=workers)
    assert len(out) == 60
    assert calls[-1][0] == 60 and all(t == 60 for _, t, _ in calls)
    assert [d for d, _, _ in calls] == sorted(d for d, _, _ in calls)
    for i in (0, 31, 59):
        v = verify_letter(out[i], [pki.root.der])
        assert v.ok, v.problems
        assert v.registration_number == jobs[i].content.registration_number


def test_batch_failure_raises_and_returns_nothing(pki: Pki) -> None:
    factory = functools.partial(Pkcs12Signer.load, pki.ec_p12, "neteisingas")
    with pytest.raises(WrongPasswordError):
        render_and_sign_many(_jobs(3), factory, None, workers=1)


def test_batch_bad_letter_stops_the_batch(pki: Pki) -> None:
    jobs = _jobs(3)
    broken = dataclasses.replace(jobs[1].content, fields={})
    jobs[1] = LetterJob(broken, role="Direktorė")
    factory = functools.partial(Pkcs12Signer.load, pki.ec_p12, P12_PASSWORD)
    with pytest.raises(ValueError, match="letter field"):
        render_and_sign_many(jobs, factory, None, workers=1)
