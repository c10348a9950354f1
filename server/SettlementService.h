#pragma once
// Settlement requests (operation) and lead decisions.
