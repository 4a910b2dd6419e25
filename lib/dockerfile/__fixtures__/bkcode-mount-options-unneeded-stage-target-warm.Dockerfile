FROM alpine:3.23 AS warm
RUN --mount=type=cahce,target=/root/.cache true

FROM alpine:3.23
RUN echo ok
