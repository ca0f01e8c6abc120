#ifndef CEDITLINE_SHIM_H
#define CEDITLINE_SHIM_H
#include <histedit.h>
#endif
