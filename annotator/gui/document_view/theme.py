"""Colours, fonts and sizes of the document view, for light and dark themes and each zoom step."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QFontMetricsF

#: Preferred reading fonts, best first; the first one installed is used (DejaVu Serif ships with Debian).
SERIF_FAMILIES = ["Source Serif 4", "Source Serif Pro", "Noto Serif", "Charter", "Georgia", "DejaVu Serif", "serif"]
SANS_FAMILIES = ["Inter", "Noto Sans", "Segoe UI", "Helvetica Neue", "DejaVu Sans", "sans-serif"]
#: Colour emoji fonts, tried before the text font for emoji (fonts-noto-color-emoji on Debian).
EMOJI_FAMILIES = ["Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji", "Twemoji Mozilla"]
BASE_PIXEL_SIZE = 17
MIN_ZOOM, MAX_ZOOM = -6, 12


@dataclass(frozen=True)
class Palette:
    background: QColor
    text: QColor
    muted_text: QColor  # furniture
    selection: QColor
    selection_text: QColor
    caret: QColor
    focus: QColor
    chip_text: QColor
    chip_background: QColor
    outline: QColor
    quote_alpha: int  # alpha of a quote's tint
    dark: bool


LIGHT = Palette(
    background=QColor("#fcfbf8"),
    text=QColor("#1d2127"),
    muted_text=QColor("#a0a3a8"),
    selection=QColor(51, 120, 230, 70),
    selection_text=QColor("#101418"),
    caret=QColor("#1f5fd1"),
    focus=QColor(31, 95, 209, 150),
    chip_text=QColor("#ffffff"),
    chip_background=QColor("#2b2f36"),
    outline=QColor("#2b2f36"),
    quote_alpha=150,
    dark=False,
)

DARK = Palette(
    background=QColor("#1c1e22"),
    text=QColor("#dcdfe4"),
    muted_text=QColor("#6c7078"),
    selection=QColor(90, 150, 255, 85),
    selection_text=QColor("#ffffff"),
    caret=QColor("#7fb0ff"),
    focus=QColor(127, 176, 255, 150),
    chip_text=QColor("#101216"),
    chip_background=QColor("#e3e6ea"),
    outline=QColor("#e3e6ea"),
    quote_alpha=70,
    dark=True,
)


def label_color(hex_color: str, palette: Palette) -> QColor:
    """A label's colour, lifted in the dark theme so that dark labels (maroon) stay visible."""
    color = QColor(hex_color)
    if palette.dark and color.lightnessF() < 0.55:
        hue, saturation, _lightness, alpha = color.getHslF()
        color = QColor.fromHslF(max(hue, 0.0), min(1.0, saturation * 0.85 + 0.1), 0.62, alpha)
    return color


@dataclass(frozen=True)
class Metrics:
    """Sizes in pixels at one zoom step."""

    font: QFont
    label_font: QFont
    line_height: float
    bar_height: float
    lane_pitch: float  # distance between the tops of two bars
    bar_gap: float  # from the bottom of the text line to the first bar
    label_room: float  # below the bars of a line in a paragraph with relations: room for an arc's label
    paragraph_spacing: float
    margin: float  # left/right padding of the text column
    top_margin: float
    max_column_width: float

    def under_gap(self, lanes: int, labels: bool = False) -> float:
        """Room below each text line for ``lanes`` bars (at least two, so lines are evenly spaced),
        and with ``labels`` for a relation label under them (in narrow, dense paragraphs the labels
        otherwise found no place near their arcs but between paragraphs)."""
        return self.bar_gap + max(lanes, 2) * self.lane_pitch + self.bar_gap + (self.label_room if labels else 0.0)


def metrics_for_zoom(zoom: int, *, serif: bool = True, names: bool = False) -> Metrics:
    """Sizes at a zoom step; with ``names`` the bars are tall enough to carry their label's name."""
    pixel_size = max(9, round(BASE_PIXEL_SIZE * (1.1**zoom)))
    font = QFont()
    font.setFamilies(SERIF_FAMILIES if serif else SANS_FAMILIES)
    font.setPixelSize(pixel_size)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    label_font = QFont()
    label_font.setFamilies(SANS_FAMILIES)
    label_font.setPixelSize(max(8, round(pixel_size * 0.62)))
    label_font.setWeight(QFont.Weight.DemiBold)
    label_font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 104)
    line_height = QFontMetricsF(font).height()
    bar_height = max(2.0, round(pixel_size * 0.16))
    if names:
        bar_height = math.ceil(QFontMetricsF(label_font).height()) + 1
    return Metrics(
        font=font,
        label_font=label_font,
        line_height=line_height,
        bar_height=bar_height,
        lane_pitch=bar_height + max(1.5, round(pixel_size * 0.1)),
        bar_gap=max(2.0, round(pixel_size * 0.12)),
        label_room=math.ceil(QFontMetricsF(label_font).height()) + 2,
        paragraph_spacing=round(pixel_size * 0.75),
        margin=max(16.0, round(pixel_size * 2.2)),
        top_margin=round(pixel_size * 1.4),
        max_column_width=pixel_size * 44,
    )
