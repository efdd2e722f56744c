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
    bool readOnly = false;    //!< open an existing file read-only (no migrations, no writes)
};

} // namespace rw
