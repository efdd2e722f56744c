#pragma once

namespace rw {

/** How a Database connection is opened. The defaults suit the platform's store of record. */
struct DatabaseOptions
{
    /** SQLite's synchronous setting in WAL mode. */
    enum class Synchronous {
        /**
         * fsync at checkpoints only: a power loss may lose the last commits, never corrupts.
         * For caches and benchmarks; not for data the platform has acknowledged.
         */
        Normal,
        /** fsync the WAL at every commit: an acknowledged upload survives a power loss. */
        Full,
    };

    Synchronous synchronous = Synchronous::Full;
    int busyTimeoutMs = 5000; //!< how long a statement waits for another connection's lock
    int cacheSizeKiB = 65536; //!< page cache per connection; the position indexes want it large
    /**
     * Page size of a database created by open() (an existing file keeps its own). 16 KiB rather than
     * SQLite's 4 KiB: shallower trees for the interface tables' indexes, ~25% faster position inserts.
     */
    int pageSize = 16384;
    /**
     * WAL pages after which a commit checkpoints (SQLite's default is 1000). 4096 × 16 KiB = 64 MiB:
     * fewer, larger checkpoints, ~15% more position inserts/s. 0 turns automatic checkpoints off;
     * then call Database::checkpoint() from another connection so the WAL does not grow forever.
     */
    int walAutoCheckpointPages = 4096;
    bool readOnly = false; //!< open an existing file read-only (no migrations, no writes)
};

} // namespace rw
