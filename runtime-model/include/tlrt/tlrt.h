// The whole tlrt runtime.
#ifndef TLRT_TLRT_H
#define TLRT_TLRT_H

#include "tlrt/annotations.h"
#include "tlrt/custom_op.h"
#include "tlrt/error.h"
#include "tlrt/event_log.h"
#include "tlrt/graph.h"
#include "tlrt/host_buffer.h"
#include "tlrt/mode.h"
#include "tlrt/ops.h"
#include "tlrt/scope.h"
#include "tlrt/session.h"
#include "tlrt/tensor.h"

#endif // TLRT_TLRT_H
