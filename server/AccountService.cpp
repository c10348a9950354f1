#include "AccountService.h"
