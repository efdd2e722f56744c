#include "recordvalidator.h"

// Placeholder: implemented on its own branch.
