#!/usr/bin/env python3
"""Writes src/data/country_languages.tsv from the Unicode CLDR's territory data
(pip install babel==2.17.0). See the table's header for the rule."""
import os
import babel
from babel.core import get_global

assert babel.__version__ == "2.17.0", babel.__version__
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "data")
OURS = {"en", "fr", "de", "es", "ar", "fil", "hi", "bn", "ur", "id", "pt", "sw", "uk"}
CODE = {"fil": "tl", "pt": "pt-BR"}

territories = get_global("territory_languages")
path = os.path.join(ROOT, "country_languages.tsv")
header = [line for line in open(path, encoding="utf-8") if line.startswith("#")]
codes = [line.split("\t")[0] for line in open(os.path.join(ROOT, "countries.tsv"), encoding="utf-8")
         if line.strip() and not line.startswith("#")]
rows = []
for country in codes:
    spoken = [(lang, data) for lang, data in territories.get(country, {}).items()
              if data.get("official_status") in ("official", "de_facto_official")
              and lang in OURS]
    spoken.sort(key=lambda item: (item[0] == "en", -item[1].get("population_percent", 0)))
    languages = [CODE.get(lang, lang) for lang, _ in spoken]
    if languages:
        rows.append(f"{country}\t{','.join(languages)}\n")
with open(path, "w", encoding="utf-8") as out:
    out.writelines(header + rows)
