#include "jsoncodec.h"

// Placeholder: implemented on its own branch.
