"""Renders and signs many letters, in this process or in two, reporting progress."""

from __future__ import annotations

import datetime
import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass

from app.letters.content import LetterContent
from app.letters.render import register_fonts, render_letter
from app.letters.sign import sign_letter
from app.letters.signers import LetterSigner

Progress = Callable[[int, int, str], None]
SignerFactory = Callable[[], LetterSigner]
# Small chunks keep progress smooth; big enough that pickling overhead stays negligible.
CHUNK = 25


@dataclass(frozen=True)
class LetterJob:
    """One letter to render and sign; `when` None means the workstation clock at signing."""

    content: LetterContent
    role: str
    when: datetime.datetime | None = None


def _sign_one(job: LetterJob, signer: LetterSigner) -> bytes:
    pdf = render_letter(job.content)
    when = job.when or datetime.datetime.now().astimezone()
    return sign_letter(
        pdf,
        signer,
        registration_number=job.content.registration_number,
        signer_name=job.content.signer_name,
        role=job.role,
        when=when,
        lang=job.content.lang,
    )


_worker_signer: LetterSigner | None = None


def _worker_init(factory: SignerFactory) -> None:
    # Each process opens its own signer: key objects and token sessions do not cross
    # process boundaries.
    global _worker_signer
    register_fonts()
    _worker_signer = factory()


def _worker_chunk(jobs: Sequence[LetterJob]) -> list[bytes]:
    assert _worker_signer is not None
    return [_sign_one(j, _worker_signer) for j in jobs]


def render_and_sign_many(
    items: Sequence[LetterJob],
    signer_factory: SignerFactory,
    progress: Progress | None = None,
    workers: int = 1,
) -> list[bytes]:
    """Signed letters in the order of `items`. Any failure raises; nothing partial is returned.

    With `workers=2` the factory must be picklable (a module-level function or a
    functools.partial of one); processes are spawned, never forked, because forking
    a process that runs Qt threads is unsafe.
    """
    total = len(items)
    report = progress or (lambda _d, _t, _m: None)
    if workers <= 1 or total <= CHUNK:
        signer = signer_factory()
        try:
            out: list[bytes] = []
            for i, job in enumerate(items, 1):
                out.append(_sign_one(job, signer))
                report(i, total, job.content.registration_number)
            return out
        finally:
            signer.close()

    chunks = [list(items[i:i + CHUNK]) for i in range(0, total, CHUNK)]
    results: list[list[bytes] | None] = [None] * len(chunks)
    ctx = multiprocessing.get_context("spawn")
    done = 0
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_worker_init,
                             initargs=(signer_factory,)) as pool:
        pending: dict[Future[list[bytes]], int] = {
            pool.submit(_worker_chunk, c): n for n, c in enumerate(chunks)
        }
        try:
            while pending:
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                for fut in finished:
                    n = pending.pop(fut)
                    results[n] = fut.result()
                    done += len(chunks[n])
                    report(done, total, chunks[n][-1].content.registration_number)
        except BaseException:
            for fut in pending:
                fut.cancel()
            raise
    return [pdf for chunk in results if chunk is not None for pdf in chunk]
