"""Claims cached per source, so that a run after one file changed re-extracts that file alone.

An entry holds what reading and extracting one source gave (its `Source` and its claims). It
is found by a key made of everything those depend on: the file's bytes, crosscheck's version and
code, the Python version, the extractors chosen, and the source's id, suffix and manifest row.
A changed file, a new crosscheck or a different `--extractors` therefore misses and is
extracted again; nothing is ever invalidated by hand.

Entries are written to a temporary file and renamed into place, so runs sharing the folder
(CI jobs, a pre-commit hook beside an editor) only ever see whole entries. Each starts with a
digest of its payload: a damaged entry is ignored and written anew. The folder is the user's
cache folder unless `--cache DIR` names another; `--no-cache` (setting "off") reads and writes
none. Entries are pickles: the folder must be writable by its user alone, as a user cache is.

Entries live in one subfolder per crosscheck code. After a run, at most once an hour, the folder
is pruned: entries of other code unused for a week go, then the least recently used (an
entry's modification time is when a run last used it) until the entries fit in `LIMIT_BYTES`.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import stat
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Callable, List, Optional, Sequence, Tuple

from .load import MAX_BYTES, SourceFile
from .model import Claim, Source
from .version import __version__

OFF = "off"  # the setting that turns the cache off (`--no-cache`)
LAYOUT = "claims-1"  # the entries' folder; a new layout starts an empty one
_MAGIC = b"crosscheck-claims\n"
_DIGEST = hashlib.sha256().digest_size
LIMIT_BYTES = 1 << 30  # entries kept at most; the least recently used go first (10,000 sources: ~300 MB)
STALE_SECONDS = 7 * 24 * 3600  # an entry of other crosscheck code unused this long goes
PRUNE_EVERY = 3600  # seconds between two prunings of a folder: each stats every entry

Read = Callable[[SourceFile], Tuple[Source, List[Claim]]]


def user_cache_dir() -> str:
    """Return crosscheck's folder in the user's cache folder ($XDG_CACHE_HOME when set)."""
    # XDG_CACHE_HOME is honoured on every system: it is how a user or a test redirects caches.
    if os.environ.get("XDG_CACHE_HOME"):
        return os.path.join(os.environ["XDG_CACHE_HOME"], "crosscheck")
    import platformdirs

    return platformdirs.user_cache_dir("crosscheck", appauthor=False)


def cache_folder(setting: Optional[str]) -> Optional[str]:
    """Return the folder a cache setting names: None is the user's, "off" is none."""
    if setting is None:
        return user_cache_dir()
    if setting.strip().lower() == OFF:
        return None
    return os.path.expanduser(setting)


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Return a digest of crosscheck's version and source code, the same for one installation."""
    # The version alone would keep claims of older code while a developer changes an
    # extractor; hashing the package's .py files (about 0.5 MB, a few ms, once a run) does not.
    digest = hashlib.sha256(f"{__version__} {sys.version_info[:2]}".encode())
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        digest.update(str(path.relative_to(package)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


@dataclass(frozen=True)
class ClaimsCache:
    """A folder of entries, one per source, for one crosscheck code and choice of extractors."""

    folder: str
    fingerprint: str
    extractors: Optional[Tuple[str, ...]] = None

    def key(self, file: SourceFile, data: bytes) -> str:
        """Return the entry's name for `file`, whose bytes are `data`."""
        digest = hashlib.sha256()
        suffix = os.path.splitext(file.path)[1].lower()  # which reader reads it
        for part in (self.fingerprint, repr(self.extractors), file.id, suffix,
                     repr(sorted(file.meta.items())), repr(file.errors)):
            digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
        digest.update(hashlib.sha256(data).digest())
        return digest.hexdigest()

    def path(self, key: str) -> str:
        return os.path.join(self.code_folder(), key[:2], key)

    def code_folder(self) -> str:
        """Return the subfolder of this crosscheck code's entries."""
        return os.path.join(self.folder, LAYOUT, self.fingerprint[:16])

    def get(self, key: str) -> Optional[Tuple[Source, List[Claim]]]:
        """Return the entry under `key`, or None when there is none or it is damaged."""
        try:
            with open(self.path(key), "rb") as handle:
                blob = handle.read()
            os.utime(self.path(key))  # used now: pruning removes the least recently used first
        except OSError:
            return None
        payload = blob[len(_MAGIC) + _DIGEST:]
        if not blob.startswith(_MAGIC) or blob[len(_MAGIC):len(_MAGIC) + _DIGEST] != _sha256(payload):
            return None
        try:
            source, claims = pickle.loads(payload)
        except Exception:  # a payload of another layout that still matched its digest
            return None
        return (source, claims) if isinstance(source, Source) and isinstance(claims, list) else None

    def put(self, key: str, entry: Tuple[Source, List[Claim]]) -> None:
        """Store `entry` under `key`, atomically; a cache that cannot be written is skipped."""
        payload = pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL)
        target = self.path(key)
        try:
            os.makedirs(os.path.dirname(target), exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=os.path.dirname(target), prefix=".", suffix=".tmp")
        except OSError:
            return  # a read-only or full disk must not fail the check the cache only speeds up
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(_MAGIC + _sha256(payload) + payload)
            os.replace(temporary, target)
        except OSError:
            _remove(temporary)


@dataclass(frozen=True)
class CachedRead:
    """`read` (pipeline.read_claims) through a cache: picklable, to run in worker processes."""

    read: Read
    cache: ClaimsCache

    def __call__(self, file: SourceFile) -> Tuple[Source, List[Claim]]:
        stated, data = _bytes_of(file)
        if data is None:
            return self.read(file)
        key = self.cache.key(file, data)
        entry = self.cache.get(key)
        if entry is not None:
            source, claims = entry
            return replace(source, path=file.path), claims  # the same file named another way
        source, claims = self.read(file)
        # Not kept: a failed read (it may pass next time; a bug gets fixed), nor a file that
        # changed while it was read (its claims may not be those of the bytes hashed).
        if source.text and not source.errors and _stat(file.location) == stated:
            self.cache.put(key, (source, claims))
        return source, claims


def cached(read: Read, setting: Optional[str], extractors: Optional[Sequence[str]] = None) -> Read:
    """Return `read` through the cache that `setting` names (None: the user's; "off": none)."""
    folder = cache_folder(setting)
    if folder is None:
        return read
    chosen = tuple(extractors) if extractors is not None else None
    return CachedRead(read, ClaimsCache(os.path.abspath(folder), code_fingerprint(), chosen))


def prune_after(read: Read, limit: int = LIMIT_BYTES, force: bool = False) -> int:
    """Prune the cache `read` goes through, if any (see `prune`); return how many entries went."""
    return prune(read.cache, limit, force) if isinstance(read, CachedRead) else 0


def prune(cache: ClaimsCache, limit: int = LIMIT_BYTES, force: bool = False) -> int:
    """Remove entries of other code unused for a week, then the least recently used past `limit` bytes.

    Return how many entries went. Unless `force`, a folder pruned less than `PRUNE_EVERY`
    seconds ago is left as it is. A run reading an entry as it goes extracts that source again.
    """
    now = time.time()
    if not _due(cache.folder, now, force):
        return 0
    ours, kept, removed = cache.code_folder(), [], 0
    for used, size, path in _entries(os.path.join(cache.folder, LAYOUT)):
        if not path.startswith(ours + os.sep) and now - used > STALE_SECONDS:
            removed += _remove(path)
        else:
            kept.append((used, size, path))
    return removed + _trim(kept, limit)


def _due(folder: str, now: float, force: bool) -> bool:
    """Tell whether `folder` is due a pruning, and if so stamp it as pruned `now`."""
    stamp = os.path.join(folder, LAYOUT + ".pruned")
    try:
        if not force and now - os.stat(stamp).st_mtime < PRUNE_EVERY:
            return False
    except OSError:
        pass
    try:
        os.makedirs(folder, exist_ok=True)
        with open(stamp, "a"):
            pass
        os.utime(stamp)
    except OSError:
        return False  # a read-only cache is not pruned
    return True


def _trim(entries: List[Tuple[float, int, str]], limit: int) -> int:
    """Remove the least recently used `entries` until the rest fit in `limit` bytes; return how many."""
    total, removed = sum(size for _, size, _ in entries), 0
    for _, size, path in sorted(entries):  # the least recently used first
        if total <= limit:
            break
        removed += _remove(path)
        total -= size
    return removed


def _entries(root: str) -> List[Tuple[float, int, str]]:
    """Return (last used, bytes, path) of every entry under `root`, none of runs writing one now."""
    found = []
    for folder, _, names in os.walk(root):
        for name in names:
            if name.startswith("."):  # a temporary file a run is writing
                continue
            path = os.path.join(folder, name)
            try:
                info = os.stat(path)
            except OSError:
                continue
            found.append((info.st_mtime, info.st_size, path))
    return found


def _bytes_of(file: SourceFile) -> Tuple[tuple, Optional[bytes]]:
    # What the key hashes, with the file's stat; None (no caching) for what the reader refuses.
    try:
        info = os.stat(file.location)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_BYTES:
            return (), None
        with open(file.location, "rb") as handle:
            return _stat(file.location), handle.read(MAX_BYTES + 1)
    except OSError:
        return (), None


def _stat(path: str) -> tuple:
    try:
        info = os.stat(path)
    except OSError:
        return ()
    return info.st_size, info.st_mtime_ns, info.st_ino


def _sha256(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def _remove(path: str) -> int:
    try:
        os.unlink(path)
    except OSError:
        return 0
    return 1
