#pragma once
// Payments posting, promise decisions, bucket history and risk re-evaluation.
