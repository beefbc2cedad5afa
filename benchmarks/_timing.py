"""Timing helpers shared by the latency benchmarks, so their figures are read the same way.

``answers_latency.py``, ``un_scale.py`` and ``discord_replies.py`` each print percentiles of
wall-clock samples; they all take them from :func:`percentiles_ms` (linear interpolation between
the closest ranks, as ``statistics.quantiles(method="inclusive")`` and numpy's default do), so a
p95 from one script compares with a p95 from another. Each script keeps its own line format.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Sequence

Call = Callable[[], Awaitable[object]]


def percentiles_ms(samples: Sequence[float], *quantiles: float) -> list[float]:
    """The ``quantiles`` (0..1) of ``samples`` (seconds), in milliseconds.

    Linear interpolation between closest ranks; one sample is every quantile of itself.
    """
    if not samples:
        raise ValueError("no samples to take percentiles of")
    ordered = sorted(samples)
    last = len(ordered) - 1
    out = []
    for q in quantiles:
        position = q * last
        low = int(position)
        high = min(low + 1, last)
        value = ordered[low] + (ordered[high] - ordered[low]) * (position - low)
        out.append(value * 1000)
    return out


async def time_calls(calls: Sequence[Call], rounds: int, *, warm_up: bool = True) -> list[float]:
    """Seconds each call took, over ``rounds`` rounds of every call in order.

    With ``warm_up`` one more round runs first and is not counted: it fills the page cache and
    SQLite's statement cache, which a serving bot has long since done.
    """
    samples = []
    for round_no in range(rounds + 1 if warm_up else rounds):
        for call in calls:
            started = time.perf_counter()
            await call()
            if round_no or not warm_up:
                samples.append(time.perf_counter() - started)
    return samples
