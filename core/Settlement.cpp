#include "Settlement.h"
