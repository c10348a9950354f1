#pragma once
// Assignment of tasks to agents by skill, load and stickiness.
