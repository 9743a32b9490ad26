"""What a ``--feeds`` argument means: from one spec to the feeds it names.

A spec is one of

* an http(s) URL of a feed;
* a feed file (local, or on a Beam filesystem such as ``gs://``);
* a directory: the feed files directly inside it, by extension
  (``FEED_EXTENSIONS``). Not recursive, so a directory of feeds can hold
  other material (READMEs, archives, sub-folders of old snapshots) without
  it being read; a recursive glob (``dir/**/*.xml``) says it explicitly.
  On object stores a "directory" is a path ending in ``/``;
* a glob (``feeds/*.xml``, ``gs://bucket/feeds/**``): every matching file,
  each read as if it had been named on its own;
* a ``.txt`` list: one spec per line (URL, path, glob, another list...),
  ``#`` starts a comment line, blank lines are ignored, relative paths are
  relative to the list's folder;
* an OPML file (``.opml``, or any named file whose root element is
  ``<opml>``): the ``xmlUrl`` of every outline, nested ones included.

``validate_feed_spec`` checks a spec when the command starts, so a typo fails
at once with one readable line; ``expand_feed_spec`` yields the feed
locations when the pipeline runs.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from urllib.parse import urlsplit

import defusedxml.ElementTree as DefusedET
from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems

FEED_EXTENSIONS = (".xml", ".rss", ".atom", ".rdf", ".feed")
LIST_EXTENSION = ".txt"
OPML_EXTENSION = ".opml"

# Lists and OPML files are small; refuse to read a huge file by mistake.
_MAX_LIST_BYTES = 10 * 1024 * 1024
_GLOB_CHARS = re.compile(r"[*?\[]")
_OPML_ROOT = re.compile(rb"^\s*(<\?xml[^>]*\?>\s*)?(<!--.*?-->\s*)*<opml[\s>]", re.S)


class FeedSpecError(ValueError):
    """A spec that names no readable feed; the message is one line."""

    def __init__(self, message: str, *, location: str | None = None) -> None:
        super().__init__(message)
        self.location = location


def validate_feed_spec(spec: str) -> None:
    """Raise ``FeedSpecError`` if ``spec`` cannot be read as feeds.

    Lists and OPML files are checked entry by entry; local feed files must be
    readable. Remote feeds are not contacted: a URL only has to be well formed.
    """
    for location in expand_feed_spec(spec):
        if _is_url(location) or FileSystems.get_scheme(location) is not None:
            continue
        try:
            with open(location, "rb"):
                pass
        except OSError as e:
            raise FeedSpecError(
                f"cannot read feed file {location}: {e.strerror or e}", location=location
            ) from e


def expand_feed_spec(
    spec: str, *, on_error: Callable[[FeedSpecError], None] | None = None
) -> Iterator[str]:
    """Yield the feed locations ``spec`` names: absolute local paths, Beam
    filesystem paths or URLs, each once, in a stable order.

    Problems raise ``FeedSpecError``; with ``on_error`` they are passed to it
    instead and expansion goes on with the rest (one bad line of a list does
    not lose the others).
    """

    def report(error: FeedSpecError) -> None:
        if on_error is None:
            raise error
        on_error(error)

    seen: set[str] = set()
    for location in _expand(spec, report, lists_open=(), explicit=True):
        if location not in seen:
            seen.add(location)
            yield location


def _is_url(s: str) -> bool:
    return "://" in s and (FileSystems.get_scheme(s) or "").lower() in ("http", "https")


def _check_url(url: str) -> None:
    """Raise FeedSpecError unless ``url`` is a usable http(s) URL."""
    if any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in url):
        raise FeedSpecError(f"invalid URL {url!r}: contains spaces or control characters")
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError as e:
        raise FeedSpecError(f"invalid URL {url!r}: {e}") from e
    if parts.scheme.lower() not in ("http", "https"):
        raise FeedSpecError(
            f"unsupported URL scheme in {url!r}: feeds are read over http or https"
        )
    if not parts.hostname:
        raise FeedSpecError(f"invalid URL {url!r}: no host name")


def _expand(
    spec: str,
    report: Callable[[FeedSpecError], None],
    *,
    lists_open: tuple[str, ...],
    explicit: bool,
    base_dir: str | None = None,
) -> Iterator[str]:
    spec = original = spec.strip()
    if not spec:
        report(FeedSpecError("empty feed spec"))
        return
    scheme = (FileSystems.get_scheme(spec) or "").lower()  # "" unless "xxx://"
    if scheme in ("http", "https"):
        try:
            _check_url(spec)
        except FeedSpecError as e:
            report(e)
            return
        yield spec
        return
    remote = bool(scheme)
    if remote and not _has_filesystem(spec):
        report(
            FeedSpecError(
                f"unsupported scheme in {spec!r}: use an http(s) URL, a path or a glob"
            )
        )
        return
    if not remote:
        if base_dir is not None:
            spec = os.path.join(base_dir, os.path.expanduser(spec))
        spec = os.path.abspath(os.path.expanduser(spec))

    if _GLOB_CHARS.search(spec) and not (not remote and os.path.exists(spec)):
        yield from _expand_glob(spec, report, lists_open=lists_open)
    elif _is_directory(spec, remote):
        yield from _expand_directory(spec, report, remote)
    elif not _exists(spec, remote):
        hint = ""
        if not remote and re.match(r"^(www\.)?[\w-]+(\.[\w-]+)*\.[a-z]{2,}/", original):
            hint = " (for a URL, write http:// or https://)"
        report(FeedSpecError(f"no such file or directory: {spec}{hint}", location=spec))
    else:
        yield from _expand_file(spec, report, lists_open=lists_open, explicit=explicit)


def _has_filesystem(path: str) -> bool:
    try:
        FileSystems.get_filesystem(path)
    except (ValueError, ImportError):
        return False
    return True


def _is_directory(path: str, remote: bool) -> bool:
    return path.endswith("/") if remote else os.path.isdir(path)


def _exists(path: str, remote: bool) -> bool:
    try:
        return FileSystems.exists(path) if remote else os.path.exists(path)
    except Exception:  # a remote store that cannot be reached does not hold it
        return False


def _has_feed_extension(path: str) -> bool:
    return path.lower().endswith(FEED_EXTENSIONS)


def _match(pattern: str) -> list[str]:
    result = FileSystems.match([pattern])[0]
    return sorted(m.path for m in result.metadata_list)


def _expand_glob(
    pattern: str, report: Callable[[FeedSpecError], None], *, lists_open: tuple[str, ...]
) -> Iterator[str]:
    try:
        paths = _match(pattern)
    except Exception as e:  # BeamIOError and store-specific errors
        report(FeedSpecError(f"cannot list {pattern}: {e}", location=pattern))
        return
    if FileSystems.get_scheme(pattern) is None:
        paths = [p for p in paths if os.path.isfile(p)]
    if not paths:
        report(FeedSpecError(f"no files match {pattern}", location=pattern))
        return
    for path in paths:
        # A matched file is treated as named: a matched .txt or .opml is expanded.
        yield from _expand_file(path, report, lists_open=lists_open, explicit=True)


def _expand_directory(
    directory: str, report: Callable[[FeedSpecError], None], remote: bool
) -> Iterator[str]:
    try:
        if remote:
            paths = _match(FileSystems.join(directory, "*"))
        else:
            paths = sorted(
                entry.path for entry in os.scandir(directory) if entry.is_file()
            )
    except Exception as e:
        report(FeedSpecError(f"cannot list directory {directory}: {e}", location=directory))
        return
    feeds = [p for p in paths if _has_feed_extension(p)]
    if not feeds:
        report(
            FeedSpecError(
                f"no feed files ({', '.join('*' + x for x in FEED_EXTENSIONS)}) in {directory}",
                location=directory,
            )
        )
        return
    yield from feeds


def _read_small(path: str) -> bytes:
    if FileSystems.get_scheme(path) is None:
        with open(path, "rb") as f:
            data = f.read(_MAX_LIST_BYTES + 1)
    else:
        with FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED) as f:
            data = f.read(_MAX_LIST_BYTES + 1)
    if len(data) > _MAX_LIST_BYTES:
        raise FeedSpecError(f"{path}: larger than {_MAX_LIST_BYTES} bytes, not a feed list")
    return data


def _looks_like_opml(path: str) -> bool:
    try:
        if FileSystems.get_scheme(path) is None:
            with open(path, "rb") as f:
                head = f.read(2048)
        else:
            with FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED) as f:
                head = f.read(2048)
    except Exception:
        return False  # unreadable files are reported when they are fetched
    return bool(_OPML_ROOT.match(head.lstrip(b"\xef\xbb\xbf")))


def _expand_file(
    path: str,
    report: Callable[[FeedSpecError], None],
    *,
    lists_open: tuple[str, ...],
    explicit: bool,
) -> Iterator[str]:
    lower = path.lower()
    is_list = lower.endswith(LIST_EXTENSION)
    is_opml = lower.endswith(OPML_EXTENSION) or (
        explicit and lower.endswith(".xml") and _looks_like_opml(path)
    )
    if not (is_list or is_opml):
        yield path
        return
    if path in lists_open:
        report(FeedSpecError(f"{path} includes itself (via {lists_open[-1]})", location=path))
        return
    try:
        data = _read_small(path)
    except FeedSpecError as e:
        report(e)
        return
    except Exception as e:
        report(FeedSpecError(f"cannot read {path}: {e}", location=path))
        return
    opened = (*lists_open, path)
    if is_list:
        yield from _expand_list(path, data, report, lists_open=opened)
    else:
        yield from _expand_opml(path, data, report, lists_open=opened)


def _parent(path: str) -> str:
    if FileSystems.get_scheme(path) is None:
        return os.path.dirname(path)
    return path.rsplit("/", 1)[0]


def _nested_spec(entry: str, parent: str) -> tuple[str, str | None]:
    """A list or OPML entry and the folder its relative paths start from."""
    if "://" in entry or os.path.isabs(entry) or entry.startswith("~"):
        return entry, None
    if FileSystems.get_scheme(parent) is not None:
        return FileSystems.join(parent, entry), None
    return entry, parent


def _expand_list(
    path: str,
    data: bytes,
    report: Callable[[FeedSpecError], None],
    *,
    lists_open: tuple[str, ...],
) -> Iterator[str]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        report(FeedSpecError(f"{path}: not UTF-8 text ({e.reason})", location=path))
        return
    parent = _parent(path)

    def report_line(lineno: int) -> Callable[[FeedSpecError], None]:
        def wrapped(error: FeedSpecError) -> None:
            report(FeedSpecError(f"{path}:{lineno}: {error}", location=error.location or path))

        return wrapped

    found = False
    for lineno, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        found = True
        entry, base_dir = _nested_spec(line, parent)
        yield from _expand(
            entry, report_line(lineno), lists_open=lists_open, explicit=True, base_dir=base_dir
        )
    if not found:
        report(FeedSpecError(f"{path}: the list names no feeds", location=path))


def _local_name(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _expand_opml(
    path: str,
    data: bytes,
    report: Callable[[FeedSpecError], None],
    *,
    lists_open: tuple[str, ...],
) -> Iterator[str]:
    try:
        root = DefusedET.fromstring(data)
    except Exception as e:  # ParseError and defusedxml's refusals (DTDs, entities)
        report(FeedSpecError(f"{path}: not a valid OPML file ({e})", location=path))
        return
    if _local_name(root.tag) != "opml":
        report(FeedSpecError(f"{path}: root element is <{root.tag}>, not <opml>", location=path))
        return
    parent = _parent(path)
    found = False
    for element in root.iter():
        if _local_name(element.tag) != "outline":
            continue
        # Attribute names are case-insensitive in the OPML found in the wild.
        url = next((v for k, v in element.attrib.items() if k.lower() == "xmlurl"), "")
        url = url.strip()
        if not url:
            continue
        found = True
        entry, base_dir = _nested_spec(url, parent)

        def report_outline(error: FeedSpecError, url: str = url) -> None:
            report(FeedSpecError(f"{path}: outline {url!r}: {error}", location=error.location))

        yield from _expand(
            entry, report_outline, lists_open=lists_open, explicit=False, base_dir=base_dir
        )
    if not found:
        report(FeedSpecError(f"{path}: no outline with an xmlUrl", location=path))
