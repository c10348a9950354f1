#include "SettlementService.h"
