#pragma once
// Server task engine: generates, ranks and assigns tasks from core/TaskRules.
