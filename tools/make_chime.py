#!/usr/bin/env python3
"""Writes resources/sounds/chime.wav: a soft two-tone chime (0.9 s, 44.1 kHz mono, 16 bit).

Generated rather than downloaded so its origin is plain; run again to regenerate.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 44100
OUT = Path(__file__).resolve().parent.parent / "resources" / "sounds" / "chime.wav"


def tone(freq: float, start: float, length: float, total: float) -> list[float]:
    samples = [0.0] * int(total * RATE)
    for i in range(int(length * RATE)):
        t = i / RATE
        envelope = min(1.0, t / 0.01) * math.exp(-4.0 * t)
        wave_ = math.sin(2 * math.pi * freq * t) + 0.3 * math.sin(4 * math.pi * freq * t)
        sample = envelope * wave_
        index = int(start * RATE) + i
        if index < len(samples):
            samples[index] = sample
    return samples


def main() -> None:
    total = 0.9
    first = tone(880.0, 0.0, 0.9, total)
    second = tone(1318.5, 0.18, 0.72, total)
    mixed = [0.28 * (a + b) for a, b in zip(first, second, strict=True)]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(OUT), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        frames = (struct.pack("<h", round(max(-1, min(1, s)) * 32000)) for s in mixed)
        out.writeframes(b"".join(frames))
    print(OUT.relative_to(OUT.parent.parent.parent))


if __name__ == "__main__":
    main()
