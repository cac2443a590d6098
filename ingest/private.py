"""Files and directories that only the app's own user can read, whatever the umask.

Evidence on disk (originals, derived pages, published files, scratch copies) must not be
readable by other accounts on the host. A umask only takes bits away, so the modes are set
explicitly: directories 0700, files 0600 (or 0400 once immutable). ``mkdir(parents=True)``
makes missing parents with the umask's mode, hence the walk here.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

DIR_MODE = 0o700
FILE_MODE = 0o600


def tighten(path: str | os.PathLike, mode: int) -> None:
    """Take group and other bits off an existing path of ours (made by an older version or
    another umask); a path owned by someone else is left as it is."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return
    if st.st_uid == os.geteuid() and stat.S_IMODE(st.st_mode) != mode:
        with contextlib.suppress(PermissionError):
            os.chmod(path, mode)


def private_dir(path: str | os.PathLike) -> Path:
    """``path`` as a directory only we can enter: missing parents made 0700 as well, an
    existing one of ours tightened to 0700."""
    path = Path(path)
    missing = []
    probe = path
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):  # another process made it a moment ago
            os.mkdir(folder, DIR_MODE)
        tighten(folder, DIR_MODE)  # exactly 0700, even under an odd umask such as 0277
    if not missing:
        tighten(path, DIR_MODE)
    return path


def create_private(path: str | os.PathLike, flags: int = os.O_WRONLY | os.O_CREAT | os.O_EXCL
                   ) -> int:
    """Open (by default: create, failing if it exists) a file with mode 0600 whatever the
    umask; the parent directory is made private first. Returns the descriptor."""
    private_dir(Path(path).parent)
    fd = os.open(path, flags, FILE_MODE)
    if os.fstat(fd).st_uid == os.geteuid():
        os.fchmod(fd, FILE_MODE)  # an existing file from before, or an odd umask
    return fd
