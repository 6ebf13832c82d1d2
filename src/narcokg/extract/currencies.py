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
    "CHF": "franc", "ZMW": "kwacha", "MWK": "kwacha",
    "AUD": "dollar", "CAD": "dollar", "NZD": "dollar", "HKD": "dollar", "JMD": "dollar",
    "TTD": "dollar", "FJD": "dollar",
    # round 17: the currencies of WORDS below, by their codes; the CFA franc is not the Swiss
    "XOF": "cfa-franc", "XAF": "cfa-franc", "PLN": "zloty", "CZK": "koruna", "HNL": "lempira",
    "CRC": "colon", "GTQ": "quetzal", "CVE": "escudo", "DZD": "dinar", "TND": "dinar",
    "OMR": "omani-rial", "EGP": "egyptian-pound", "SLE": "leone", "BWP": "pula", "PGK": "kina",
}  # fmt: skip
#: Signs of more than one character that are not a dollar's: the real and the cedi.
SIGNS = {"R$": "real", "GH¢": "cedi", "GH₵": "cedi", "₵": "cedi"}
SIGNS["RD$"] = "peso"  # round 23: the Dominican peso ("RD$148.6 million")
#: The codes as an alternation for ``figures.FIGURE`` (case-sensitive: "eur" is no code), each
#: followed by at most one space and the digits.
CODE_PATTERN = rf"(?-i:\b(?:{'|'.join(CODES)}))(?=\s?\d)\s?"
#: The signs, written glued to the digits or with one space.
SIGN_PATTERN = r"(?-i:R\$|GH[¢₵]|₵)\s?"


#: Round 17: currencies written after the amount that ``figures.CURRENCY_WORDS`` lacked (cash
#: "of 1.2 million Omani rials", "8.7 million escudos": 12 calibration reports of 8 rounds named
#: money this way and drafted no money at all). A word that names several countries' currencies
#: or something else (a rial, a pound) keeps the country's adjective written before it, as the
#: keys name it; each unit is a ``nk:MoneyUnit`` of the ontology.
WORDS = {
    "lempira": "lempira", "colon": "colon", "colón": "colon", "colones": "colon",
    "leone": "leone", "koruna": "koruna", "czech koruna": "koruna", "dinar": "dinar",
    "escudo": "escudo", "quetzal": "quetzal", "quetzales": "quetzal", "zloty": "zloty",
    "złoty": "zloty", "pula": "pula", "kina": "kina", "cfa franc": "cfa-franc",
    "omani rial": "omani-rial", "iranian rial": "iranian-rial", "yemeni rial": "yemeni-rial",
    "egyptian pound": "egyptian-pound", "sudanese pound": "sudanese-pound",
    "lebanese pound": "lebanese-pound", "syrian pound": "syrian-pound",
}  # fmt: skip


def currency_unit(sign: str) -> str | None:
    """The unit of a currency code or sign read before an amount, or ``None``."""
    return CODES.get(sign) or SIGNS.get(sign)
