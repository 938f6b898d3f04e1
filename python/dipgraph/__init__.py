"""dipgraph: news articles in, who-did-what-to-whom events and their network out.

The same C++ libraries as the ``dipgraph`` program, from Python::

    import dipgraph
    events = dipgraph.extract("Putin urged Obama to facilitate talks.",
                              date="2016-07-07")
    events[0]["source"]["id"], events[0]["action"]["cameo"]   # 'RUSGOV', '026'
    net = dipgraph.network(events, level="country")
    net.nodes, net.edges          # dicts with the metrics of `dipgraph graph`
    g = net.to_networkx()         # when networkx is installed
    nodes, edges = net.to_pandas()  # when pandas is installed

Events are dicts in the shape of the event record (docs/formats.md): the
same keys, order and values as the JSON Lines that ``dipgraph extract``
writes. Coding, reading and network building release the GIL. Errors raise
:class:`dipgraph.Error` subclasses whose message is the one the command line
prints (``"events.jsonl:3: ..."``). docs/python.md is the guide.
"""

import os
import threading

from . import _dipgraph
from ._dipgraph import (Error, InputError, UsageError, NotFoundError, IoError,
                        NoResultError, InternalError)
from ._network import Network

__version__ = _dipgraph.__version__
__all__ = ["extract", "extract_files", "Extractor", "read_events", "network",
           "Network", "data_dir", "Error", "InputError", "UsageError",
           "NotFoundError", "IoError", "NoResultError", "InternalError"]

# Installed as <prefix>/lib/pythonX.Y/site-packages/dipgraph/: the data
# (dictionaries, model) is <prefix>/share/dipgraph. The build tree's module
# finds the source tree's data/ by itself; DIPGRAPH_DATA overrides both.
_installed = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                          *[os.pardir] * 4, "share", "dipgraph")
_dipgraph.set_installed_data_dir(os.path.normpath(_installed))


def data_dir():
    """The folder of dictionaries, codebook and syntax model in use."""
    return _dipgraph.data_dir()


def _paths(paths, what):
    if isinstance(paths, (str, bytes, os.PathLike)):
        paths = [paths]
    out = [os.fsdecode(p) for p in paths]
    if not out:
        raise UsageError(f"{what}: no paths given")
    return out


class Extractor:
    """The syntax model, dictionaries and coder, loaded once (about a second).

    One Extractor serves many threads: its methods release the GIL, so
    Python threads that share it code articles in parallel.

    model, dict: another syntax model or root dictionary file (default: the
    shipped ones); max_sentence_tokens: longer sentences are cut;
    keep_targetless: also emit acts other than statements that have no
    target actor (as ``dipgraph extract --keep-targetless``).
    """

    def __init__(self, model=None, dict=None, max_sentence_tokens=250,
                 keep_targetless=False):
        self._impl = _dipgraph.Extractor(
            os.fsdecode(model) if model else "",
            os.fsdecode(dict) if dict else "",
            int(max_sentence_tokens), bool(keep_targetless))

    def extract(self, text, date=None, title=None, source=None, id="text",
                format="text"):
        """The events of one article, as a list of event dicts.

        text: the article (plain text, optionally opening with Title:,
        Date:, Source: header lines; or HTML with format="html").
        date: the article's date (YYYY-MM-DD), against which roles ("the
        president" on that day) and relative dates ("on Wednesday") are
        resolved; as ``dipgraph extract --date``. title, source: the
        document's; id: the document id that event ids start with.
        """
        return self._impl.extract(text, id, date or "", title or "",
                                  source or "", format)

    def extract_files(self, paths, jobs=1, keep_going=False,
                      encoding="lenient", date=None,
                      max_document_bytes=20 << 20):
        """The events of files and folders, as ``dipgraph extract`` codes them.

        paths: a path or a list of paths: text, HTML or JSON Lines articles
        (id, title, date, source, text per line), folders (read recursively,
        in sorted order). jobs: worker threads; the events stay in input
        order. keep_going: skip unreadable or bad inputs, each with a
        warning (warnings.warn), instead of raising. encoding: utf-8,
        latin-1 or lenient (invalid bytes become U+FFFD, with a warning).
        """
        events, warnings_ = self._impl.extract_files(
            _paths(paths, "extract_files"), int(jobs), bool(keep_going),
            encoding, date or "", int(max_document_bytes))
        if warnings_:
            import warnings
            for w in warnings_:
                warnings.warn(w, stacklevel=2)
        return events


_extractors = {}
_extractors_lock = threading.Lock()


def _default_extractor(keep_targetless):
    with _extractors_lock:
        ex = _extractors.get(keep_targetless)
        if ex is None:
            ex = _extractors[keep_targetless] = Extractor(
                keep_targetless=keep_targetless)
        return ex


def extract(text, date=None, title=None, source=None, id="text",
            format="text", keep_targetless=False):
    """The events of one article: see :meth:`Extractor.extract`.

    The shipped model and dictionaries are loaded on the first call and kept.
    """
    return _default_extractor(bool(keep_targetless)).extract(
        text, date=date, title=title, source=source, id=id, format=format)


def extract_files(paths, jobs=1, keep_going=False, encoding="lenient",
                  date=None, max_document_bytes=20 << 20,
                  keep_targetless=False):
    """The events of files and folders: see :meth:`Extractor.extract_files`."""
    return _default_extractor(bool(keep_targetless)).extract_files(
        paths, jobs=jobs, keep_going=keep_going, encoding=encoding, date=date,
        max_document_bytes=max_document_bytes)


_SQLITE_MAGIC = b"SQLite format 3\0"


def _is_store(path):
    # Only a regular file is sniffed: reading a FIFO's first bytes would
    # take them from the reader that comes after.
    if not os.path.isfile(path):
        return False
    try:
        with open(path, "rb") as f:
            return f.read(len(_SQLITE_MAGIC)) == _SQLITE_MAGIC
    except OSError:
        return False


def read_events(path_or_db, from_=None, to=None, codes=None):
    """Every event of JSON Lines files, or of an event store, as event dicts.

    path_or_db: an events file, a list of them (read on all cores, in
    order), or an SQLite event store (``dipgraph store add``; recognized by
    its content). A malformed line raises InputError("file:line: ...").
    from_, to, codes: for a store only, the dates (inclusive) and CAMEO
    codes or roots to read (done in SQL); the store's events come ordered
    by date, then id.
    """
    paths = _paths(path_or_db, "read_events")
    if len(paths) == 1 and _is_store(paths[0]):
        return _dipgraph.read_store(paths[0], from_ or "", to or "",
                                    [str(c) for c in (codes or [])])
    if from_ or to or codes:
        raise UsageError("read_events: from_, to and codes filter a store; "
                         "filter a file's events with network() or in Python")
    return _dipgraph.read_event_files(paths)


def _root(r):
    return f"{r:02d}" if isinstance(r, int) else str(r)


def _strings(values, name):
    if values is None:
        return []
    if isinstance(values, str):
        return [values]
    return [str(v) for v in values]


def network(events, level="actor", from_=None, to=None, actors=None, depth=1,
            roots=None, codes=None, quads=None, exclude=None, min_weight=1,
            top=0, rank="degree", damping=0.85, betweenness="auto",
            dict=None):
    """The relationship network of events, as ``dipgraph graph`` builds it.

    events: a list (or any iterable) of event dicts; or a path, a list of
    paths, or an event store, read in C++ on all cores without making dicts
    (the fast way for big files).
    level: "person", "actor" or "country". from_, to: dates kept
    (inclusive). actors, depth: the ego network around these actors (code,
    name or alias, * wildcard). roots, codes, quads: CAMEO roots (19 or
    "19"), codes or prefixes ("036"), QuadClasses (1..4) kept. exclude:
    actors dropped. min_weight: edges with fewer events dropped. top: keep
    the top N nodes, ranked by rank ("degree" or "pagerank"). betweenness:
    "auto", "exact", "sampled" or "off". dict: the dictionary whose names
    label the nodes.
    """
    args = _dipgraph.NetworkArgs()
    args.level = level
    args.from_ = from_ or ""
    args.to = to or ""
    args.actors = _strings(actors, "actors")
    args.depth = int(depth)
    args.roots = [_root(r) for r in (roots or [])] if not isinstance(
        roots, (str, int)) else [_root(roots)]
    args.codes = _strings(codes, "codes")
    args.quads = [int(q) for q in (quads or [])] if not isinstance(
        quads, int) else [quads]
    args.exclude = _strings(exclude, "exclude")
    args.min_weight = int(min_weight)
    args.top = int(top)
    args.rank = rank
    args.damping = float(damping)
    args.betweenness = betweenness
    args.dict = os.fsdecode(dict) if dict else ""
    if isinstance(events, (str, bytes, os.PathLike)) or (
            isinstance(events, (list, tuple)) and events
            and all(isinstance(e, (str, bytes, os.PathLike)) for e in events)):
        paths = _paths(events, "network")
        if len(paths) == 1 and _is_store(paths[0]):
            return Network(_dipgraph.build_network("store", paths[0], args))
        return Network(_dipgraph.build_network("files", paths, args))
    return Network(_dipgraph.build_network("events", events, args))
