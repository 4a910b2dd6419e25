from alpine as build
run echo hi
from alpine
copy --from=build /x /x
