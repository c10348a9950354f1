#pragma once
// Risk grade re-evaluation on events, with factors.
