#include "Assignment.h"
