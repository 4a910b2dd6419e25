
# warning: 'FROM' should be either lowercased or uppercased
#
From scratch as base
FROM scratch AS base2
