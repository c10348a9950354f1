#pragma once
// Task engine rules (versioned configuration) and task generation. Owned by the task-engine work.
