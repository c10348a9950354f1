#pragma once
// Exponential backoff with jitter, for reconnects and operation retries: attempt n waits a random
// time in [base/2, base] where base = start * 2^n capped at `cap`. The jitter keeps a floor of
// agents from reconnecting in lock-step after a server restart.
#include <QtGlobal>

namespace cd {

struct Backoff {
    int startMs = 500;
    int capMs = 30'000;

    /// `random01` in [0, 1): 0 gives the shortest wait of the range, 1 the longest.
    int delayMs(int attempt, double random01) const;
    /// Same, with a random draw.
    int delayMs(int attempt) const;
};

}  // namespace cd
