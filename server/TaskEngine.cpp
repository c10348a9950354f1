#include "TaskEngine.h"
