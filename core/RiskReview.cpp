#include "RiskReview.h"
