#pragma once
// Settlement / payment-plan calculator and approval threshold.
