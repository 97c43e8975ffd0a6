"""cityplans: load, tag and compare Chinese city science-and-technology plans.

Importing does no work; dictionaries and the gazetteer load on first use.
"""

from cityplans.corpus import Corpus, Document, load_corpus
from cityplans.errors import CityplansError, DocumentError, UnknownIndicatorError
from cityplans.extract import extract_targets, mentions, review_list

__version__ = "0.1.0"

__all__ = [
    "CityplansError",
    "Corpus",
    "Document",
    "DocumentError",
    "UnknownIndicatorError",
    "__version__",
    "extract_targets",
    "load_corpus",
    "mentions",
    "review_list",
]
