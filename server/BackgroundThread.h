#pragma once
// Work that must not hold up the serving thread (task-fact reads, WAL checkpoints, password hashing)
// runs on threads of its own. Those threads still share the cores with the serving thread, and the
// kernel lets a thread it wakes take the core from the thread that woke it: handing a re-plan to the
// facts reader then stopped the serving thread for the ~1 ms of the read. A background thread is
// therefore put in Linux's SCHED_BATCH class: it keeps its fair share of CPU time, but its wake-ups
// never preempt the serving thread, which runs on until it waits or its slice ends.

namespace cd::server {

/// Puts the calling thread in the batch class. Needs no privilege. Returns false (and changes
/// nothing) where the platform has no such class or refuses; the caller's work runs all the same.
bool makeThisThreadBackground();

/// Whether the calling thread is in the batch class (for tests).
bool thisThreadIsBackground();

}  // namespace cd::server
