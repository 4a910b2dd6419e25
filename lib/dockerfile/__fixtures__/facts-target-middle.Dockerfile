FROM alpine AS build
RUN make
FROM build AS test
RUN make test
FROM alpine
COPY --from=build /x /x
