ARG SRC=builder

FROM alpine:3.23 AS builder
RUN echo built > /out

# The base is expanded before it is looked up among earlier stages.
FROM ${SRC} AS test
RUN cat /out
