package fr.cctlint.collect.npm;

import fr.cctlint.model.Problem;

/** A lockfile read, or the problem that stopped its reading. */
record LockfileResult(Lockfile lockfile, Problem problem) {

    static LockfileResult ok(Lockfile lockfile) {
        return new LockfileResult(lockfile, null);
    }

    static LockfileResult failed(Problem problem) {
        return new LockfileResult(null, problem);
    }
}
