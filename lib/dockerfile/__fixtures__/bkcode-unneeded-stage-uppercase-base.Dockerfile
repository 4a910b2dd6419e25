FROM alpine:3.23 AS builder
RUN echo built > /out

# Not needed by the default target, and still fatal: BuildKit parses every base name.
FROM Builder AS test
RUN cat /out

FROM alpine:3.23
COPY --from=builder /out /out
