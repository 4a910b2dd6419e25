FROM alpine:3.23 AS builder
RUN echo built > /out

FROM Builder AS test
RUN cat /out
