"""The sample articles of data/samples/ (project-written), for the corpus
generators of bench/: each article's body, its header lines (Title:, Date:,
Source:) up to the first blank line left out."""
import glob
import os

HEADERS = ("Title", "Date", "Source")


def body_lines():
    """The lines of each sample article's body, the articles in file-name
    order."""
    here = os.path.dirname(os.path.abspath(__file__))
    out = []
    for path in sorted(glob.glob(os.path.join(here, "..", "data", "samples", "*.txt"))):
        lines = open(path, encoding="utf-8").read().split("\n")
        while lines and ":" in lines[0] and lines[0].split(":")[0] in HEADERS:
            lines.pop(0)
        out.append(lines)
    return out
