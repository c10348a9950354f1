#pragma once
// Payments allocated FIFO over installments; promise-to-pay lifecycle.
