
# warning: 'frOM' should be either lowercased or uppercased
#
frOM scratch as base
from scratch as base2
