#pragma once

// Internal to core/search, the one module that includes Xapian. Qt's "slots" macro breaks xapian.h, which
// refuses to be included after Qt headers; this wrapper hides the macro while Xapian is read.
#pragma push_macro("slots")
#undef slots
#include <xapian.h>
#pragma pop_macro("slots")
