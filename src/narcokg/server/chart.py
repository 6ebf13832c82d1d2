"""The measurements as horizontal bar charts in inline SVG, drawn on the server (no script).

One panel per unit (tonnes seized, cases, persons, ...), one bar per measurement, labelled by its
operation (or region when it belongs to none). A figure known only as a lower bound ("more than
42,000") is drawn to the bound with an open, dashed end and a "+" so it never reads as exact.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any
from xml.sax.saxutils import escape

WIDTH, LABEL_WIDTH, VALUE_WIDTH, BAR_HEIGHT, GAP = 1000, 450, 240, 22, 8
LABEL_CHARS = 64
SYMBOLS = {
    "more-than": ">",
    "at-least": "≥",
    "about": "≈",
    "nearly": "<",
    "less-than": "<",
    "up-to": "≤",
    "between": "≥",  # a range is drawn at its lower end, the certain part
    "exact": "",
}


@dataclass(frozen=True)
class Bar:
    label: str
    measure: str
    amount: Decimal
    qualifier: str
    unit: str
    href: str | None

    @property
    def open_ended(self) -> bool:
        return self.qualifier in ("more-than", "at-least")

    @property
    def caption(self) -> str:
        symbol = SYMBOLS.get(self.qualifier, "")
        return f"{symbol} {self.amount:,} {self.unit}".strip()


def bars_from_json(document: dict[str, Any], labels: dict[str, str], link: Any) -> list[Bar]:
    """Bars from the SPARQL JSON answer of the ``measurements`` query."""
    bars = []
    for row in document["results"]["bindings"]:
        cell = {name: value["value"] for name, value in row.items()}
        raw = cell.get("value") or cell.get("lower_bound") or cell.get("upper_bound")
        try:
            amount = Decimal(raw) if raw is not None else None
        except InvalidOperation:
            amount = None
        if amount is None:
            continue
        label = cell.get("operation") or cell.get("region", "")
        target = labels.get(label)
        bars.append(
            Bar(
                label,
                cell.get("measure", ""),
                amount,
                cell.get("qualifier", ""),
                cell.get("unit", ""),
                link(target) if target else None,
            )
        )
    return bars


def panels(bars: list[Bar]) -> dict[str, list[Bar]]:
    """Bars grouped by unit, tonnes first, largest first."""
    grouped: dict[str, list[Bar]] = {}
    for bar in sorted(bars, key=lambda b: (b.unit != "tonne", b.unit, -b.amount)):
        grouped.setdefault(bar.unit, []).append(bar)
    return grouped


def render_svg(title: str, bars: list[Bar]) -> str:
    """One panel as an accessible SVG element."""
    height = len(bars) * (BAR_HEIGHT + GAP) + GAP + 24
    top = max((bar.amount for bar in bars), default=Decimal(1)) or Decimal(1)
    span = WIDTH - LABEL_WIDTH - VALUE_WIDTH
    parts = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {height}" role="img" '
        f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
    ]
    for index, bar in enumerate(bars):
        y = GAP + index * (BAR_HEIGHT + GAP)
        length = max(2.0, float(bar.amount / top) * span)
        parts.append(_bar(bar, y, length))
    parts.append(f'<text class="axis" x="{LABEL_WIDTH}" y="{height - 6}">0</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def _bar(bar: Bar, y: int, length: float) -> str:
    full = f"{bar.label} — {bar.measure}"
    short = full if len(full) <= LABEL_CHARS else full[: LABEL_CHARS - 1] + "…"
    name = (
        f'<text class="label" x="{LABEL_WIDTH - 8}" y="{y + 15}"><title>{escape(full)}'
        f"</title>{escape(short)}</text>"
    )
    if bar.href:
        name = f'<a href="{escape(bar.href)}">{name}</a>'
    style = "bar open" if bar.open_ended else "bar"
    rect = (
        f'<rect class="{style}" x="{LABEL_WIDTH}" y="{y}" width="{length:.1f}" '
        f'height="{BAR_HEIGHT}"><title>{escape(bar.caption)}</title></rect>'
    )
    caption = escape(bar.caption + (" (lower bound)" if bar.open_ended else ""))
    value = f'<text class="value" x="{LABEL_WIDTH + length + 6:.1f}" y="{y + 15}">{caption}</text>'
    return f"<g>{name}{rect}{value}</g>"
