"""cityplans: load, tag and compare Chinese city science-and-technology plans.

Importing does no work; dictionaries and the gazetteer load on first use.
"""

from cityplans.clauses import clauses, lead_counts
from cityplans.corpus import Corpus, Document, load_corpus
from cityplans.errors import CityplansError, DocumentError, UnknownIndicatorError
from cityplans.incentives import incentives
from cityplans.keywords import keywords, similarity
from cityplans.tables import Tables, load_tables
from cityplans.targets import extract_targets, mentions, review_list
from cityplans.themes import instrument_shares, theme_shares

__version__ = "0.1.0"

__all__ = [
    "CityplansError",
    "Corpus",
    "Document",
    "DocumentError",
    "Tables",
    "UnknownIndicatorError",
    "__version__",
    "clauses",
    "extract_targets",
    "incentives",
    "instrument_shares",
    "keywords",
    "lead_counts",
    "load_corpus",
    "load_tables",
    "mentions",
    "review_list",
    "similarity",
    "theme_shares",
]
