#include "TaskRules.h"
