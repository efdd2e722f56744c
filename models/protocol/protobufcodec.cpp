#include "protobufcodec.h"

// Placeholder: implemented on its own branch.
