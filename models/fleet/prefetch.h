#pragma once

namespace rw {

/**
 * Asks the CPU to start loading the cache line at \a address (for writing when \a forWrite), so that
 * several random reads overlap instead of waiting for each other. A hint: no effect on results.
 */
inline void prefetch(const void *address, bool forWrite = false)
{
#if defined(__GNUC__) || defined(__clang__)
    if (forWrite)
        __builtin_prefetch(address, 1);
    else
        __builtin_prefetch(address, 0);
#else
    (void)address;
    (void)forWrite;
#endif
}

} // namespace rw
