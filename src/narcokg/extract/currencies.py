"""Currencies written before an amount by their code or their own sign (round 14): "EUR 4.8
million", "USD 12 million", "R$ 1.92 billion" (Brazil's real), "GH¢2.6 million" (Ghana's cedi),
"US$ 446 million" with a space after the sign. Writers of ten blind rounds wrote money this way
in reports from Europe, Latin America, Africa and Asia; read as anything else the amount had no
unit and no money measure.

The units are the names the answer keys give (docs/facts.md): the currency's own word, as
``figures.CURRENCY_WORDS`` names those written after the amount.
"""

from __future__ import annotations

#: ISO 4217 codes written before an amount -> the unit the keys name.
CODES = {
    "EUR": "euro", "USD": "dollar", "GBP": "pound-sterling", "GHS": "cedi", "NGN": "naira",
    "KES": "shilling", "TZS": "shilling", "UGX": "shilling", "ZAR": "rand", "INR": "rupee",
    "PKR": "rupee", "LKR": "rupee", "NPR": "rupee", "PHP": "peso", "MXN": "peso", "COP": "peso",
    "ARS": "peso", "CLP": "peso", "MYR": "ringgit", "IDR": "rupiah", "THB": "baht",
    "CNY": "yuan", "RMB": "yuan", "BRL": "real", "PEN": "sol", "MAD": "dirham", "AED": "dirham",
    "CHF": "franc", "XOF": "franc", "XAF": "franc", "ZMW": "kwacha", "MWK": "kwacha",
    "AUD": "dollar", "CAD": "dollar", "NZD": "dollar", "HKD": "dollar", "JMD": "dollar",
    "TTD": "dollar", "FJD": "dollar",
}  # fmt: skip
#: Signs of more than one character that are not a dollar's: the real and the cedi.
SIGNS = {"R$": "real", "GH¢": "cedi", "GH₵": "cedi", "₵": "cedi"}
#: The codes as an alternation for ``figures.FIGURE`` (case-sensitive: "eur" is no code), each
#: followed by at most one space and the digits.
CODE_PATTERN = rf"(?-i:\b(?:{'|'.join(CODES)}))(?=\s?\d)\s?"
#: The signs, written glued to the digits or with one space.
SIGN_PATTERN = r"(?-i:R\$|GH[¢₵]|₵)\s?"


def currency_unit(sign: str) -> str | None:
    """The unit of a currency code or sign read before an amount, or ``None``."""
    return CODES.get(sign) or SIGNS.get(sign)
