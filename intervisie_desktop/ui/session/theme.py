"""Projector colours: a dark and a light theme, every text/background pair at least 7:1 (WCAG AAA).

The audience view reads its colours only from here, so one test can check every pair it uses.
"""

from __future__ import annotations

from dataclasses import dataclass

MIN_CONTRAST = 7.0


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(hex_colour: str) -> float:
    """WCAG 2 relative luminance of "#rrggbb"."""
    h = hex_colour.lstrip("#")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(fg: str, bg: str) -> float:
    """WCAG 2 contrast ratio, 1.0 to 21.0."""
    a, b = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)


@dataclass(frozen=True)
class Theme:
    key: str
    background: str
    text: str  # phase name, instruction, speakers to come, timer in the normal state
    muted: str  # method and "Phase i of n", the question's caption
    dimmed: str  # speakers who are done
    current_bg: str  # the current speaker's chip
    current_text: str
    cue_bg: str  # special cues (turns away, no advice, write first)
    cue_text: str
    warning: str  # timer near the end
    overtime: str  # timer counting up
    flash_bg: str  # the timer's flash at zero
    flash_text: str
    track: str  # progress lines (not text)
    fill: str

    def timer_colour(self, tone: str) -> str:
        return {"warning": self.warning, "overtime": self.overtime}.get(tone, self.text)


DARK = Theme(
    key="dark",
    background="#0b0f14",
    text="#ffffff",
    muted="#c9d2dc",
    dimmed="#9aa4ae",
    current_bg="#8fe3ff",  # sky blue: never taken for the warning's orange (ΔE2000 ≈ 47)
    current_text="#000000",
    cue_bg="#1f2b3a",
    cue_text="#ffffff",
    warning="#ff9933",  # orange
    overtime="#ff8f8f",
    flash_bg="#ff8f8f",
    flash_text="#000000",
    track="#3a4450",
    fill="#8fb8ff",
)

LIGHT = Theme(
    key="light",
    background="#ffffff",
    text="#000000",
    muted="#2e3440",
    dimmed="#4f555c",
    current_bg="#0b3d91",
    current_text="#ffffff",
    cue_bg="#e6ecf4",
    cue_text="#000000",
    warning="#6e4400",
    overtime="#a80000",
    flash_bg="#a80000",
    flash_text="#ffffff",
    track="#c6ccd4",
    fill="#0b3d91",
)

THEMES = {theme.key: theme for theme in (DARK, LIGHT)}


def theme_named(key: str | None) -> Theme:
    return THEMES.get(key or "", DARK)
