#include "PromiseLedger.h"
