"""A SELECT answer for Python code: typed rows with attribute access, ``to_pandas()``, ``to_csv()``.

Part of the public API (``narcokg.Rows``). Each row is a named tuple whose fields are the query's
variables; each value is the Python value of its RDF term: ``int``, ``Decimal``, ``float``,
``bool``, ``datetime.date`` for the XSD types narcokg uses, ``str`` for IRIs and other literals,
``None`` where the variable is unbound.

>>> from narcokg.queries.results import SelectResult, Term
>>> XSD = "http://www.w3.org/2001/XMLSchema#"
>>> rows = Rows(SelectResult(("region", "cases"),
...     ((Term("literal", "Hunan"), Term("literal", "2900", XSD + "decimal")),)))
>>> [(row.region, row.cases) for row in rows]
[('Hunan', Decimal('2900'))]
>>> rows.to_csv().splitlines()
['region,cases', 'Hunan,2900']
"""

from __future__ import annotations

import datetime
from collections import namedtuple
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from narcokg.namespaces import XSD
from narcokg.queries.results import SelectResult, Term, format_csv

if TYPE_CHECKING:
    import pandas

PythonValue = int | Decimal | float | bool | datetime.date | str | None


def python_value(term: Term | None) -> PythonValue:
    """The Python value of a term (its lexical form where no XSD type fits).

    >>> python_value(Term("literal", "true", XSD + "boolean")), python_value(None)
    (True, None)
    """
    if term is None:
        return None
    if term.kind != "literal" or term.datatype is None:
        return term.value
    convert = _CONVERTERS.get(term.datatype.removeprefix(XSD))
    try:
        return term.value if convert is None else convert(term.value)
    except ValueError:  # an ill-typed literal keeps its text
        return term.value


_CONVERTERS: dict[str, Any] = {
    "integer": int,
    "decimal": Decimal,
    "double": float,
    "float": float,
    "boolean": lambda text: text == "true",
    "date": datetime.date.fromisoformat,
}


def _row_class(variables: tuple[str, ...]) -> Any:
    """A named tuple of the variables (a name that cannot be a field becomes ``_0``, ``_1``...)."""
    make: Any = namedtuple  # the fields are known only at run time, so mypy cannot check them
    return make("Row", variables, rename=True)


class Rows:
    """The rows of a SELECT answer, as named tuples; ``columns`` are the query's variables."""

    def __init__(self, result: SelectResult) -> None:
        self.result = result
        self.columns = result.variables
        # rename=True: a variable that is not a valid field name becomes _0, _1, ...
        self._row_type = _row_class(result.variables)

    def __iter__(self) -> Iterator[Any]:
        for row in self.result.rows:
            yield self._row_type(*(python_value(term) for term in row))

    def __len__(self) -> int:
        return len(self.result.rows)

    def __repr__(self) -> str:
        return f"<Rows {', '.join(self.columns)}: {len(self)} rows>"

    def to_csv(self, path: str | Path | None = None) -> str:
        """W3C SPARQL 1.1 CSV (as ``narcokg query --format csv``); also written to ``path``."""
        text = format_csv(self.result)
        if path is not None:
            from narcokg.build.store import write_atomically

            write_atomically(Path(path), text.encode("utf-8"))
        return text

    def to_pandas(self) -> pandas.DataFrame:
        """A DataFrame with one column per variable (needs ``pip install 'narcokg[pandas]'``)."""
        try:
            import pandas
        except ImportError:
            raise ImportError(
                "Rows.to_pandas() needs pandas: pip install 'narcokg[pandas]'"
            ) from None
        return pandas.DataFrame.from_records(
            [tuple(row) for row in self], columns=list(self.columns)
        )
