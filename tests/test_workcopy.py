"""Working copies are shared by the workers of a machine: pruning must spare busy ones."""

import os
import time

from inquiry.services import blobs
from inquiry.services.workcopy import IDLE_SECONDS, KEEP, working_copy


def test_recent_copies_survive_pruning_and_old_ones_go(app):
    with app.app_context():
        shas = [blobs.store().put_bytes(f"%PDF-1.4 copy {i}".encode()) for i in range(KEEP + 4)]
        paths = [working_copy(sha) for sha in shas]
        assert all(p.exists() for p in paths)  # all recent: nothing pruned under a worker
        stale = time.time() - IDLE_SECONDS - 60
        for p in paths[:4]:
            os.utime(p, (stale, stale))
        working_copy(blobs.store().put_bytes(b"%PDF-1.4 one more"))
        assert not any(p.exists() for p in paths[:4])
        assert all(p.exists() for p in paths[4:])
        assert working_copy(shas[0]).read_bytes() == b"%PDF-1.4 copy 0"  # fetched again
