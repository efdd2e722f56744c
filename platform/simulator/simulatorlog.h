#pragma once

#include <QLoggingCategory>

namespace rw {
Q_DECLARE_LOGGING_CATEGORY(lcSimulator)
} // namespace rw
